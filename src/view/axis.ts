import { html, type TemplateResult } from 'lit';
import { styleMap } from './style-map.js';
import type { Tick } from '../layout/ticks.js';
import { inlineX } from './event-list.js';

/**
 * The time axis: one label per tick and a faint grid line down through the lanes. Hidden from
 * assistive technology, which reads each event's own date instead. Tick x is logical (from the
 * inline-start edge); `rtl` mirrors it, so time runs from the right.
 */
export function renderAxis(ticks: readonly Tick[], rtl = false): TemplateResult {
  return html`<div part="axis" class="axis" aria-hidden="true">
    ${ticks.map(
      (tick) => html`<span class="tick tick--${tick.unit}" style=${styleMap({ transform: `translateX(${inlineX(tick.x, rtl)}px)` })}
        ><span class="tick-label">${tick.label}</span></span
      >`,
    )}
  </div>`;
}
