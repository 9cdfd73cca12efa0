import type { NormalizedEvent } from '../model/types.js';

/**
 * How an event is drawn: `point` a dot at its moment (day or time precision), `band` a soft
 * band over the whole year or month it is known to (never a fake dot on the 1st), `range` a bar
 * from start to end.
 */
export type MarkKind = 'point' | 'band' | 'range';

/** Ranges have an end; points known only to the year or month are bands over that unit. */
export function markKind(event: NormalizedEvent): MarkKind {
  if (event.when.end) return 'range';
  const precision = event.when.start.precision;
  return precision === 'year' || precision === 'month' ? 'band' : 'point';
}
