import { daysInMonth, outOfRange, utc } from './calendar.js';
import { inDateRange } from './date-range.js';
import { negativeZero, readEdtfDate, readInterval } from './edtf.js';
import { quoted } from './excerpt.js';
import type { ParsedDate, Precision } from './types.js';

export { utc };

/**
 * A year: four digits, or (ISO 8601 expanded years) a sign and 4–6 digits. Negative years use
 * astronomical numbering ("-0044" is 45 BC). Without the sign rule "201812" would be year 201812.
 */
const YEAR = String.raw`([+-]\d{4,6}|\d{4})`;

/** The precisions plain ISO 8601 forms declare (decades and centuries are EDTF's, see edtf.ts). */
type IsoPrecision = Exclude<Precision, 'decade' | 'century'>;

/** ISO 8601 forms we accept, each with the precision its form declares. */
const FORMS: ReadonlyArray<readonly [RegExp, IsoPrecision]> = [
  [new RegExp(String.raw`^${YEAR}$`), 'year'],
  [new RegExp(String.raw`^${YEAR}-(\d{2})$`), 'month'],
  [new RegExp(String.raw`^${YEAR}-(\d{2})-(\d{2})$`), 'day'],
  [
    new RegExp(
      String.raw`^${YEAR}-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$`,
      'i',
    ),
    'time',
  ],
];

/** The next unit's first instant, per precision: a parsed date covers [start, end). */
const UNIT_END: Record<IsoPrecision, (year: number, month: number, day: number) => number> = {
  year: (y) => utc(y + 1, 0, 1),
  month: (y, m) => utc(y, m + 1, 1),
  day: (y, m, d) => utc(y, m, d + 1),
  time: () => NaN,
};

export type DateParse = ParsedDate | { readonly error: string };

/**
 * The longest text read as a date (two date-times with nanoseconds and offsets are 80): anything
 * longer is refused before a pattern runs over it, unless it is a year of digits, which is then
 * simply beyond the drawable years.
 */
export const MAX_DATE_LENGTH = 100;

/**
 * Parses an ISO 8601 date at the precision it was written with, or an EDTF level 1 value
 * (ISO 8601-2): `2018~` approximate, `2019-03?` uncertain, `2016-05-04%` both, `201X` and
 * `2017-06-XX` unspecified digits, `Y17000` long years, and intervals (`2018-12/2019-01`,
 * `2020-07-20/..` open, `2020-07-20/` unknown). Date-only values are UTC calendar dates, so
 * "2018-12-13" is the same day in every time zone. White space around the text is trimmed, and
 * U+2212 (−, ISO 8601's own minus sign) is read as `-`; a fraction of a second is cut to
 * milliseconds (`.9999` is .999, as `Date` reads it). Returns `{ error }` with a sentence that says
 * what is wrong, quoting at most 40 characters of the value, and never throws.
 */
export function parseDate(value: unknown): DateParse {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return { error: 'is an invalid Date' };
    return inRange(time, time) ? { text: value.toISOString(), precision: 'time', start: time, end: time, offsetMinutes: 0 } : outOfRange(value.toISOString());
  }
  if (typeof value !== 'string') return { error: `must be an ISO 8601 date string, got ${describe(value)}` };
  const text = value.trim();
  // A million dates are read on load: the minus sign is looked for before it is replaced.
  return readDate(text.includes('\u2212') ? text.replace(/\u2212/g, '-') : text);
}

/** One date: plain ISO 8601 first (nearly every date is), else EDTF. */
function readDate(text: string): DateParse {
  const plain = plainCalendarDate(text);
  if (plain) return plain;
  if (text.length > MAX_DATE_LENGTH) return text.includes('/') ? readInterval(text, readDate) : tooLong(text);
  // The form is known from the length and the tenth character before any pattern runs: data
  // sets of 10⁵ dates spend their load time here.
  const [pattern, precision] = FORMS[likelyForm(text)]!;
  const match = pattern.exec(text);
  // A month past 12 may be an EDTF season (2001-21): that reader says why it is refused.
  const date = match && fromParts(text, precision, match);
  if (date && !('error' in date && precision === 'month')) return date;
  for (const [other, otherPrecision] of FORMS) {
    const found = other === pattern ? null : other.exec(text);
    if (found) return fromParts(text, otherPrecision, found);
  }
  return text.includes('/') ? readInterval(text, readDate) : readEdtfDate(text);
}

/**
 * A text longer than any date: beyond the drawable years when it is a year of digits (`Y`, a
 * sign, digits, maybe `~ ? %`), else not a date. Read character by character, never by a pattern.
 */
function tooLong(text: string): { error: string } {
  let at = text[0] === 'Y' ? 1 : 0;
  if (text[at] === '-' || (at === 0 && text[at] === '+')) at++;
  const end = /[~?%]/.test(text[text.length - 1]!) ? text.length - 1 : text.length;
  let digits = at > 0 && text[at] !== '0';
  for (let i = at; digits && i < end; i++) digits = digitAt(text, i) >= 0;
  return digits ? outOfRange(text) : { error: `${quoted(text)} is not a date: no date is that long` };
}

/** The digit at `i` of `text`, or -1. */
function digitAt(text: string, i: number): number {
  const digit = text.charCodeAt(i) - 48;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/** The number the `count` digits from `i` write, or -1 when one of them is not a digit. */
function digitsAt(text: string, i: number, count: number): number {
  let value = 0;
  for (let at = i; at < i + count; at++) {
    const digit = digitAt(text, at);
    if (digit === -1) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that is a real date, read digit by digit: what nearly every
 * date in a large file looks like, parsed with no pattern and no garbage but the result (a million
 * dates are half of loading a million events). Undefined for anything else: the patterns and the
 * EDTF reader decide it, and word what is wrong.
 */
function plainCalendarDate(text: string): ParsedDate | undefined {
  const { length } = text;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = length > 4 && text.charCodeAt(4) === 45 ? digitsAt(text, 5, 2) : length > 4 ? -1 : 1;
  const day = length > 7 && text.charCodeAt(7) === 45 ? digitsAt(text, 8, 2) : length > 7 ? -1 : 1;
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return undefined;
  const precision: IsoPrecision = length === 4 ? 'year' : length === 7 ? 'month' : 'day';
  return { text, precision, start: utc(year, month - 1, day), end: UNIT_END[precision](year, month - 1, day) };
}

/** Index into FORMS of the form `text` most likely has: year 0, month 1, day 2, date-time 3. */
function likelyForm(text: string): number {
  if (text.length === 10) return 2;
  if (text.length === 7) return 1;
  return text.length <= 7 ? 0 : 3;
}

function fromParts(text: string, precision: IsoPrecision, match: RegExpExecArray): DateParse {
  const part = (i: number, absent: number) => (match[i] === undefined ? absent : Number(match[i]));
  const [year, month, day, hours, minutes, seconds] = [part(1, 0), part(2, 1), part(3, 1), part(4, 0), part(5, 0), part(6, 0)];
  const notADate = () => ({ error: `${quoted(text)} is not a date` });
  if (match[1]![0] === '-' && year === 0) return negativeZero(text);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return notADate();
  if (precision !== 'time') {
    const start = utc(year, month - 1, day);
    const end = UNIT_END[precision](year, month - 1, day);
    return inRange(start, end) ? { text, precision, start, end } : outOfRange(text);
  }
  const badTime = timeProblem(hours, minutes, seconds);
  if (badTime) return { error: `${quoted(text)} is not a date: ${badTime}` };
  const zone = match[8];
  if (!zone) return { error: `${quoted(text)} has no time zone offset: add Z or an offset such as +03:00` };
  const offsetMinutes = parseOffset(zone);
  if (offsetMinutes === undefined) return { error: `${quoted(text)} is not a date: the offset ${zone} is beyond ±23:59` };
  const ms = Number(((match[7] ?? '') + '000').slice(0, 3));
  const start = utc(year, month - 1, day, hours, minutes, seconds, ms) - offsetMinutes * 60_000;
  return inRange(start, start) ? { text, precision, start, end: start, offsetMinutes } : outOfRange(text);
}

/** The one range of drawable dates (date-range.ts); NaN, what Date gives beyond it, is outside. */
function inRange(start: number, end: number): boolean {
  return inDateRange(start, end);
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

/** A short description of a value's type for messages ("a number", "null", "an object"). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  const type = typeof value;
  return type === 'object' ? 'an object' : type === 'undefined' ? 'nothing' : `a ${type}`;
}
