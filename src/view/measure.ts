/**
 * Measures text the way the browser will draw it, with a canvas and the font the labels use.
 * Results are cached per font and text: layout asks for the same titles on every zoom step.
 */
export class TextMeasurer {
  private readonly context = document.createElement('canvas').getContext('2d');
  private readonly cache = new Map<string, number>();
  /** The CSS `font` shorthand measured with. */
  font = '';

  /** Sets the CSS `font` shorthand to measure with; a new font clears the cache. */
  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.cache.clear();
    if (this.context) this.context.font = font;
  }

  /** Width of `text` in CSS pixels (an estimate when canvas is unavailable). */
  readonly measure = (text: string): number => {
    let width = this.cache.get(text);
    if (width === undefined) {
      width = this.context ? this.context.measureText(text).width : text.length * 7.5;
      this.cache.set(text, width);
    }
    return width;
  };
}

/** Above this many labels, widths are estimated from their length: measuring 10⁵ titles costs seconds. */
const MEASURED_LABELS = 20_000;

/**
 * The width of each event's title, by index: measured with the real font for up to 20,000
 * events, estimated from the length and the font's average letter beyond (a label cut short
 * is shown whole in the panel and in its tooltip).
 */
export function labelWidths(titles: readonly string[], measure: (text: string) => number): Float32Array {
  const widths = new Float32Array(titles.length);
  if (titles.length <= MEASURED_LABELS) {
    titles.forEach((title, i) => (widths[i] = Math.ceil(measure(title))));
    return widths;
  }
  const sample = 'The quick brown fox jumps over the lazy dog, 2018–2019';
  const perLetter = measure(sample) / sample.length;
  titles.forEach((title, i) => (widths[i] = Math.ceil(title.length * perLetter)));
  return widths;
}
