import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map.js';
import type { DateWords } from '../model/format-date.js';
import type { NormalizedEvent } from '../model/types.js';
import { plural, type TimelineStrings } from '../strings.js';
import { activateOnClick, itemState, type EventListContext } from './event-list.js';
import { dateClasses, whenMachine, whenText } from './when.js';

export interface VerticalContext extends EventListContext {
  categoryLabel: (key: string) => string;
  strings: Pick<TimelineStrings, 'earlierEvents' | 'laterEvents'> & DateWords;
  /** Show the page before or after the one drawn. */
  onPage: (direction: -1 | 1) => void;
}

/**
 * The narrow layout: time runs down a line, each event a card beside it with its date at its
 * precision, title and category. Same buttons, order and keys as the horizontal layout. One
 * page of cards at a time, with buttons for the earlier and later events around it.
 */
export function renderVertical(events: readonly NormalizedEvent[], page: readonly [number, number], context: VerticalContext): TemplateResult {
  const [from, to] = page;
  const { locale, strings } = context;
  return html`${from > 0
      ? html`<button class="control page-button" type="button" @click=${() => context.onPage(-1)}>
          ${plural(strings.earlierEvents, from, locale)}
        </button>`
      : nothing}<ol class="cards" aria-label=${context.label} @click=${activateOnClick(context.onActivate)}>
    ${repeat(
      events.slice(from, to),
      (event) => event.id,
      (event) => html`<li
        class="card-item ${itemState(event.id, context)}${dateClasses(event)}"
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
          <time class="card-date" datetime=${whenMachine(event) ?? nothing}>${whenText(event, locale, strings)}</time>
          <span part="label" class="card-title">${context.renderTitle(event)}</span>
          ${event.category ? html`<span class="card-category">${context.categoryLabel(event.category)}</span>` : nothing}
        </button>
      </li>`,
    )}
  </ol>${to < events.length
    ? html`<button class="control page-button" type="button" @click=${() => context.onPage(1)}>
        ${plural(strings.laterEvents, events.length - to, locale)}
      </button>`
    : nothing}`;
}
