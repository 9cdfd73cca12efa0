import { clampToRange } from '../model/date-range.js';
import { DAY } from '../model/time-units.js';
import type { NormalizedEvent } from '../model/types.js';

/** Share of the data's span left empty on each side, so edge events are not cut. */
export const DOMAIN_PADDING = 0.04;

/**
 * The time window that shows every event with a little margin on each side; a single instant
 * gets a day either side, all within the drawable dates (date-range.ts). Returns undefined when there is nothing to fit.
 */
export function fitDomain(events: readonly NormalizedEvent[]): [number, number] | undefined {
  if (events.length === 0) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const { when } of events) {
    lo = Math.min(lo, when.lo);
    hi = Math.max(hi, when.hi);
  }
  const pad = hi > lo ? (hi - lo) * DOMAIN_PADDING : DAY;
  // The margin never leaves the drawable dates: past them no Date exists and ticks never end.
  return [clampToRange(lo - pad), clampToRange(hi + pad)];
}
