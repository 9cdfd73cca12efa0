import type { TimeWindow } from '../layout/window.js';
import { dateFormat } from '../model/intl.js';
import { DAY } from '../model/time-units.js';
import type { Scene } from '../state/scene.js';
import { fill } from '../strings.js';

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
  const format = dateFormat(locale, options);
  // The end is exclusive: name the last instant inside the window.
  return `${format.format(window[0])} – ${format.format(window[1] - 1)}`;
}

/** What to announce once the reader's window rests: "Showing August 2018 – January 2019", or that all events show. */
export function announceWindow({ view, window, strings, env }: Scene): string {
  return view.window && window ? fill(strings.showingWindow, { range: describeWindow(window, env.locale) }) : strings.showingAll;
}
