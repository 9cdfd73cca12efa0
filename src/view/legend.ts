import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { MAX_QUERY, type CategoryCount } from '../state/filter.js';
import { foldLegend } from './legend-fold.js';
import { styleMap } from './style-map.js';
import { onToolbarFocusin, onToolbarKeydown } from './toolbar.js';
import { fill, formatNumber, plural, type TimelineStrings } from '../strings.js';

/** The texts the legend shows: its part of the element's strings (documented in strings.ts). */
export type LegendStrings = Pick<
  TimelineStrings,
  'searchLabel' | 'searchPlaceholder' | 'categoriesLabel' | 'uncategorized' | 'eventCount' | 'showingCount' | 'showAll' | 'more'
>;

/** What the legend draws, and where it reports the reader's choices. */
export interface LegendContext {
  /** The categories with their event counts, in order (see `categoryCounts`). */
  counts: readonly CategoryCount[];
  /** Keys of the categories switched off. */
  hidden: ReadonlySet<string>;
  /** The CSS colour of a category (undefined: no category). */
  colorOf: (key: string | undefined) => string;
  /** The search query as the reader typed it. */
  query: string;
  /** Events passing the filter (and the query, when it is not blank). */
  shownCount: number;
  /** All events. */
  totalCount: number;
  /** BCP 47 tag for numbers and plural forms; default: the browser's. */
  locale?: string;
  /** The texts to show. */
  strings: LegendStrings;
  /** The reader switched a category on or off. */
  onToggle(key: string): void;
  /** The reader changed the query. */
  onQuery(query: string): void;
  /** The reader asked to show all events again: clear the query and every hidden category. */
  onShowAll(): void;
}

/**
 * The legend and filter bar: a search box, one toggle button per category (`aria-pressed` is
 * true while the category is shown) with its colour and count — together a toolbar: one tab stop,
 * arrows inside — a "Show all" button while anything
 * is filtered out, and a polite live count ("Showing 9 of 27 events"). Category toggles are left
 * out when there is only one category and nothing is hidden; past a dozen, the smaller ones fold
 * behind "N more" (see `foldLegend`).
 */
export function renderLegend(context: LegendContext): TemplateResult {
  const { strings, locale, hidden, counts } = context;
  const filtered = hidden.size > 0 || context.query.trim() !== '';
  const status = filtered
    ? fill(plural(strings.showingCount, context.totalCount, locale), { shown: formatNumber(context.shownCount, locale) })
    : plural(strings.eventCount, context.totalCount, locale);
  const showAll = (event: Event) => {
    const legend = (event.currentTarget as Element).closest('.legend');
    context.onShowAll();
    // The button goes away with the filter: keep focus in the legend rather than losing it.
    legend?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  };
  const fold = foldLegend(counts, hidden, context.query);
  const toggle = ({ key, label, count }: CategoryCount, i: number) => html`<button
    type="button"
    class="legend-toggle"
    data-key=${key}
    aria-pressed=${hidden.has(key) ? 'false' : 'true'}
    tabindex=${i === 0 ? 0 : -1}
    @click=${() => context.onToggle(key)}
  >
    <span class="legend-swatch" aria-hidden="true" style=${styleMap({ '--swatch': context.colorOf(key || undefined) })}></span>
    <span class="legend-label">${label || strings.uncategorized}</span>
    <span class="legend-count">${formatNumber(count, locale)}</span>
  </button>`;
  return html`<div part="legend" class="legend">
    <label class="legend-search">
      <span class="legend-search-label visually-hidden">${strings.searchLabel}</span>
      <input
        type="search"
        class="legend-search-input"
        autocomplete="off"
        spellcheck="false"
        maxlength=${MAX_QUERY}
        placeholder=${strings.searchPlaceholder}
        .value=${live(context.query)}
        @input=${(event: Event) => context.onQuery((event.target as HTMLInputElement).value)}
      />
    </label>
    ${counts.length > 1 || hidden.size > 0
      ? html`<div class="legend-categories" role="toolbar" aria-label=${strings.categoriesLabel} @keydown=${onToolbarKeydown} @focusin=${onToolbarFocusin}>
          ${fold.shown.map(toggle)}
          ${fold.folded
            ? html`<details class="legend-more">
                <summary tabindex="-1">${plural(strings.more, fold.folded, locale)}</summary>
                <div class="legend-categories">${fold.more.map((count) => toggle(count, -1))}</div>
              </details>`
            : nothing}
        </div>`
      : nothing}
    <p class="legend-status" role="status">${status}</p>
    ${filtered ? html`<button type="button" class="legend-show-all" @click=${showAll}>${strings.showAll}</button>` : nothing}
  </div>`;
}

/**
 * `text` with `<mark>` around each `[start, end)` range (as `highlightRanges` returns them:
 * sorted, not overlapping; others are clipped or skipped). The text is always rendered as text,
 * never parsed as HTML.
 */
export function renderHighlighted(text: string, ranges: ReadonlyArray<readonly [number, number]>): TemplateResult {
  const pieces: Array<string | TemplateResult> = [];
  let at = 0;
  for (const [from, to] of ranges) {
    const start = Math.max(from, at);
    const end = Math.min(to, text.length);
    if (end <= start) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return html`${pieces}`;
}
