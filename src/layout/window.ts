/**
 * The visible time window and the moves a user makes with it — zoom, pan, bring an event into
 * view — as pure functions of numbers (UTC milliseconds). Every result is clamped to the limits,
 * so the element can hand any of them straight to its scale.
 */

import { clampToRange, FIRST_INSTANT, AFTER_LAST_INSTANT } from '../model/date-range.js';
import { HOUR } from '../model/time-units.js';

/** A visible window of time, `[start, end]` in UTC milliseconds, `start < end`. */
export type TimeWindow = readonly [start: number, end: number];

/** How far a window may go: never outside `extent`, never narrower than `minSpan`. */
export interface WindowLimits {
  /** The farthest out the window may be: the data's fitted domain. */
  extent: TimeWindow;
  /** The narrowest the window may be, in milliseconds (normally `MIN_SPAN`). */
  minSpan: number;
}

/** The narrowest window: one hour. Below that, labels of the same minute pile up on the axis. */
export const MIN_SPAN = HOUR;

/** One press of a zoom button or key halves or doubles the visible span. */
export const ZOOM_STEP = 2;

/** One press of an arrow key pans by a quarter of the visible span. */
export const PAN_STEP = 0.25;

/** Share of an event's span left free on each side by `windowAround`. */
export const AROUND_MARGIN = 0.1;

/**
 * Limits made usable: the extent sorted, finite and inside the drawable dates (date-range.ts),
 * a positive least span, and an extent at least that wide (grown around its centre, then kept
 * inside the dates) — so a single-instant dataset still has a window and no window has an end
 * that `Date` cannot hold.
 */
function bounds({ extent, minSpan }: WindowLimits): { lo: number; hi: number; min: number } {
  let lo = Number.isFinite(extent[0]) ? clampToRange(extent[0]) : FIRST_INSTANT;
  let hi = Number.isFinite(extent[1]) ? clampToRange(extent[1]) : AFTER_LAST_INSTANT;
  if (lo > hi) [lo, hi] = [hi, lo];
  // `NaN > 0` is false: a missing or nonsensical minimum still leaves the window some width.
  const min = minSpan > 0 ? Math.min(minSpan, AFTER_LAST_INSTANT - FIRST_INSTANT) : 1;
  if (hi - lo < min) {
    const mid = lo + (hi - lo) / 2;
    lo = Math.max(FIRST_INSTANT, Math.min(mid - min / 2, AFTER_LAST_INSTANT - min));
    hi = lo + min;
  }
  return { lo, hi, min };
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * The nearest valid window: its span within [minSpan, extent span] (grown or shrunk around its
 * centre), then shifted — not squeezed — until it lies inside the extent. A valid window comes
 * back unchanged; one with a non-finite end becomes the whole extent. When the extent is shorter
 * than `minSpan` the window is `minSpan` wide, centred on the extent.
 */
export function clampWindow(window: TimeWindow, limits: WindowLimits): TimeWindow {
  const { lo, hi, min } = bounds(limits);
  let [start, end] = window;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return [lo, hi];
  if (start > end) [start, end] = [end, start];
  let span = end - start;
  if (span >= hi - lo) return [lo, hi];
  if (span < min) {
    start += span / 2 - min / 2;
    span = min;
    end = start + span;
  }
  // Shift by whole spans from the edge it crossed, so the span survives the move.
  if (start < lo) [start, end] = [lo, lo + span];
  if (end > hi) [start, end] = [hi - span, hi];
  // Rounding of the sums above may overshoot an edge by a fraction of a millisecond.
  return [Math.max(start, lo), Math.min(end, hi)];
}

/**
 * Zooms by `factor` (>1 in, <1 out): the instant at `anchor` (0 = left edge, 1 = right edge)
 * stays at that fraction of the window, unless the zoom limits or the extent's edges stop it.
 * A non-positive or non-finite factor does not zoom; an anchor outside 0..1 is clamped.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number, limits: WindowLimits): TimeWindow {
  const [start, end] = clampWindow(window, limits);
  const { lo, hi, min } = bounds(limits);
  const by = factor > 0 && Number.isFinite(factor) ? factor : 1;
  const at = Number.isFinite(anchor) ? clamp(anchor, 0, 1) : 0.5;
  const span = end - start;
  // Clamp the span first and place it around the anchor, so the anchor holds at the zoom limits too.
  const next = clamp(span / by, min, hi - lo);
  const from = start + at * span - at * next;
  return clampWindow([from, from + next], limits);
}

/** Pans by `fraction` of the window's span (positive = later in time), stopping at the extent's edges. */
export function panWindow(window: TimeWindow, fraction: number, limits: WindowLimits): TimeWindow {
  const [start, end] = clampWindow(window, limits);
  const { lo, hi } = bounds(limits);
  const span = end - start;
  const shift = Number.isFinite(fraction) ? fraction * span : 0;
  // Clamp the start before adding the span back: a far overshoot never enters the sum to round it.
  // The left edge wins when `hi - span` rounds below `lo` (a window as wide as the extent).
  const from = Math.max(lo, Math.min(start + shift, hi - span));
  return [from, Math.min(from + span, hi)];
}

/**
 * A window centred on `[lo, hi)` with `margin` (a share of its span) free on each side, at least
 * `minSpan` wide, clamped: it brings a focused or zoomed-to event into view. An instant
 * (`lo === hi`) gets a `minSpan` window around it.
 */
export function windowAround(lo: number, hi: number, limits: WindowLimits, margin = AROUND_MARGIN): TimeWindow {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return clampWindow(limits.extent, limits);
  const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
  const pad = (b - a) * (margin > 0 ? margin : 0);
  return clampWindow([a - pad, b + pad], limits);
}

/**
 * The window that shows all of `[lo, hi)` with the least movement from `window`: unchanged when
 * it already does; else slid (same span) until the near edge meets the event; else, when the
 * event is wider than the window, exactly the event. Always clamped.
 */
export function revealInWindow(window: TimeWindow, lo: number, hi: number, limits: WindowLimits): TimeWindow {
  const [start, end] = clampWindow(window, limits);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [start, end];
  const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
  const span = end - start;
  if (b - a > span) return clampWindow([a, b], limits);
  if (a < start) return clampWindow([a, a + span], limits);
  if (b > end) return clampWindow([b - span, b], limits);
  return [start, end];
}

/**
 * True when the two windows differ by less than `epsilon` ms at each end. The default of 1 ms is
 * far below a pixel at any allowed zoom (an hour over even 4000 px is 900 ms a pixel).
 */
export function sameWindow(a: TimeWindow, b: TimeWindow, epsilon = 1): boolean {
  return Math.abs(a[0] - b[0]) < epsilon && Math.abs(a[1] - b[1]) < epsilon;
}
