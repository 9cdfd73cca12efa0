import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map.js';
import { formatSpan } from '../model/format-date.js';
import type { NormalizedEvent } from '../model/types.js';
import { activateOnClick, itemState, type EventListContext } from './event-list.js';

export interface VerticalContext extends EventListContext {
  categoryLabel: (key: string) => string;
}

/**
 * The narrow layout: time runs down a line, each event a card beside it with its date at its
 * precision, title and category. Same buttons, order and keys as the horizontal layout.
 */
export function renderVertical(events: readonly NormalizedEvent[], context: VerticalContext): TemplateResult {
  return html`<ol class="cards" aria-label=${context.label} @click=${activateOnClick(context.onActivate)}>
    ${repeat(
      events,
      (event) => event.id,
      (event) => html`<li
        class="card-item ${itemState(event.id, context)}"
        style=${styleMap({ '--mark-color': context.colorOf(event.category) })}
      >
        <span class="card-dot" aria-hidden="true"></span>
        <button
          part="event"
          class="card event"
          type="button"
          data-id=${event.id}
          tabindex=${event.id === context.tabStop ? 0 : -1}
          aria-expanded=${event.id === context.selected ? 'true' : 'false'}
        >
          <time class="card-date" datetime=${event.when.start.text}>${formatSpan(event.when.start, event.when.end, context.locale)}</time>
          <span part="label" class="card-title">${context.renderTitle(event)}</span>
          ${event.category ? html`<span class="card-category">${context.categoryLabel(event.category)}</span>` : nothing}
        </button>
      </li>`,
    )}
  </ol>`;
}
