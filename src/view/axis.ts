import { html, type TemplateResult } from 'lit';
import type { Tick, TickUnit } from '../layout/ticks.js';
import { dateFormat } from '../model/intl.js';
import { inlineX } from './event-list.js';
import { styleMap } from './style-map.js';

const LABEL_OPTIONS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { month: 'short', day: 'numeric' },
  hour: { hour: 'numeric', minute: '2-digit' },
  minute: { hour: 'numeric', minute: '2-digit' },
};

/** A tick label in the locale: "2018", "Dec", "Dec 13", "14:00"; years before 1 AD carry an era. */
export function tickLabel(date: Date, unit: TickUnit, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = { ...LABEL_OPTIONS[unit], timeZone: 'UTC' };
  if (unit === 'year' && date.getUTCFullYear() < 1) options.era = 'short';
  return dateFormat(locale, options).format(date);
}

/**
 * The time axis: one label per tick and a faint grid line down through the rows. Hidden from
 * assistive technology, which reads each event's own date instead. Tick x is logical (from the
 * inline-start edge); `rtl` mirrors it, so time runs from the right.
 */
export function renderAxis(ticks: readonly Tick[], locale: string | undefined, rtl = false): TemplateResult {
  return html`<div part="axis" class="axis" aria-hidden="true">
    ${ticks.map(
      (tick) => html`<span class="tick tick--${tick.unit}" style=${styleMap({ transform: `translateX(${inlineX(tick.x, rtl)}px)` })}
        ><span class="tick-label">${tickLabel(new Date(tick.time), tick.unit, locale)}</span></span
      >`,
    )}
  </div>`;
}
