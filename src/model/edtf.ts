import { daysInMonth, outOfRange, utc } from './calendar.js';
import { inDateRange } from './date-range.js';
import { quoted } from './excerpt.js';
import type { ParsedDate, Precision } from './types.js';

type Parse = ParsedDate | { readonly error: string };
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * One EDTF level 1 date (ISO 8601-2): a year — four digits (a sign and up to six), `Y` and a year
 * beyond four digits (no `+`, no leading zero: `Y17000`, `Y-17000`), or four whose last one or two
 * are `X` — then a month and a day, either of which may be `XX`, then `~` (approximate), `?`
 * (uncertain) or `%` (both). Its runs of digits are bounded, and so is what reaches it (see
 * `MAX_DATE_LENGTH` in dates.ts): a pattern over megabytes of digits overflows the stack.
 */
const DATE = /^(?:Y(-?[1-9]\d{4,98})|([+-]?\d\d(?:\d\d|\dX|XX)|[+-]\d{5,6}))(?:-(\d\d|XX)(?:-(\d\d|XX))?)?([~?%]?)$/;

/** The sentence for a text that is no date at all, with the forms that are. */
export function notADate(text: string): { error: string } {
  return { error: `${quoted(text)} is not a date (expected e.g. 2018, 2018-12, 2018-12-13, 2018~, 201X, 2018-12/2019-01)` };
}

/** The sentence for a year written with a minus and only zeros (`-0000`): the standards refuse a negative zero. */
export function negativeZero(text: string): { error: string } {
  return { error: `${quoted(text)} is not a date: there is no year minus zero; write 0000` };
}

/**
 * A date the plain ISO 8601 forms did not match, read as EDTF level 1: qualified (`2018~`,
 * `2019-03?`, `2016-05-04%`), with unspecified digits (`201X` the 2010s, `20XX` 2000–2099,
 * `2004-XX` a month in 2004, `1985-04-XX` a day in April 1985, `1985-XX-XX` a day in 1985) or a
 * year beyond four digits (`Y17000`). Its extent is the whole span the text allows; `precision`
 * is what is known (`2004-XX` is known to the year). Seasons (`2001-21`) are refused: where one
 * begins depends on the hemisphere, and the timeline invents no dates.
 */
export function readEdtfDate(text: string): Parse {
  const [, long, year = long, month, day, mark] = DATE.exec(text) ?? [];
  if (!year) {
    if (text[0] !== 'Y') return notADate(text);
    return { error: `${quoted(text)} is not a date: Y takes a year of more than four digits, without + or leading zeros (Y17000, Y-17000)` };
  }
  if (/^-0+$/.test(year)) return negativeZero(text);
  const x = year.split('X').length - 1;
  // Level 1 leaves digits unspecified only from the right: a year's last one or two (then no
  // month), a whole month (then no day, or an unspecified one), a whole day.
  if (((long || x) && month) || (month === 'XX' && day && day !== 'XX')) return notADate(text);
  const y = Number(year.replace(/X/g, '0'));
  const date: Writable<ParsedDate> = { text, precision: x === 2 ? 'century' : x ? 'decade' : 'year', start: 0, end: 0 };
  if (x) {
    // -201X is the years -2019 to -2010: the unspecified digits count away from zero.
    const span = 10 ** x;
    const first = year[0] === '-' ? y - span + 1 : y;
    [date.start, date.end] = [utc(first), utc(first + span)];
  } else {
    const known: Precision = !month || month === 'XX' ? 'year' : !day || day === 'XX' ? 'month' : 'day';
    const m = known === 'year' ? 0 : Number(month) - 1;
    const d = known === 'day' ? Number(day) : 1;
    if (m > 19 && m < 24 && !day) return { error: `${quoted(text)} is a season, which is not drawn: when one begins depends on the hemisphere; give its months instead (e.g. 2001-03/2001-05)` };
    if (m < 0 || m > 11 || d < 1 || d > daysInMonth(y, m)) return notADate(text);
    date.precision = known;
    date.start = utc(y, m, d);
    date.end = known === 'year' ? utc(y + 1) : known === 'month' ? utc(y, m + 1) : utc(y, m, d + 1);
    if (month === 'XX' || day === 'XX') date.unspecified = day ? 'day' : 'month';
  }
  if (mark && mark !== '?') date.approximate = true;
  if (mark && mark !== '~') date.uncertain = true;
  return inDateRange(date.start, date.end) ? date : outOfRange(text);
}

/**
 * An interval written in one value, `start/end`, each side read by `read` (a date of any form
 * but an interval), `..` (open: it runs on) or empty (unknown). At least one side is a date,
 * and the end does not come before the start. Its extent runs from the start's first instant
 * to the end's last, NaN on an undated side.
 */
export function readInterval(text: string, read: (text: string) => Parse): Parse {
  const sides = text.split('/');
  if (sides.length !== 2) return notADate(text);
  const [from, to] = sides.map((side) => (side === '..' || !side ? undefined : read(side)));
  if (from && 'error' in from) return from;
  if (to && 'error' in to) return to;
  const dated = from ?? to;
  if (!dated) return { error: `${quoted(text)} has no date on either side` };
  if (from && to && lastInstant(to) < from.start) return { error: `${quoted(text)} ends before it starts` };
  const undated = (side: string): ParsedDate => ({ text: side, precision: dated.precision, start: NaN, end: NaN, undated: side ? 'open' : 'unknown' });
  const first = from ?? undated(sides[0]!);
  const last = to ?? undated(sides[1]!);
  return { text, precision: dated.precision, start: first.start, end: last.end, from: first, to: last };
}

/**
 * The last instant a date can mean: a date-time is its own instant, a unit ends just before the
 * next. So an end equal to its start is allowed for date-times too (API: end ≥ start).
 */
export function lastInstant(date: ParsedDate): number {
  return date.precision === 'time' ? date.start : date.end - 1;
}
