import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map.js';
import type { MarkLayout } from '../layout/marks.js';
import { formatDate } from '../model/format-date.js';
import type { NormalizedEvent } from '../model/types.js';
import { activateOnClick, itemState, type EventListContext } from './event-list.js';

/** Height of one lane, in pixels: a label line above a 10 px track (≥ 24 px touch target). */
export const LANE_HEIGHT = 40;

export type MarksContext = EventListContext;

/**
 * Events as a chronological list of buttons, each placed at its lane and time: the label
 * (title), the mark (dot, band or bar) and, for screen readers, the date as `<time>`.
 */
export function renderMarks(marks: readonly MarkLayout[], context: MarksContext): TemplateResult {
  return html`<ol class="events" aria-label=${context.label} @click=${activateOnClick(context.onActivate)}>
    ${repeat(
      marks,
      (mark) => mark.event.id,
      (mark) => html`<li
        class="item item--${mark.kind} ${itemState(mark.event.id, context)}"
        style=${styleMap({
          transform: `translate(${mark.x0}px, ${mark.lane * LANE_HEIGHT}px)`,
          width: `${mark.x1 - mark.x0}px`,
          '--mark-color': context.colorOf(mark.event.category),
        })}
      >
        <button
          part="event"
          class="event"
          type="button"
          data-id=${mark.event.id}
          title=${mark.event.title}
          tabindex=${mark.event.id === context.tabStop ? 0 : -1}
          aria-expanded=${mark.event.id === context.selected ? 'true' : 'false'}
        >
          <span part="label" class="label" style=${styleMap({ left: `${mark.labelX - mark.x0}px`, width: `${mark.labelWidth}px` })}
            >${context.renderTitle(mark.event)}</span
          ><span
            part=${mark.kind === 'point' ? 'marker' : 'range'}
            class="mark"
            style=${styleMap({ left: `${mark.markX0 - mark.x0}px`, width: `${mark.markX1 - mark.markX0}px` })}
          ></span
          ><span class="visually-hidden">, ${renderWhen(mark.event, context.locale)}</span>
        </button>
      </li>`,
    )}
  </ol>`;
}

/** The event's date(s) at their precision, machine-readable through `<time datetime>`. */
export function renderWhen(event: NormalizedEvent, locale?: string): TemplateResult {
  const { start, end } = event.when;
  return html`<time datetime=${start.text}>${formatDate(start, locale)}</time>${end
      ? html` – <time datetime=${end.text}>${formatDate(end, locale)}</time>`
      : nothing}`;
}
