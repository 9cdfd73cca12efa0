import { numberFormat } from '../model/intl.js';
import { DAY, MEAN_MONTH, MEAN_YEAR } from '../model/time-units.js';

/** Units for a span's length, from the largest: a span is told in the first unit it fills twice. */
const UNITS: ReadonlyArray<readonly [unit: 'year' | 'month' | 'day', days: number]> = [
  ['year', MEAN_YEAR / DAY],
  ['month', MEAN_MONTH / DAY],
  ['day', 1],
];

/** "2 months", "1.5 years", "3 days": the length of [lo, hi) in words, in the locale. */
export function formatDuration(lo: number, hi: number, locale?: string): string {
  const days = (hi - lo) / DAY;
  const [unit, size] = UNITS.find(([, size]) => days >= size * 2) ?? UNITS[UNITS.length - 1]!;
  const value = Math.round((days / size) * 10) / 10;
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
}
