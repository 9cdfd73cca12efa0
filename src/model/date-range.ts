/**
 * The one range of dates the timeline takes: whole years −271820 to 275759, the years a
 * JavaScript Date holds entirely (it ends on 13 September 275760 and starts on 20 April
 * −271821). Every date read from input, the padded extent of the data, and every window shown
 * (zoom, pan, `zoomTo`, `start`/`end`, links) stay inside it, so `new Date(t).toISOString()` never
 * throws and `scaleUtc().ticks()` always ends.
 */

/** First instant: 1 January −271820, 00:00 UTC (year 0 is 1 BC). */
export const FIRST_INSTANT = -8_639_977_881_600_000;

/** The instant after the last: 1 January 275760, 00:00 UTC. */
export const AFTER_LAST_INSTANT = 8_639_977_881_600_000;

/** The range as a sentence fragment, for problem messages. */
export const RANGE_TEXT = 'years -271820 to 275759';

/** True when `[lo, hi)` (a unit) or the instant `lo === hi` lies inside the range; false for NaN. */
export function inDateRange(lo: number, hi: number): boolean {
  return lo >= FIRST_INSTANT && hi <= AFTER_LAST_INSTANT && lo < AFTER_LAST_INSTANT;
}

/** `t` moved inside the range (NaN stays NaN). */
export function clampToRange(t: number): number {
  return Math.min(AFTER_LAST_INSTANT, Math.max(FIRST_INSTANT, t));
}
