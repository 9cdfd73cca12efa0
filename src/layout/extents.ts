import type { MarkKind } from './mark-kind.js';
import { MAX_LABEL_WIDTH, POINT_SIZE } from './sizes.js';

/** How marks are placed: sizes shared with the stylesheet (see `sizes.ts`), gaps, rows and cells. */
export const MARK_DEFAULTS = {
  /** Diameter of a point mark, and the least width of a band or bar. */
  pointSize: POINT_SIZE,
  /** Widest a label may be before it is cut with an ellipsis. */
  maxLabelWidth: MAX_LABEL_WIDTH,
  /** Least space between two items in one row. */
  gap: 8,
  /** Most rows of labelled events; events that fit in none are counted in a cluster. */
  maxRows: 8,
  /** Width of a cluster's cell at its level, in pixels (a little more when drawn). */
  clusterWidth: 48,
} as const;

/** The sizes (in pixels) and row limit a layout is given: the defaults above, or the caller's own. */
export type MarkSizes = { readonly [K in keyof typeof MARK_DEFAULTS]: number };

/**
 * The mark's pixel extent under `toPixels`: a point is centred on its moment (mid-day for a
 * day); bands and bars are at least a point wide, keeping their centre. Written out with
 * plain numbers: it runs for every event at every zoom level.
 */
export function markExtent(kind: MarkKind, lo: number, hi: number, toPixels: (time: number) => number, size: number, out: number[]): void {
  const x0 = toPixels(lo);
  const x1 = toPixels(hi);
  if (kind !== 'point' && x1 - x0 >= size) {
    out[0] = x0;
    out[1] = x1;
    return;
  }
  const centre = kind === 'point' ? toPixels((lo + hi) / 2) : (x0 + x1) / 2;
  out[0] = centre - size / 2;
  out[1] = centre + size / 2;
}

/**
 * An item's extent — mark and label together — from the mark's extent (`out[0..1]`) and the
 * label width: the label starts at the mark, or (flipped) ends at the mark's end. Written to
 * `out[2..3]`.
 */
export function itemExtent(labelWidth: number, flipped: boolean, out: number[]): void {
  const [markX0, markX1] = out as [number, number];
  out[2] = flipped ? Math.min(markX0, markX1 - labelWidth) : markX0;
  out[3] = flipped ? markX1 : Math.max(markX1, markX0 + labelWidth);
}

