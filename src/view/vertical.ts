import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { formatSpan } from '../model/format-date.js';
import type { NormalizedEvent } from '../model/types.js';

export interface VerticalContext {
  locale?: string;
  label: string;
  selected: string;
  /** The one event in the tab order (roving tabindex). */
  tabStop: string;
  /** Ids matching the search; undefined when there is no search. */
  matches?: ReadonlySet<string>;
  colorOf: (category: string | undefined) => string;
  categoryLabel: (key: string) => string;
  renderTitle: (event: NormalizedEvent) => TemplateResult | string;
  onActivate: (id: string) => void;
}

/**
 * The narrow layout: time runs down a line, each event a card beside it with its date at its
 * precision, title and category. Same buttons, order and keys as the horizontal layout.
 */
export function renderVertical(events: readonly NormalizedEvent[], context: VerticalContext): TemplateResult {
  const activate = (event: Event) => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-id]');
    if (button) context.onActivate(button.dataset.id!);
  };
  return html`<ol class="cards" aria-label=${context.label} @click=${activate}>
    ${repeat(
      events,
      (event) => event.id,
      (event) => html`<li
        class="card-item ${event.id === context.selected ? 'item--selected' : ''} ${context.matches && !context.matches.has(event.id)
          ? 'item--dimmed'
          : ''}"
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
