import { fill, stringsFor, type TimelineStrings } from '../strings.js';
import { dateFormat } from './intl.js';
import type { ParsedDate, Precision } from './types.js';

/** The texts dates are said with ("about {date}", "the {decade}s", …): part of the element's strings. */
export type DateWords = Pick<
  TimelineStrings,
  'approximate' | 'uncertain' | 'decade' | 'someYear' | 'someMonth' | 'someDay' | 'ongoing' | 'openStart' | 'endUnknown' | 'startUnknown'
>;

const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };

/** Intl options per precision: a date is shown exactly as precisely as it was written. */
const SHOWN_AS: Record<Precision, Intl.DateTimeFormatOptions> = {
  century: YEAR,
  decade: YEAR,
  year: YEAR,
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  time: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
};

/** "+03:00" for an offset in minutes, the form Intl accepts as a time zone. */
function offsetZone(minutes = 0): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The Intl formatter of a date at `precision`; years before 1 AD carry an era ("45 BC"). */
function formatter(date: ParsedDate, precision: Precision, locale?: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    ...SHOWN_AS[precision],
    timeZone: precision === 'time' ? offsetZone(date.offsetMinutes) : 'UTC',
  };
  // The year as shown, in the zone shown: 1 BC at 22:00 at -03:00 is 1 AD in UTC.
  const shift = precision === 'time' ? (date.offsetMinutes ?? 0) * 60_000 : 0;
  if (new Date(date.start + shift).getUTCFullYear() < 1) options.era = 'short';
  return dateFormat(locale, options);
}

/**
 * The date as a reader should see it, at its precision and with what the record says of it:
 * "2018", "December 2018", "13 December 2018" (in the locale's order), a date-time in the zone
 * it was written in; "about 2018", "possibly March 2019", "the 2010s", "a day in June 2017";
 * an interval as `formatSpan` says it. `words` default to the locale's built-in texts.
 */
export function formatDate(date: ParsedDate, locale?: string, words: DateWords = stringsFor(locale)): string {
  if (date.from) return formatSpan(date.from, date.to, locale, words);
  const { precision, unspecified } = date;
  const format = formatter(date, precision, locale);
  const year = new Date(date.start).getUTCFullYear();
  const shown =
    precision === 'decade' && year > 0
      ? fill(words.decade, { decade: String(year) })
      : precision === 'decade' || precision === 'century'
        ? fill(words.someYear, { range: format.formatRange(date.start, date.end - 1) })
        : fill(unspecified === 'day' ? words.someDay : unspecified ? words.someMonth : '{date}', { date: format.format(date.start) });
  const approximate = date.approximate ? fill(words.approximate, { date: shown }) : shown;
  return date.uncertain ? fill(words.uncertain, { date: approximate }) : approximate;
}

/**
 * "December 2018 – January 2019": a range with each side at its own precision and qualifiers;
 * "since 20 July 2020 (ongoing)" for an open end, "from 2019, end unknown" for an unknown one
 * (and the same for starts).
 */
export function formatSpan(start: ParsedDate, end: ParsedDate | undefined, locale?: string, words: DateWords = stringsFor(locale)): string {
  if (!end || end.text === start.text) return formatDate(start, locale, words);
  if (end.undated) return fill(end.undated === 'open' ? words.ongoing : words.endUnknown, { date: formatDate(start, locale, words) });
  if (start.undated) return fill(start.undated === 'open' ? words.openStart : words.startUnknown, { date: formatDate(end, locale, words) });
  return `${formatDate(start, locale, words)} – ${formatDate(end, locale, words)}`;
}

/**
 * The date as an HTML `datetime` value (what `<time>` machines read): the ISO form of what is
 * known (`2018~` → 2018, `1985-04-XX` → 1985-04); none for decades, centuries and undated sides.
 */
export function machineDate(date: ParsedDate): string | undefined {
  return date.undated || date.precision === 'decade' || date.precision === 'century' || date.from
    ? undefined
    : date.text.replace(/^Y|[~?%]$|-XX/g, '');
}
