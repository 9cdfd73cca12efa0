import { RANGE_TEXT } from './date-range.js';
import { quoted } from './excerpt.js';

/** Milliseconds for a UTC calendar date; unlike Date.UTC it keeps years 0–99 as written. */
export function utc(year: number, month = 0, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  // Date.UTC reads years 0–99 as 1900–1999; only those (and BC years) need the slower way.
  if (year >= 100) return Date.UTC(year, month, day, hours, minutes, seconds, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (negative years too), without a Date. */
export function daysInMonth(year: number, monthIndex: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthIndex === 1 && leap ? 29 : DAYS_IN_MONTH[monthIndex]!;
}

/** The problem with a date outside the one range the timeline draws (date-range.ts). */
export function outOfRange(text: string): { error: string } {
  return { error: `${quoted(text)} is outside the dates that can be drawn (${RANGE_TEXT})` };
}
