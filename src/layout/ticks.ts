import { utcDay, utcHour, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { ScaleTime } from 'd3-scale';
import { formatter } from '../model/format-date.js';

/** The calendar unit a tick falls on: it decides how the tick is labelled. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** A tick of the axis: where it is, and what it says. */
export interface Tick {
  readonly time: number;
  readonly x: number;
  readonly unit: TickUnit;
  readonly label: string;
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

const LABEL_OPTIONS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { month: 'short', day: 'numeric' },
  hour: { hour: 'numeric', minute: '2-digit' },
  minute: { hour: 'numeric', minute: '2-digit' },
};

/** The unit of the calendar boundary a date falls on. */
export function tickUnit(date: Date): TickUnit {
  for (const [interval, unit] of UNIT_BELOW) if (interval.floor(date) < date) return unit;
  return 'year';
}

/** A tick label in the locale: "2018", "Dec", "Dec 13", "14:00"; years before 1 AD carry an era. */
export function tickLabel(date: Date, unit: TickUnit, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = { ...LABEL_OPTIONS[unit], timeZone: 'UTC' };
  if (unit === 'year' && date.getUTCFullYear() < 1) options.era = 'short';
  return formatter(locale, options).format(date);
}

/**
 * Ticks for a UTC time scale drawn `width` pixels wide: as many as fit one label each, on the
 * calendar boundaries d3 picks for the span (years → months → days → hours), labelled in `locale`.
 */
export function axisTicks(scale: ScaleTime<number, number>, width: number, locale?: string): Tick[] {
  const count = Math.max(2, Math.floor(width / PIXELS_PER_TICK));
  return scale.ticks(count).map((date) => {
    const unit = tickUnit(date);
    return { time: date.getTime(), x: scale(date), unit, label: tickLabel(date, unit, locale) };
  });
}
