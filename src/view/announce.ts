import type { TimeWindow } from '../layout/window.js';
import { formatter } from '../model/format-date.js';

const DAY = 86_400_000;

/** Detail to name a window's ends with, by its span: years, months, or days. */
const DETAIL: ReadonlyArray<readonly [minSpan: number, options: Intl.DateTimeFormatOptions]> = [
  [3 * 365 * DAY, { year: 'numeric', timeZone: 'UTC' }],
  [60 * DAY, { year: 'numeric', month: 'long', timeZone: 'UTC' }],
  [2 * DAY, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }],
  [0, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }],
];

/** "August 2018 – January 2019": the window in words, as precise as its span calls for. */
export function describeWindow(window: TimeWindow, locale?: string): string {
  const [, options] = DETAIL.find(([minSpan]) => window[1] - window[0] >= minSpan)!;
  const format = formatter(locale, options);
  // The end is exclusive: name the last instant inside the window.
  return `${format.format(window[0])} – ${format.format(window[1] - 1)}`;
}
