import { scaleUtc } from 'd3-scale';
import { utcDay, utcHour, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { TimeWindow } from './window.js';

/** The calendar unit a tick falls on: it decides how the view labels the tick. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** A tick of the axis: its instant, where it is drawn, and the unit it falls on. */
export interface Tick {
  readonly time: number;
  /** Pixels from the inline-start edge of the plot. */
  readonly x: number;
  readonly unit: TickUnit;
}

/** Roughly how many pixels a tick label needs; decides how many ticks fit the width. */
export const PIXELS_PER_TICK = 96;

/**
 * A tick's unit is the coarsest boundary it sits on: the first interval whose floor is not the
 * tick itself names the unit below it (d3's multi-scale tick format, as a table).
 */
const UNIT_BELOW: ReadonlyArray<readonly [TimeInterval, TickUnit]> = [
  [utcHour, 'minute'],
  [utcDay, 'hour'],
  [utcMonth, 'day'],
  [utcYear, 'month'],
];

/** The unit of the calendar boundary a date falls on. */
export function tickUnit(date: Date): TickUnit {
  for (const [interval, unit] of UNIT_BELOW) if (interval.floor(date) < date) return unit;
  return 'year';
}

/**
 * Ticks for `window` drawn `width` pixels wide: as many as fit one label each, on the calendar
 * boundaries d3's UTC scale picks for the span (years → months → days → hours). Labelling them
 * is the view's work (`view/axis.ts`), as d3 keeps `scale.ticks` apart from `scale.tickFormat`.
 */
export function axisTicks(window: TimeWindow, width: number): Tick[] {
  const scale = scaleUtc().domain(window).range([0, width]);
  const count = Math.max(2, Math.floor(width / PIXELS_PER_TICK));
  return scale.ticks(count).map((date) => ({ time: date.getTime(), x: scale(date), unit: tickUnit(date) }));
}
