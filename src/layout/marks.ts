import type { ScaleTime } from 'd3-scale';
import type { NormalizedEvent } from '../model/types.js';
import { assignLanes } from './lanes.js';

/**
 * How an event is drawn: `point` a dot at its moment (day or time precision), `band` a soft
 * band over the whole year or month it is known to (never a fake dot on the 1st), `range` a bar
 * from start to end.
 */
export type MarkKind = 'point' | 'band' | 'range';

/** Where one event is drawn, in pixels from the left of the plot and lanes from the top. */
export interface MarkLayout {
  readonly event: NormalizedEvent;
  readonly kind: MarkKind;
  /** Left and right edge of the dot, band or bar. */
  readonly markX0: number;
  readonly markX1: number;
  /** The label's left edge and width (already capped and kept inside the plot). */
  readonly labelX: number;
  readonly labelWidth: number;
  /** The whole item's extent: mark and label together. */
  readonly x0: number;
  readonly x1: number;
  readonly lane: number;
}

export interface MarkOptions {
  /** Plot width in pixels. */
  width: number;
  /** Width of a label's text in pixels (the view measures with the real font). */
  measure: (text: string) => number;
  /** Diameter of a point mark, and the least width of a band or bar. */
  pointSize?: number;
  /** Widest a label may be before it is cut with an ellipsis. */
  maxLabelWidth?: number;
  /** Least space between two items in one lane. */
  gap?: number;
}

/** Defaults shared with the stylesheet: a point is 12 px, labels at most 220 px. */
export const MARK_DEFAULTS = { pointSize: 12, maxLabelWidth: 220, gap: 8 } as const;

/**
 * Lays out every event on the scale: its mark, its label beside it (moved left at the right
 * edge), and a lane such that no two items — mark plus label — overlap.
 */
export function layoutMarks(
  events: readonly NormalizedEvent[],
  scale: ScaleTime<number, number>,
  options: MarkOptions,
): { marks: MarkLayout[]; laneCount: number } {
  const { width, measure } = options;
  const { pointSize, maxLabelWidth, gap } = { ...MARK_DEFAULTS, ...options };
  const placed = events.map((event) => {
    const kind = markKind(event);
    const [markX0, markX1] = markExtent(event, kind, scale, pointSize);
    // Never wider than the plot either, so a narrow plot still keeps every label inside it.
    const labelWidth = Math.min(Math.ceil(measure(event.title)), maxLabelWidth, Math.max(0, width));
    const labelX = Math.max(0, Math.min(markX0, width - labelWidth));
    return { event, kind, markX0, markX1, labelX, labelWidth, x0: Math.min(markX0, labelX), x1: Math.max(markX1, labelX + labelWidth) };
  });
  const lanes = assignLanes(placed, gap);
  const marks = placed.map((mark, i) => ({ ...mark, lane: lanes[i]! }));
  return { marks, laneCount: lanes.reduce((count, lane) => Math.max(count, lane + 1), 0) };
}

/** Ranges have an end; points known only to the year or month are bands over that unit. */
export function markKind(event: NormalizedEvent): MarkKind {
  if (event.when.end) return 'range';
  const precision = event.when.start.precision;
  return precision === 'year' || precision === 'month' ? 'band' : 'point';
}

/** A point is centred on its moment (mid-day for a day); bands and bars are at least a point wide. */
function markExtent(event: NormalizedEvent, kind: MarkKind, scale: ScaleTime<number, number>, size: number): [number, number] {
  const { lo, hi } = event.when;
  if (kind === 'point') {
    const centre = scale((lo + hi) / 2);
    return [centre - size / 2, centre + size / 2];
  }
  const x0 = scale(lo);
  const x1 = scale(hi);
  if (x1 - x0 >= size) return [x0, x1];
  const centre = (x0 + x1) / 2;
  return [centre - size / 2, centre + size / 2];
}
