import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from './style-map.js';
import { formatDate } from '../model/format-date.js';
import type { NormalizedDate, NormalizedEvent, NormalizedSource } from '../model/types.js';
import { fill, plural, type TimelineStrings } from '../strings.js';
import { renderQuote } from './quote.js';
import { isolateEach } from './bidi.js';
import { formatDuration } from './duration.js';
import { renderMedia } from './media.js';
import { renderParagraphs } from './paragraphs.js';
import { whenText } from './when.js';

export interface PanelContext {
  /** The level of the panel's title as a heading (its sources' heading one below): the page's outline decides. */
  headingLevel: number;
  locale?: string;
  strings: TimelineStrings;
  categoryLabel: (key: string) => string;
  colorOf: (key: string | undefined) => string;
  /** The events before and after in time, for the Previous/Next buttons. */
  previous?: NormalizedEvent;
  next?: NormalizedEvent;
  /** The open event is filtered out of the drawing: say so, and offer to show it. */
  hiddenByFilter: boolean;
  onShow: () => void;
  /** Opens another event (Previous, Next), or closes the panel with `null` (×, Escape). */
  onSelect: (id: string | null) => void;
}

/**
 * The open event, to read: title, date at its precision (and a range's length), its other
 * dates with their labels, category, media (an image, or a link to a video, post or document),
 * summary in its paragraphs, quotation with attribution, actors and sources. Every value is rendered as text;
 * only sources with an http(s) `href` become links, opened safely in a new tab.
 */
export function renderPanel(event: NormalizedEvent, context: PanelContext): TemplateResult {
  const { strings, locale } = context;
  const { start, end, lo, hi } = event.when;
  const span = end && !end.undated && !start.undated;
  return html`<div part="panel" class="panel" role="dialog" aria-labelledby="panel-title" @keydown=${closeOnEscape(context)}>
    <div class="panel-header">
      <div role="heading" aria-level=${context.headingLevel} id="panel-title" class="panel-title" tabindex="-1">${event.title}</div>
      <button class="panel-close" type="button" aria-label=${strings.close} @click=${() => context.onSelect(null)}>×</button>
    </div>
    ${context.hiddenByFilter
      ? html`<p class="panel-hidden">
          ${strings.hiddenByFilter} <button type="button" class="panel-show" @click=${context.onShow}>${strings.showAll}</button>
        </p>`
      : nothing}
    <p class="panel-when">
      ${whenText(event, locale, strings)}${span ? html` <span class="panel-duration">(${formatDuration(lo, hi, locale)})</span>` : nothing}
    </p>
    ${event.dates ? renderDates(event.dates, locale, strings) : nothing}${more(event.dates?.length ?? 0, context, 'p')}
    ${event.category
      ? html`<p class="panel-category"><span class="swatch" aria-hidden="true" style=${styleMap({ '--swatch': context.colorOf(event.category) })}></span
          >${context.categoryLabel(event.category)}</p>`
      : nothing}
    ${renderMedia(event.media, strings, event.title)}${renderParagraphs(event.summary, 'panel-summary')}
    ${renderQuote(event.quote, 'panel-quote')}
    ${event.actors.length
      ? html`<p class="panel-actors"><span class="panel-term">${strings.actors}:</span> ${isolateEach(event.actors)}</p>`
      : nothing}
    ${event.sources.length
      ? html`<div role="heading" aria-level=${context.headingLevel + 1} class="panel-term">${strings.sources}</div>
          <ul class="panel-sources">
            ${event.sources.slice(0, PANEL_LIST).map((source) => renderSource(source, strings))}${more(event.sources.length, context, 'li')}
          </ul>`
      : nothing}
    <div class="panel-nav">
      <button type="button" ?disabled=${!context.previous} @click=${() => context.onSelect(context.previous?.id ?? null)}>
        <span class="panel-arrow" aria-hidden="true">←</span> ${strings.previous}
      </button>
      <button type="button" ?disabled=${!context.next} @click=${() => context.onSelect(context.next?.id ?? null)}>
        ${strings.next} <span class="panel-arrow" aria-hidden="true">→</span>
      </button>
    </div>
  </div>`;
}

/**
 * The most sources and other dates the panel lists; the rest are counted ("and 9,990 more"). A
 * designation may cite thousands: opening it must not add tens of thousands of nodes. The JSON
 * download and `normalizedEvents` keep every one.
 */
export const PANEL_LIST = 10;

/** "and N more" after a list of `count` cut to `PANEL_LIST`, as a list item or a paragraph; nothing when none was cut. */
function more(count: number, { strings, locale }: PanelContext, tag: 'li' | 'p'): TemplateResult | typeof nothing {
  if (count <= PANEL_LIST) return nothing;
  const text = plural(strings.andMore, count - PANEL_LIST, locale);
  return tag === 'li' ? html`<li class="panel-more">${text}</li>` : html`<p class="panel-more panel-meta">${text}</p>`;
}

/** Escape closes the panel (and goes no further: a dialog inside a dialog closes one at a time). */
function closeOnEscape(context: PanelContext): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    context.onSelect(null);
  };
}

/** "Listed 1 March 2022", "Amended …": each other date with its label, at its own precision. */
function renderDates(dates: readonly NormalizedDate[], locale: string | undefined, strings: TimelineStrings): TemplateResult {
  return html`<dl class="panel-dates">
    ${dates.slice(0, PANEL_LIST).map(({ label, when }) => html`<dt class="panel-meta"><bdi>${label}</bdi></dt><dd>${formatDate(when, locale, strings)}</dd>`)}
  </dl>`;
}

/** A source: its link (text when not http(s)), who and when, and "archived copy" beside it when there is one; each value isolated for bidirectional text. */
function renderSource(source: NormalizedSource, strings: TimelineStrings): TemplateResult {
  const label = html`<bdi>${source.title || source.url}</bdi>`;
  const link = source.href
    ? html`<a href=${source.href} target="_blank" rel="noopener noreferrer">${label}</a>`
    : html`<span class="unsafe-url">${label}${source.title ? html` (<bdi>${source.url}</bdi>)` : nothing}</span>`;
  const archived = source.archivedHref
    ? html` (<a class="panel-archived" href=${source.archivedHref} target="_blank" rel="noopener noreferrer">${strings.archivedCopy}</a>)`
    : nothing;
  const meta = [source.publisher, source.date, source.accessed && fill(strings.accessed, { date: source.accessed })];
  return html`<li>${link}${archived}${meta.some(Boolean) ? html` <span class="panel-meta">— ${isolateEach(meta)}</span>` : nothing}</li>`;
}
