import { html, type TemplateResult } from 'lit';
import { styleMap } from './style-map.js';
import type { Tick } from '../layout/ticks.js';

/**
 * The time axis: one label per tick and a faint grid line down through the lanes. Hidden from
 * assistive technology, which reads each event's own date instead.
 */
export function renderAxis(ticks: readonly Tick[]): TemplateResult {
  return html`<div part="axis" class="axis" aria-hidden="true">
    ${ticks.map(
      (tick) => html`<span class="tick tick--${tick.unit}" style=${styleMap({ transform: `translateX(${tick.x}px)` })}
        ><span class="tick-label">${tick.label}</span></span
      >`,
    )}
  </div>`;
}
