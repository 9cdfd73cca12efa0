import { html, svg, type TemplateResult } from 'lit';
import { busiestBin, type Bins } from '../layout/bins.js';
import { brushExtent, overviewBars, OVERVIEW_BAR_HEIGHT } from '../layout/overview.js';
import type { TimeWindow } from '../layout/window.js';
import { dateFormat } from '../model/intl.js';
import type { Overview } from '../state/scene.js';
import { fill, formatNumber, plural, type TimelineStrings } from '../strings.js';
import { describeWindow } from './announce.js';
import { inlineX } from './event-list.js';
import { styleMap } from './style-map.js';

/** What the strip needs besides the scene's overview. */
export interface OverviewContext {
  strings: Pick<TimelineStrings, 'eventCount' | 'overviewPeak' | 'weekOf' | 'brushLabel' | 'showingWindow' | 'noEvents'>;
  locale: string;
  rtl: boolean;
  /** The window drawn, which the brush stands for. */
  window: TimeWindow;
  colorOf: (key: string | undefined) => string;
}

/**
 * The overview strip: the counts of events per bin of time across the whole extent, stacked by
 * category, as one SVG path per category (so its DOM stays a few nodes at any number of events),
 * and the brush: the window drawn, which the reader drags, stretches or moves with the keys
 * (see BrushController and KeyboardController). Its shape is said in words for screen readers
 * and as a tooltip ("100,000 events, 2000–2026; most in March 2022 (50,012)").
 */
export function renderOverview(overview: Overview, context: OverviewContext): TemplateResult {
  const { bins, extent, width } = overview;
  const words = describeBins(bins, context);
  const [x0, x1] = brushExtent(context.window, extent, width);
  const centre = Math.round((((x0 + x1) / 2) * 100) / width);
  return html`<div part="overview" class="overview" title=${words}>
    <svg class="overview-bars" viewBox="0 0 ${width} ${OVERVIEW_BAR_HEIGHT}" preserveAspectRatio="none" role="img" aria-label=${words}>
      ${overviewBars(bins, extent, width).map(
        ({ key, rest, rects }) => svg`<path d=${pathOf(rects)} style=${styleMap({ fill: rest ? 'var(--sanctions-timeline-muted-color)' : context.colorOf(key) })}></path>`,
      )}
    </svg>
    <div
      part="brush"
      class="brush"
      role="slider"
      tabindex="0"
      aria-label=${context.strings.brushLabel}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${centre}
      aria-valuetext=${fill(context.strings.showingWindow, { range: describeWindow(context.window, context.locale) })}
      style=${styleMap({ transform: `translateX(${inlineX(x0, context.rtl)}px)`, width: `${Math.max(x1 - x0, 2)}px` })}
    ></div>
  </div>`;
}

/** Bars `[x, y, width, height, …]` as one path of rectangles. */
function pathOf(rects: readonly number[]): string {
  let d = '';
  for (let i = 0; i < rects.length; i += 4) d += `M${rects[i]!.toFixed(2)} ${rects[i + 1]!.toFixed(2)}h${rects[i + 2]!.toFixed(2)}v${rects[i + 3]!.toFixed(2)}h${(-rects[i + 2]!).toFixed(2)}z`;
  return d;
}

/** "100,000 events, 2000–2026; most in March 2022 (50,012)": how many, over which years, and where they crowd. */
export function describeBins(bins: Bins, { strings, locale }: Pick<OverviewContext, 'strings' | 'locale'>): string {
  const peak = busiestBin(bins);
  if (peak === -1) return strings.noEvents;
  const first = bins.totals.findIndex(Boolean);
  let last = bins.totals.length - 1;
  while (bins.totals[last] === 0) last--;
  const years = yearSpan(bins.edges[first]!, bins.edges[last + 1]! - 1, locale);
  const counted = `${plural(strings.eventCount, bins.count, locale)}, ${years}`;
  if (bins.count < 2) return counted;
  return `${counted}; ${fill(strings.overviewPeak, { peak: binName(bins, peak, strings, locale), count: formatNumber(bins.totals[peak]!, locale) })}`;
}

/** How a bin is named, at its unit: "7 March 2022", "the week of 7 March 2022", "March 2022", "2022", "2020–2029". */
function binName(bins: Bins, b: number, strings: OverviewContext['strings'], locale: string): string {
  const start = bins.edges[b]!;
  const day = (time: number) => dateFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', ...era(time) }).format(time);
  switch (bins.unit) {
    case 'day':
      return day(start);
    case 'week':
      return fill(strings.weekOf, { date: day(start) });
    case 'month':
      return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC', ...era(start) }).format(start);
    default:
      return bins.step === 1 ? yearSpan(start, start, locale) : yearSpan(start, bins.edges[b + 1]! - 1, locale);
  }
}

/** "2018", or "2000–2026", with an era before year 1. */
function yearSpan(from: number, to: number, locale: string): string {
  const year = (time: number) => dateFormat(locale, { year: 'numeric', timeZone: 'UTC', ...era(time) }).format(time);
  return year(from) === year(to) ? year(from) : `${year(from)}–${year(to)}`;
}

/** Years before 1 AD carry their era ("45 BC"), as everywhere else a date is shown. */
function era(time: number): Intl.DateTimeFormatOptions {
  return new Date(time).getUTCFullYear() < 1 ? { era: 'short' } : {};
}
