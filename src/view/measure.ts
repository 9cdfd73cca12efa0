/** The most widths kept; past that the cache starts again (a data set's titles fit many times over). */
const MAX_CACHED = 50_000;

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
      // Bounded: a long-lived element fed new titles for hours must not keep every one it measured.
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(text, width);
    }
    return width;
  };
}
