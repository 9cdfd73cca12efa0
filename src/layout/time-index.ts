import { DAY } from '../model/time-units.js';
import type { NormalizedEvent } from '../model/types.js';
import { markKind, type MarkKind } from './mark-kind.js';

/**
 * Events longer than this are few (ranges of years); they are checked one by one. Every other
 * event lies within this span of its start, so a binary search on starts finds them.
 */
export const LONG_SPAN = 400 * DAY;

/** Events sorted by start, with their bounds in flat arrays for binary search. */
export interface TimeIndex {
  readonly events: readonly NormalizedEvent[];
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** Indices of the events longer than `LONG_SPAN`, ascending. */
  readonly long: Int32Array;
  /** Each event's kind of mark, worked out once: placing runs over every event per zoom level. */
  readonly kinds: readonly MarkKind[];
}

/** Indexes events that are already sorted by `when.lo` (as `normalize` returns them). */
export function indexByTime(events: readonly NormalizedEvent[]): TimeIndex {
  const lo = new Float64Array(events.length);
  const hi = new Float64Array(events.length);
  const long: number[] = [];
  events.forEach(({ when }, i) => {
    lo[i] = when.lo;
    hi[i] = when.hi;
    if (when.hi - when.lo > LONG_SPAN) long.push(i);
  });
  return { events, lo, hi, long: Int32Array.from(long), kinds: events.map(markKind) };
}

/** The first index whose start is at least `time` (the length when none is). */
export function firstStartingAt(index: TimeIndex, time: number): number {
  let low = 0;
  let high = index.lo.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.lo[middle]! < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Indices (ascending) of the events that overlap `[from, to]`: two binary searches bound the
 * short events, and the few long ones are checked directly. Costs what is found, not N.
 */
export function eventsOverlapping(index: TimeIndex, from: number, to: number): number[] {
  const { lo, hi, long } = index;
  const found: number[] = [];
  const end = firstStartingAt(index, to + 1e-9);
  let next = 0;
  for (let i = firstStartingAt(index, from - LONG_SPAN); i < end; i++) {
    // Long events come from their own list, merged in order.
    while (next < long.length && long[next]! < i) pushIfOverlapping(found, index, long[next++]!, from, to);
    if (hi[i]! - lo[i]! <= LONG_SPAN && hi[i]! >= from) found.push(i);
  }
  while (next < long.length) pushIfOverlapping(found, index, long[next++]!, from, to);
  return found;
}

function pushIfOverlapping(found: number[], { lo, hi }: TimeIndex, i: number, from: number, to: number): void {
  if (lo[i]! <= to && hi[i]! >= from) found.push(i);
}
