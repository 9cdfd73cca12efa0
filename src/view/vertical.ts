import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map.js';
import { cardCount, pageSections, type LaneCards } from '../layout/lane-pages.js';
import type { DateWords } from '../model/format-date.js';
import type { NormalizedEvent } from '../model/types.js';
import { fill, plural, type TimelineStrings } from '../strings.js';
import { activateOnClick, itemState, type EventListContext } from './event-list.js';
import { dateClasses, whenMachine, whenText } from './when.js';

export interface VerticalContext extends EventListContext {
  categoryLabel: (key: string) => string;
  strings: Pick<TimelineStrings, 'earlierEvents' | 'laterEvents' | 'eventCount' | 'laneContinued'> & DateWords;
  /** Show the page before or after the one drawn. */
  onPage: (direction: -1 | 1) => void;
}

/** What the cards in lanes need besides: the level of the lanes' headings, each lane's count, the lane of the tab stop's copy. */
export interface VerticalLanesContext extends VerticalContext {
  headingLevel: number;
  /** Each lane's count of shown events that match the search, by position (what its heading says). */
  counts: readonly number[];
  tabLane: string | undefined;
}

/**
 * The narrow layout: time runs down a line, each event a card beside it with its date at its
 * precision, title and category. Same buttons, order and keys as the horizontal layout. One
 * page of cards at a time, with buttons for the earlier and later events around it.
 */
export function renderVertical(events: readonly NormalizedEvent[], page: readonly [number, number], context: VerticalContext): TemplateResult {
  const [from, to] = page;
  return html`${pageButton(from, -1, context)}<ol class="cards" aria-label=${context.label} @click=${activateOnClick(context.onActivate)}>
    ${renderCards(events.slice(from, to), context.tabStop, context)}
  </ol>${pageButton(events.length - to, 1, context)}`;
}

/**
 * The narrow layout in lanes: the page's cards under a heading per lane — its name and count —
 * each lane's cards a list named as its header is in the wide layout ("Taliban, 140 events"). The
 * pages cut the cards lane by lane, so a page may hold several lanes, and one that starts within
 * a lane says so in its heading. An event in several lanes is a card in each; the lanes' own
 * headings are at the element's top level (`heading-level`): they are its top sections here.
 */
export function renderVerticalLanes(cards: LaneCards, page: readonly [number, number], context: VerticalLanesContext): TemplateResult {
  const [from, to] = page;
  const sections = pageSections(cards, page);
  const { strings, locale } = context;
  return html`${pageButton(from, -1, context)}
    <div class="card-lanes" @click=${activateOnClick(context.onActivate)}>
      ${sections.length
        ? repeat(
            sections,
            (section) => section.lane.key,
            ({ position, lane, events, continued }) => {
              const count = plural(strings.eventCount, context.counts[position]!, locale);
              return html`<section part="lane" class="card-lane" data-lane=${lane.key}>
                <div role="heading" aria-level=${context.headingLevel} part="lane-header" class="card-lane-heading">
                  <span class="lane-name">${continued ? fill(strings.laneContinued, { lane: lane.label }) : lane.label}</span
                  ><span class="visually-hidden">, </span><span class="lane-count">${count}</span>
                </div>
                <ol class="cards" aria-label=${`${lane.label}, ${count}`}>
                  ${renderCards(events, context.tabLane === lane.key ? context.tabStop : '', context)}
                </ol>
              </section>`;
            },
          )
        : html`<ol class="cards" aria-label=${context.label}></ol>`}
    </div>
    ${pageButton(cardCount(cards) - to, 1, context)}`;
}

/** The button to the page before (`direction` -1) or after, when `count` cards lie that way. */
function pageButton(count: number, direction: -1 | 1, context: VerticalContext): TemplateResult | typeof nothing {
  if (count <= 0) return nothing;
  return html`<button class="control page-button" type="button" @click=${() => context.onPage(direction)}>
    ${plural(direction < 0 ? context.strings.earlierEvents : context.strings.laterEvents, count, context.locale)}
  </button>`;
}

/** The cards of `events`, the one of `tabStop` in the tab order. */
function renderCards(events: readonly NormalizedEvent[], tabStop: string, context: VerticalContext) {
  const { locale, strings } = context;
  return repeat(
    events,
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
        tabindex=${event.id === tabStop ? 0 : -1}
        aria-expanded=${event.id === context.selected ? 'true' : 'false'}
      >
        <time class="card-date" datetime=${whenMachine(event) ?? nothing}>${whenText(event, locale, strings)}</time>
        <span part="label" class="card-title">${context.renderTitle(event)}</span>
        ${event.category ? html`<span class="card-category">${context.categoryLabel(event.category)}</span>` : nothing}
      </button>
    </li>`,
  );
}
