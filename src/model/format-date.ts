import { dateFormat } from './intl.js';
import type { ParsedDate, Precision } from './types.js';

/** Intl options per precision: a date is shown exactly as precisely as it was written. */
const SHOWN_AS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
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

/**
 * The date as a reader should see it, at its precision: "2018", "December 2018",
 * "13 December 2018" (in the locale's order), or a date-time in the zone it was written in.
 * Years before 1 AD carry an era ("45 BC").
 */
export function formatDate(date: ParsedDate, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = {
    ...SHOWN_AS[date.precision],
    timeZone: date.precision === 'time' ? offsetZone(date.offsetMinutes) : 'UTC',
  };
  // The year as shown, in the zone shown: 1 BC at 22:00 at -03:00 is 1 AD in UTC.
  const shift = date.precision === 'time' ? (date.offsetMinutes ?? 0) * 60_000 : 0;
  if (new Date(date.start + shift).getUTCFullYear() < 1) options.era = 'short';
  return dateFormat(locale, options).format(date.start);
}

/** "December 2018 – January 2019": a range with each end at its own precision. */
export function formatSpan(start: ParsedDate, end: ParsedDate | undefined, locale?: string): string {
  if (!end || end.text === start.text) return formatDate(start, locale);
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

