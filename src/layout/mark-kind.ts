import type { NormalizedEvent } from '../model/types.js';

/**
 * How an event is drawn: `point` a dot at its moment (day or time precision), `band` a soft
 * band over the whole month, year, decade or century it is known to (never a fake dot on the
 * 1st), `range` a bar from start to end (also when one end is open or unknown).
 */
export type MarkKind = 'point' | 'band' | 'range';

/** Ranges have an end; a date known only to a month or more (`2017-06-XX` too) is a band over it. */
export function markKind(event: NormalizedEvent): MarkKind {
  if (event.when.end) return 'range';
  const precision = event.when.start.precision;
  return precision === 'day' || precision === 'time' ? 'point' : 'band';
}
