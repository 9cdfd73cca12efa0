import { inDateRange, RANGE_TEXT } from './date-range.js';
import type { ParsedDate, Precision } from './types.js';

/**
 * A year: four digits, or (ISO 8601 expanded years) a sign and 4–6 digits. Negative years use
 * astronomical numbering ("-0044" is 45 BC). Without the sign rule "201812" would be year 201812.
 */
const YEAR = String.raw`([+-]\d{4,6}|\d{4})`;

/** ISO 8601 forms we accept, each with the precision its form declares. */
const FORMS: ReadonlyArray<readonly [RegExp, Precision]> = [
  [new RegExp(String.raw`^${YEAR}$`), 'year'],
  [new RegExp(String.raw`^${YEAR}-(\d{2})$`), 'month'],
  [new RegExp(String.raw`^${YEAR}-(\d{2})-(\d{2})$`), 'day'],
  [
    new RegExp(
      String.raw`^${YEAR}-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$`,
      'i',
    ),
    'time',
  ],
];

/** The next unit's first instant, per precision: a parsed date covers [start, end). */
const UNIT_END: Record<Precision, (year: number, month: number, day: number) => number> = {
  year: (y) => utc(y + 1, 0, 1),
  month: (y, m) => utc(y, m + 1, 1),
  day: (y, m, d) => utc(y, m, d + 1),
  time: () => NaN,
};

/** Milliseconds for a UTC calendar date; unlike Date.UTC it keeps years 0–99 as written. */
export function utc(year: number, month = 0, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  // Date.UTC reads years 0–99 as 1900–1999; only those (and BC years) need the slower way.
  if (year >= 100) return Date.UTC(year, month, day, hours, minutes, seconds, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

export type DateParse = ParsedDate | { readonly error: string };

/**
 * Parses an ISO 8601 date at the precision it was written with. Date-only values are UTC calendar
 * dates, so "2018-12-13" is the same day in every time zone. Returns `{ error }` with a sentence
 * that says what is wrong, never throws.
 */
export function parseDate(value: unknown): DateParse {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return { error: 'is an invalid Date' };
    return inRange(time, time) ? { text: value.toISOString(), precision: 'time', start: time, end: time, offsetMinutes: 0 } : outOfRange(value.toISOString());
  }
  if (typeof value !== 'string') return { error: `must be an ISO 8601 date string, got ${describe(value)}` };
  const text = value.trim();
  // The form is known from the length and the tenth character before any pattern runs: data
  // sets of 10⁵ dates spend their load time here.
  const [pattern, precision] = FORMS[likelyForm(text)]!;
  const match = pattern.exec(text);
  if (match) return fromParts(text, precision, match);
  for (const [other, otherPrecision] of FORMS) {
    const found = other === pattern ? null : other.exec(text);
    if (found) return fromParts(text, otherPrecision, found);
  }
  return { error: `'${value}' is not a date (expected e.g. 2018, 2018-12, 2018-12-13 or 2018-12-13T10:00Z)` };
}

/** Index into FORMS of the form `text` most likely has: year 0, month 1, day 2, date-time 3. */
function likelyForm(text: string): number {
  if (text.length === 10) return 2;
  if (text.length === 7) return 1;
  return text.length <= 7 ? 0 : 3;
}

function fromParts(text: string, precision: Precision, match: RegExpExecArray): DateParse {
  const part = (i: number, absent: number) => (match[i] === undefined ? absent : Number(match[i]));
  const [year, month, day, hours, minutes, seconds] = [part(1, 0), part(2, 1), part(3, 1), part(4, 0), part(5, 0), part(6, 0)];
  const notADate = () => ({ error: `'${text}' is not a date` });
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return notADate();
  if (precision !== 'time') {
    const start = utc(year, month - 1, day);
    const end = UNIT_END[precision](year, month - 1, day);
    return inRange(start, end) ? { text, precision, start, end } : outOfRange(text);
  }
  const badTime = timeProblem(hours, minutes, seconds);
  if (badTime) return { error: `'${text}' is not a date: ${badTime}` };
  const zone = match[8];
  if (!zone) return { error: `'${text}' has no time zone offset: add Z or an offset such as +03:00` };
  const offsetMinutes = parseOffset(zone);
  if (offsetMinutes === undefined) return { error: `'${text}' is not a date: the offset ${zone} is beyond ±23:59` };
  const ms = Number(((match[7] ?? '') + '000').slice(0, 3));
  const start = utc(year, month - 1, day, hours, minutes, seconds, ms) - offsetMinutes * 60_000;
  return inRange(start, start) ? { text, precision, start, end: start, offsetMinutes } : outOfRange(text);
}

/** The one range of drawable dates (date-range.ts); NaN, what Date gives beyond it, is outside. */
function inRange(start: number, end: number): boolean {
  return inDateRange(start, end);
}

function outOfRange(text: string): { error: string } {
  return { error: `'${text}' is outside the dates that can be drawn (${RANGE_TEXT})` };
}

/** Why a time of day is refused, or undefined when it is a time. */
function timeProblem(hours: number, minutes: number, seconds: number): string | undefined {
  if (hours === 24 && minutes === 0 && seconds === 0) return '24:00 is the next day\'s 00:00; write that';
  if (seconds === 60) return 'a leap second (:60) cannot be placed on a UTC axis; write :59';
  if (hours > 23) return `there is no hour ${hours}`;
  if (minutes > 59) return `there is no minute ${minutes}`;
  return seconds > 59 ? `there is no second ${seconds}` : undefined;
}

function parseOffset(zone: string): number | undefined {
  if (/^z$/i.test(zone)) return 0;
  const [, sign, hh, mm = '00'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
  if (!sign || Number(hh) > 23 || Number(mm) > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (negative years too), without a Date. */
function daysInMonth(year: number, monthIndex: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthIndex === 1 && leap ? 29 : DAYS_IN_MONTH[monthIndex]!;
}

/** A short description of a value's type for messages ("a number", "null", "an object"). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  const type = typeof value;
  return type === 'object' ? 'an object' : type === 'undefined' ? 'nothing' : `a ${type}`;
}
