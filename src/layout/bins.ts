import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { AFTER_LAST_INSTANT, clampToRange } from '../model/date-range.js';
import { DAY, MEAN_MONTH, MEAN_YEAR } from '../model/time-units.js';
import type { NormalizedEvent } from '../model/types.js';
import type { TimeWindow } from './window.js';

/** The calendar unit of a bin: it decides how the bin is named ("March 2022", "the week of 7 March 2022"). */
export type BinUnit = 'day' | 'week' | 'month' | 'year';

/** The intervals bins can take, finest first, with their rough length (to count bins without making them). */
const INTERVALS: ReadonlyArray<{ unit: BinUnit; step: number; interval: TimeInterval; length: number }> = [
  { unit: 'day', step: 1, interval: utcDay, length: DAY },
  { unit: 'week', step: 1, interval: utcMonday, length: 7 * DAY },
  { unit: 'month', step: 1, interval: utcMonth, length: MEAN_MONTH },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000].map((step) => ({
    unit: 'year' as const,
    step,
    interval: step === 1 ? utcYear : utcYear.every(step)!,
    length: step * MEAN_YEAR,
  })),
];

/** One category's counts in every bin: `key` undefined for the events without a category, or for "the rest". */
export interface BinSeries {
  readonly key: string | undefined;
  /** True for the series that lumps the categories beyond the first few together. */
  readonly rest: boolean;
  readonly counts: Uint32Array;
}

/** Events counted per bin of time across the whole extent. */
export interface Bins {
  readonly unit: BinUnit;
  /** Units per bin (years only: 1, 2, 5, 10…). */
  readonly step: number;
  /** The bins' edges: bin `b` is `[edges[b], edges[b + 1])`. */
  readonly edges: Float64Array;
  /** Events per bin, all series together. */
  readonly totals: Uint32Array;
  /** Counts per category, in stacking order: only those with events. */
  readonly series: readonly BinSeries[];
  /** How many events were counted: every one given, each in exactly one bin (the one its start falls in). */
  readonly count: number;
}

/**
 * Counts `events` (sorted by start, as normalize returns them) per bin of time over `extent`: bins
 * of the finest calendar interval (day, week from Monday, month, or a number of years) of which no
 * more than `maxBins` cover the extent. Each event is counted once, in the bin its start falls in,
 * under its category when that is one of `keys` (the series to stack, in order), else under "the
 * rest". One pass over the events.
 */
export function binEvents(events: readonly NormalizedEvent[], extent: TimeWindow, maxBins: number, keys: ReadonlyArray<string | undefined>): Bins {
  const span = extent[1] - extent[0];
  const { unit, step, interval } = INTERVALS.find(({ length }) => span / length <= maxBins) ?? INTERVALS[INTERVALS.length - 1]!;
  const floored = interval.floor(new Date(Math.min(extent[0], events[0]?.when.lo ?? extent[0])));
  const first = Number.isNaN(floored.getTime()) ? new Date(clampToRange(extent[0])) : floored;
  const last = Math.max(extent[1], events[events.length - 1]?.when.lo ?? extent[1]);
  const starts = interval.range(first, new Date(last + 1));
  if (starts.length === 0 || starts[0]!.getTime() > first.getTime()) starts.unshift(first);
  // Edges stay in the dates a Date can hold: a bin at the end of time ends there, not at NaN.
  const after = interval.offset(starts[starts.length - 1]!, 1).getTime();
  const edges = Float64Array.from([...starts.map((start) => clampToRange(start.getTime())), Number.isNaN(after) ? AFTER_LAST_INSTANT : clampToRange(after)]);
  const bins = edges.length - 1;
  const order = new Map(keys.map((key, k) => [key, k]));
  const counts = Array.from({ length: keys.length + 1 }, () => new Uint32Array(bins));
  const totals = new Uint32Array(bins);
  let b = 0;
  for (const event of events) {
    while (b < bins - 1 && event.when.lo >= edges[b + 1]!) b++;
    counts[order.get(event.category) ?? keys.length]![b]!++;
    totals[b]!++;
  }
  const series = counts.map((c, k) => ({ key: keys[k], rest: k === keys.length, counts: c }));
  // Only the series that hold something: the rest last, and no category the filters emptied.
  return { unit, step, edges, totals, series: series.filter((s) => s.counts.some(Boolean)), count: events.length };
}

/** The bin with the most events (the first of equals), or -1 when every bin is empty. */
export function busiestBin(bins: Bins): number {
  let best = -1;
  for (let b = 0; b < bins.totals.length; b++) if (bins.totals[b]! > (best === -1 ? 0 : bins.totals[best]!)) best = b;
  return best;
}
