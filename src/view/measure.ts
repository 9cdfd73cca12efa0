/**
 * Measures text the way the browser will draw it, with a canvas and the font the labels use.
 * Results are cached per font and text: layout asks for the same titles on every zoom step.
 */
export class TextMeasurer {
  private readonly context = document.createElement('canvas').getContext('2d');
  private readonly cache = new Map<string, number>();
  private currentFont = '';

  /** The CSS `font` shorthand measured with: widths worked out with another font are stale. */
  get font(): string {
    return this.currentFont;
  }

  /** Sets the CSS `font` shorthand to measure with; a new font clears the cache. */
  setFont(font: string): void {
    if (font === this.currentFont) return;
    this.currentFont = font;
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

/** Up to this many labels are measured whole; beyond, each is summed from its letters' widths. */
const MEASURED_LABELS = 2_000;

/**
 * The width of each event's title, by index: measured whole with the real font for up to 2,000
 * events; beyond, the sum of its letters' widths, each letter measured once (kerning ignored,
 * a few percent; measuring 10⁴ titles whole takes longer than the rest of a first render).
 */
export function labelWidths(titles: readonly string[], measure: (text: string) => number): Float32Array {
  const widths = new Float32Array(titles.length);
  if (titles.length <= MEASURED_LABELS) {
    titles.forEach((title, i) => (widths[i] = Math.ceil(measure(title))));
    return widths;
  }
  const letters = new Float32Array(65_536).fill(-1);
  titles.forEach((title, i) => {
    let width = 0;
    for (let at = 0; at < title.length; at++) {
      const code = title.charCodeAt(at);
      let letter = letters[code]!;
      if (letter < 0) letters[code] = letter = measure(String.fromCharCode(code));
      width += letter;
    }
    widths[i] = Math.ceil(width);
  });
  return widths;
}
