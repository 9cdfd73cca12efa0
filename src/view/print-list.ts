import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type DateWords } from '../model/format-date.js';
import type { NormalizedEvent, NormalizedSource } from '../model/types.js';
import { fill, formatNumber, plural, type TimelineStrings } from '../strings.js';
import { isolateEach } from './bidi.js';
import { renderPrintMedia } from './media.js';
import { renderParagraphs } from './paragraphs.js';
import { renderQuote } from './quote.js';
import { renderWhen } from './when.js';

/** What the printed list shows besides the events. */
export interface PrintListContext {
  /** The level of the list's heading (each event's title one below): the page's outline decides. */
  headingLevel: number;
  locale?: string;
  strings: Pick<TimelineStrings, 'actors' | 'sources' | 'eventCount' | 'showingCount' | 'archivedCopy' | 'media'> & DateWords;
  /** The data set's title (or the element's label for its events). */
  heading: string;
  /** How many events there are before filtering, so a filtered print says "Showing 9 of 26 events". */
  totalCount: number;
  categoryLabel: (key: string) => string;
  /** In lanes: each lane's name and its events in the list, in the lanes' order; the list is then grouped by lane. */
  lanes?: readonly PrintLane[];
}

/** A lane of the printed list: its name and its listed events. */
export interface PrintLane {
  readonly label: string;
  readonly events: readonly NormalizedEvent[];
}

/**
 * The events as a printed page needs them: one chronological list with everything the panel
 * shows — date at its precision, title, other dates, category, summary, quotation, actors — and every source
 * and the media with its URL written out, because a printed link cannot be followed. Rendered only while the
 * page is printed (the drawing holds only the events in view, and paper cannot zoom). In lanes, the
 * list is grouped by lane, each under a heading with its name and count (an event in several lanes
 * is printed in each; the status still counts it once), lanes with nothing listed left out.
 */
export function renderPrintList(events: readonly NormalizedEvent[], context: PrintListContext): TemplateResult {
  const { strings, locale, totalCount } = context;
  const status =
    events.length === totalCount
      ? plural(strings.eventCount, totalCount, locale)
      : fill(plural(strings.showingCount, totalCount, locale), { shown: formatNumber(events.length, locale) });
  return html`<section class="print-list" aria-labelledby="print-heading">
    <div role="heading" aria-level=${context.headingLevel} id="print-heading" class="print-heading">${context.heading}</div>
    <p class="print-status">${status}</p>
    ${context.lanes
      ? context.lanes
          .filter((lane) => lane.events.length > 0)
          .map(
            (lane) => html`<div role="heading" aria-level=${context.headingLevel + 1} class="print-lane">
                <bdi>${lane.label}</bdi> · ${plural(strings.eventCount, lane.events.length, locale)}
              </div>
              ${renderEvents(lane.events, Math.min(6, context.headingLevel + 2), context)}`,
          )
      : renderEvents(events, context.headingLevel + 1, context)}
  </section>`;
}

/** The events as a list, each titled by a heading at `level`. */
function renderEvents(events: readonly NormalizedEvent[], level: number, context: PrintListContext): TemplateResult {
  const { strings, locale } = context;
  return html`<ol class="print-events">
    ${events.map(
      (event) => html`<li class="print-event" data-id=${event.id}>
        <p class="print-when">${renderWhen(event, locale, strings)}${event.category
          ? html` · <span class="print-category">${context.categoryLabel(event.category)}</span>`
          : nothing}</p>
        <div role="heading" aria-level=${level} class="print-title">${event.title}</div>
        ${event.dates
          ? html`<p class="print-dates">${isolateEach(event.dates.map(({ label, when }) => `${label}: ${formatDate(when, locale, strings)}`), ' · ')}</p>`
          : nothing}
        ${renderParagraphs(event.summary, 'print-summary')}
        ${renderQuote(event.quote, 'print-quote')}
        ${event.actors.length ? html`<p class="print-actors">${strings.actors}: ${isolateEach(event.actors)}</p>` : nothing}
        ${event.sources.length
          ? html`<p class="print-term">${strings.sources}:</p>
              <ul class="print-sources">
                ${event.sources.map((source) => renderSource(source, strings.archivedCopy))}
              </ul>`
          : nothing}
        ${renderPrintMedia(event.media, strings)}
      </li>`,
    )}
  </ol>`;
}

/** Title, publisher and date, then the URL as text (a link too, for PDFs, when it is http(s)), and the archived copy's; each value isolated. */
function renderSource(source: NormalizedSource, archivedCopy: string): TemplateResult {
  const meta = isolateEach([source.publisher, source.date]);
  const url = source.href ? html`<a class="print-url" href=${source.href}>${source.url}</a>` : html`<span class="print-url">${source.url}</span>`;
  // The URL goes on its own line (print styles); the space keeps it a separate word for copy and screen readers.
  const about = source.title && meta.length ? html` — ${meta}` : meta;
  const archived = source.archived
    ? html` <span class="print-url">${archivedCopy}: ${source.archivedHref ? html`<a href=${source.archivedHref}>${source.archived}</a>` : source.archived}</span>`
    : nothing;
  return html`<li>${source.title ? html`<span class="print-source-title"><bdi>${source.title}</bdi></span>` : nothing}${about} ${url}${archived}</li>`;
}
