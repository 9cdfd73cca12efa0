/**
 * Zoom levels. A view's scale (pixels per millisecond) rounded *down* to a step of a quarter
 * octave (×1.19) names its level. Lanes and clusters are worked out once per level in "world"
 * pixels — time × the level's scale, counted from the epoch — so they do not move while the
 * reader pans, and are worked out again only when zooming crosses a step.
 *
 * Rounding down is what keeps labels apart at every scale of the level: drawn at the real scale
 * (up to 1.19 times the level's), every distance in time only widens, while dots and labels
 * keep their pixel sizes. Finer steps waste less room; each step costs one pass over the data.
 */

/** Levels per doubling of the scale. */
const STEPS_PER_OCTAVE = 4;

/** The level of a view drawing `pixelsPerMs` pixels per millisecond. */
export function zoomLevel(pixelsPerMs: number): number {
  return Math.floor(Math.log2(pixelsPerMs) * STEPS_PER_OCTAVE);
}

/** Pixels per millisecond of a level: never more than those of any view at that level. */
export function levelScale(level: number): number {
  return 2 ** (level / STEPS_PER_OCTAVE);
}
