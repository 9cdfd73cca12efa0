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
