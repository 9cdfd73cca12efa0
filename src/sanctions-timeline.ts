import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { categoryColors } from './categories.js';
import { GestureController } from './controllers/gesture-controller.js';
import { HashController } from './controllers/hash-controller.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import { LanguageController } from './controllers/language-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { SrcController } from './controllers/src-controller.js';
import { WindowController } from './controllers/window-controller.js';
import { SanctionsTimelineErrorEvent, SanctionsTimelineLoadEvent, SanctionsTimelineSelectEvent } from './events.js';
import { fitDomain } from './layout/domain.js';
import { PlotLayouts, type PlotLayout } from './layout/plot.js';
import { MIN_SPAN, clampWindow, sameWindow, type TimeWindow, type WindowLimits } from './layout/window.js';
import { parseDate } from './model/dates.js';
import { memoizeLast } from './memo.js';
import { applyFilter, categoryCounts, highlightRanges, NO_FILTER, type EventFilter } from './model/filter.js';
import { fromMarkup } from './model/formats/markup.js';
import { normalize } from './model/normalize.js';
import type { Categories, NormalizedData, NormalizedEvent, Problem, TimelineEvent } from './model/types.js';
import type { ViewState } from './model/view-state.js';
import { stringsFor, type TimelineStrings } from './strings.js';
import { styles } from './sanctions-timeline.styles.js';
import { describeWindow } from './view/announce.js';
import { renderControls } from './view/controls.js';
import { renderExport } from './view/export.js';
import { exportStyles } from './view/export.styles.js';
import { renderHorizontal } from './view/horizontal.js';
import { renderHighlighted, renderLegend } from './view/legend.js';
import { legendStyles } from './view/legend.styles.js';
import { labelWidths, TextMeasurer } from './view/measure.js';
import { renderEmpty, renderLoadError, renderLoading, renderProblems } from './view/notices.js';
import { renderPanel } from './view/panel.js';
import { panelStyles } from './view/panel.styles.js';
import { renderPrintList } from './view/print-list.js';
import { printStyles } from './view/print.styles.js';
import { PAGE_SIZE, pageAround, renderVertical } from './view/vertical.js';
import { verticalStyles } from './view/vertical.styles.js';

/** Below this element width, `layout="auto"` turns vertical. */
const VERTICAL_BELOW = 600;


/**
 * An interactive, accessible timeline of dated events on a UTC time axis. Each date is shown and
 * drawn at the precision it was written with; labels never overlap; width follows the container.
 *
 * Data comes in one of three ways; when several are given, `src` wins, then `events`, then an
 * `<ol>`/`<ul>` written inside the tag. That list is read as data, not slotted: the shadow root has
 * no `<slot>`, and the list stays readable where JavaScript does not run. Every input item is
 * either drawn or listed in `problems`.
 *
 * Reading: click, tap or Enter opens an event's panel (date at its precision, category, summary,
 * quote, actors, sources as links); Escape closes it and returns focus. Exploring: wheel, pinch
 * or drag to zoom and pan, or the + − and "Whole timeline" buttons and keys (+ − 0, Shift+arrows);
 * arrows, Home and End move between events (one tab stop); the legend filters categories and
 * searches. Below 600 px of width `layout="auto"` turns vertical. "Download JSON" and "Download
 * CSV" save the shown events; printing shows them as a chronological list with every source's URL.
 *
 * @summary Draws dated events — points, month/year bands and ranges — on a d3 time scale.
 *
 * @fires {SanctionsTimelineLoadEvent} sanctions-timeline-load - After every change of the data (property, attribute, `src`, markup); not after a failed load. `detail`: `{ count, problems }`.
 * @fires {SanctionsTimelineErrorEvent} sanctions-timeline-error - When `src` could not be loaded or parsed. `detail`: `{ message, url, status? }` (`status` for HTTP errors).
 * @fires {SanctionsTimelineSelectEvent} sanctions-timeline-select - When the user opens or closes an event. `detail`: `{ id, event }` (both `null` on close).
 * @fires {SanctionsTimelineViewChangeEvent} sanctions-timeline-view-change - When the user zooms or pans, at most once per animation frame. `detail`: `{ start, end }` (ISO date-times).
 *
 * @csspart axis - The time axis with its tick labels.
 * @csspart event - The button of one event: its label and mark (a card in the vertical layout).
 * @csspart label - An event's title.
 * @csspart marker - The dot of a point event.
 * @csspart range - The bar of a span, or the band of a date known only to its month or year.
 * @csspart cluster - A "+N" button standing for events that did not fit at this zoom; activating it zooms to their span.
 * @csspart panel - The panel of the open event.
 * @csspart legend - Search box, category toggles and the count of shown events.
 * @csspart controls - The zoom buttons.
 * @csspart export - The download buttons (JSON and CSV of the shown events).
 * @csspart notice - The notice of events that could not be shown, or of a failed load.
 * @csspart retry - The Retry button of a failed load.
 *
 * @cssproperty --sanctions-timeline-font-family - Font of all text.
 * @cssproperty --sanctions-timeline-font-size - Size of labels, ticks and the element's texts.
 * @cssproperty --sanctions-timeline-radius - Corner radius of buttons, notices, cards and the panel.
 * @cssproperty --sanctions-timeline-color - Text colour.
 * @cssproperty --sanctions-timeline-muted-color - Colour of tick labels, secondary and non-matching text.
 * @cssproperty --sanctions-timeline-background - Background of the element (opaque, so it is legible on any page).
 * @cssproperty --sanctions-timeline-grid-color - Colour of the axis line, grid lines and borders.
 * @cssproperty --sanctions-timeline-mark-color - Colour of marks without a category.
 * @cssproperty --sanctions-timeline-focus-color - Colour of the focus ring.
 * @cssproperty --sanctions-timeline-error-color - Colour of problem notices.
 * @cssproperty --sanctions-timeline-notice-background - Background of notices.
 * @cssproperty --sanctions-timeline-panel-background - Background of the detail panel.
 * @cssproperty --sanctions-timeline-link-color - Colour of source links.
 * @cssproperty --sanctions-timeline-highlight-background - Background of search matches.
 * @cssproperty --sanctions-timeline-highlight-color - Text colour of search matches.
 * @cssproperty --sanctions-timeline-cluster-background - Background of a "+N" cluster.
 * @cssproperty --sanctions-timeline-palette-1 - First category colour, for categories in the order they are declared or met.
 * @cssproperty --sanctions-timeline-palette-2 - Second category colour.
 * @cssproperty --sanctions-timeline-palette-3 - Third category colour.
 * @cssproperty --sanctions-timeline-palette-4 - Fourth category colour.
 * @cssproperty --sanctions-timeline-palette-5 - Fifth category colour.
 * @cssproperty --sanctions-timeline-palette-6 - Sixth category colour.
 * @cssproperty --sanctions-timeline-palette-7 - Seventh category colour.
 * @cssproperty --sanctions-timeline-palette-8 - Eighth category colour; the ninth category starts again at the first.
 * @cssproperty --sanctions-timeline-category-<key> - Colour of one category, e.g. `--sanctions-timeline-category-sanction`; wins over `categories` and the palette. Not declared: set it to use it.
 */
export class SanctionsTimeline extends LitElement {
  static override styles = [styles, panelStyles, legendStyles, verticalStyles, exportStyles, printStyles];

  private readonly size = new ResizeController(this);
  private readonly language = new LanguageController(this, () => this.locale);
  private readonly measurer = new TextMeasurer();
  private readonly loader = new SrcController(this, {
    loaded: (data) => this.useData(data),
    failed: (detail) => {
      // Clear the drawing without a load event: nothing was loaded, the error event says why.
      this.data = normalize([]);
      this.dispatchEvent(new SanctionsTimelineErrorEvent(detail));
    },
  });
  private readonly view = new WindowController(this, {
    limits: () => this.limits,
    mirror: (window) => {
      this.start = window ? new Date(window[0]).toISOString() : '';
      this.end = window ? new Date(window[1]).toISOString() : '';
    },
    describe: (window) =>
      window ? this.texts.showingWindow.replace('{range}', describeWindow(window, this.resolvedLocale)) : this.texts.showingAll,
  });
  private readonly gestures = new GestureController(this, {
    getWindow: () => (this.vertical ? undefined : this.view.visible),
    getLimits: () => this.limits,
    setWindow: (window) => this.view.user(window, false),
    isRtl: () => this.language.rtl,
  });
  // Rendering at once on `beforeprint`: see PrintController.
  private readonly print = new PrintController(this, () => this.performUpdate());
  private readonly deepLink = new HashController(this, {
    key: () => (this.history === null || this.history === undefined ? undefined : this.history || this.id || 'timeline'),
    restore: (view) => this.restoreView(view),
  });
  // The host's own attributes (style, locale, a reflected `selected`) are not markup: only the list inside is.
  private readonly markupObserver = new MutationObserver((records) => {
    if (records.every((record) => record.target === this)) return;
    this.markupChanged = true;
    this.requestUpdate();
  });
  private readonly plot = new PlotLayouts();
  // Worked out once per data, filter or font, not on every frame of a zoom. The arguments are the
  // cache key: `categories` and `font` stand for what `categoryLabel` and the measurer work with.
  private readonly filtered = memoizeLast((data: NormalizedData, filter: EventFilter, _categories: Categories) => {
    const { shown, matches } = applyFilter(data.events, filter, this.categoryLabel);
    return { shown, matches, ids: new Set(shown.map((event) => event.id)) };
  });
  private readonly byId = memoizeLast((events: readonly NormalizedEvent[]) => new Map(events.map((event) => [event.id, event])));
  private readonly positions = memoizeLast((events: readonly NormalizedEvent[]) => new Map(events.map((event, i) => [event.id, i])));
  private readonly extentOf = memoizeLast((events: readonly NormalizedEvent[]) => fitDomain(events));
  private readonly mergedCategories = memoizeLast((fromData: Categories | undefined, fromProperty: Categories) => ({ ...fromData, ...fromProperty }));
  private readonly colorsOf = memoizeLast((events: readonly NormalizedEvent[], categories: Categories) => categoryColors(categories, events));
  private readonly countsOf = memoizeLast((events: readonly NormalizedEvent[], categories: Categories) => categoryCounts(events, categories));
  private readonly widthsOf = memoizeLast((events: readonly NormalizedEvent[], _font: string) =>
    labelWidths(events.map((event) => event.title), this.measurer.measure),
  );
  private data: NormalizedData = normalize([]);
  private dataChanged = false;
  private markupChanged = false;
  /** Whether an event button had focus before this render (it may be gone after it). */
  private eventHadFocus = false;

  @state() private filter: EventFilter = NO_FILTER;
  /** The event that holds the one tab stop of the list (roving tabindex). */
  @state() private focusId = '';

  /** The events: an array of event objects, or (as the attribute) JSON text of an array or of `{ "events": [...] }`. */
  @property() events: readonly TimelineEvent[] | string = [];

  /** URL of a JSON (our format, a bare array or TimelineJS3) or CSV file to load the events from; setting it loads again, cancelling a load in flight. */
  @property() src = '';

  /** BCP 47 language tag of dates, numbers and the element's texts (English and Russian built in, others get English); empty: the nearest `lang` attribute, then the browser's language. */
  @property() locale = '';

  /** Category labels and colours (`Record<string, { label, color? }>`); entries here override those of a data file. */
  @property({ attribute: false }) categories: Categories = {};

  /** Start of the visible window (ISO 8601); applies with a valid `end` after it, else all events fit. Updated as the user zooms and pans. */
  @property() start = '';

  /** End of the visible window (ISO 8601, inclusive of its unit: `2018-12` shows all of December); empty fits all events. Updated as the user zooms and pans. */
  @property() end = '';

  /** `auto` (vertical when the element is narrower than 600 px), `horizontal` or `vertical`. */
  @property({ reflect: true }) layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Id of the open event, whose panel is shown; empty when none. Setting it fires nothing. */
  @property({ reflect: true, converter: { toAttribute: (id: string) => id || null } }) selected = '';

  /** Opt-in deep links: keeps the selection, window, filters and search in the URL hash under this key (empty: the element's id, else `timeline`), restored on load and on back/forward (timelines with different keys share one hash); absent: off. */
  @property() history: string | null = null;

  /** Replacements for the element's own texts, over those of the locale's language (`noEvents`, `loading`, …; see `TimelineStrings`); plural texts take `{ one, few, many, other }` with `{n}`. */
  @property({ attribute: false }) strings: Partial<TimelineStrings> = {};

  constructor() {
    super();
    // Registers itself with the host; nothing else needs to hold it.
    new KeyboardController(this, this.view, {
      ids: () => this.navigableIds(),
      timeOf: (id) => {
        const when = this.plot.cluster(id) ?? this.eventById(id)?.when;
        return when && (when.lo + when.hi) / 2;
      },
      focus: (id) => this.focusEvent(id),
      canZoom: () => !this.vertical,
      isRtl: () => this.language.rtl,
    });
    this.addEventListener('focusin', this.onFocusin);
  }

  /** Every input item that was not drawn, or was drawn with a warning, with the reason (a copy). */
  get problems(): Problem[] {
    return [...this.data.problems];
  }

  /** The events as drawn: cleaned, sorted by time, with unique ids and parsed dates. */
  get normalizedEvents(): readonly NormalizedEvent[] {
    return this.data.events;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.markupObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.markupObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.loader.load(this.src);
    if (!this.src && (changed.has('events') || changed.has('src') || this.markupChanged)) {
      this.useData(hasEvents(this.events) ? this.events : fromMarkup(this));
    }
    this.markupChanged = false;
    if (changed.has('start') || changed.has('end')) this.view.chosen = windowFrom(this.start, this.end);
    this.measurer.setFont(getComputedStyle(this).font);
    this.eventHadFocus = !!this.renderRoot.querySelector?.('button[data-id]:focus');
  }

  protected override updated(): void {
    // Zooming or filtering removed the focused event: keep focus in the list, on its tab stop.
    if (this.eventHadFocus && !this.renderRoot.querySelector('button[data-id]:focus')) {
      this.renderRoot.querySelector<HTMLElement>('button[data-id][tabindex="0"]')?.focus({ preventScroll: true });
    }
    this.deepLink.save(this.viewState());
    this.gestures.attach(this.renderRoot.querySelector<HTMLElement>('.plot') ?? undefined);
    if (!this.dataChanged) return;
    this.dataChanged = false;
    this.dispatchEvent(new SanctionsTimelineLoadEvent({ count: this.data.events.length, problems: this.problems }));
  }

  /** Opens the event with this id in the panel, or closes the panel with `null`; fires no event. */
  select(id: string | null): void {
    this.selected = id ?? '';
  }

  /** Shows the window from `start` to `end` (ISO strings or Dates), kept within the zoom limits (all events with a margin, at least one hour); fires no event. */
  zoomTo(start: string | Date, end: string | Date): void {
    const window = windowFrom(start, end);
    this.view.set(window && this.limits ? clampWindow(window, this.limits) : window);
  }

  /** Shows all events again; fires no event. */
  fit(): void {
    this.view.set(undefined);
  }

  private get limits(): WindowLimits | undefined {
    const extent = this.extentOf(this.data.events);
    return extent && { extent, minSpan: MIN_SPAN };
  }

  private eventById(id: string): NormalizedEvent | undefined {
    return this.byId(this.data.events).get(id);
  }

  private get vertical(): boolean {
    return this.layout === 'vertical' || (this.layout === 'auto' && this.size.width > 0 && this.size.width < VERTICAL_BELOW);
  }

  /** The data file's categories with the property's over them (the same object while neither changes). */
  private get categoryMap(): Categories {
    return this.mergedCategories(this.data.categories, this.categories);
  }

  private categoryLabel = (key: string): string => this.categoryMap[key]?.label ?? key;

  /** A user activates an event or a cluster, or closes the panel (null). */
  private activate(id: string | null): void {
    const cluster = id === null ? undefined : this.plot.cluster(id);
    if (!cluster) return this.userSelect(id);
    const window = this.view.visible;
    // Already zoomed in all the way: the events share an hour, so open the first to walk them.
    if (window && window[1] - window[0] <= MIN_SPAN * 1.01) return this.userSelect(this.plot.members(cluster)[0]!.id);
    const pad = Math.max((cluster.hi - cluster.lo) * 0.1, MIN_SPAN / 2);
    this.view.user(clampWindow([cluster.lo - pad, cluster.hi + pad], this.limits!), true);
  }

  /** A user opens or closes an event: update, tell listeners, and move focus where it belongs. */
  private userSelect(id: string | null): void {
    const closing = this.selected;
    const event = (id === null ? undefined : this.eventById(id)) ?? null;
    this.selected = event ? event.id : '';
    if (event) this.focusId = event.id;
    this.dispatchEvent(new SanctionsTimelineSelectEvent({ id: event ? event.id : null, event }));
    void this.updateComplete.then(() => {
      if (event) this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
      else this.focusButton(closing);
    });
  }

  /** Moves keyboard focus to an event or cluster, panning the window to reveal it if needed. */
  private focusEvent(id: string): void {
    const when = this.plot.cluster(id) ?? this.eventById(id)?.when;
    if (!when) return;
    this.focusId = id;
    if (!this.vertical) this.view.reveal(when.lo, when.hi);
    void this.updateComplete.then(() => this.focusButton(id));
  }

  private focusButton(id: string): void {
    // preventScroll: the plot clips its lanes; scrolling it would shift every mark.
    this.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: !this.vertical });
  }

  private onFocusin = (event: FocusEvent): void => {
    const button = (event.composedPath()[0] as Element).closest?.<HTMLElement>('button[data-id]');
    if (button && button.dataset.id !== this.focusId) this.focusId = button.dataset.id!;
  };

  /**
   * Ids the arrow keys walk through, in time order: the shown (not filtered-out) events; in the
   * horizontal plot, a cluster stands once for the events it holds at the current zoom.
   */
  private navigableIds(): string[] {
    if (!this.vertical) return this.plot.units();
    return this.filtered(this.data, this.filter, this.categoryMap).shown.map((event) => event.id);
  }

  private useData(input: unknown): void {
    this.data = normalize(input);
    this.dataChanged = true;
    this.requestUpdate();
  }

  private viewState(): ViewState {
    const view: ViewState = {};
    if (this.selected) view.selected = this.selected;
    if (this.view.chosen) [view.start, view.end] = [this.start, this.end];
    if (this.filter.hiddenCategories.size) view.hidden = [...this.filter.hiddenCategories];
    if (this.filter.query) view.query = this.filter.query;
    return view;
  }

  private restoreView(view: ViewState): void {
    this.selected = view.selected ?? '';
    this.start = view.start ?? '';
    this.end = view.end ?? '';
    this.filter = { hiddenCategories: new Set(view.hidden ?? []), query: view.query ?? '' };
  }

  private toggleCategory = (key: string): void => {
    const hidden = new Set(this.filter.hiddenCategories);
    if (!hidden.delete(key)) hidden.add(key);
    this.filter = { ...this.filter, hiddenCategories: hidden };
  };

  /** The locale's built-in texts with the page's replacements over them. */
  private get texts(): TimelineStrings {
    return { ...stringsFor(this.resolvedLocale), ...this.strings };
  }

  /** The language dates and texts are shown in (see `LanguageController`). */
  private get resolvedLocale(): string {
    return this.language.locale;
  }

  protected override render() {
    const strings = this.texts;
    const locale = this.resolvedLocale;
    const load = this.loader.state;
    if (load.status === 'loading') return renderLoading(strings);
    if (load.status === 'error') return renderLoadError(load, strings, () => this.loader.retry());
    const notice = renderProblems(this.data, strings, locale);
    const window = this.view.visible;
    if (!window) return html`${notice}${renderEmpty(strings)}`;
    const all = this.data.events;
    const colorOf = this.colorsOf(this.data.events, this.categoryMap);
    const { shown, matches, ids: visibleIds } = this.filtered(this.data, this.filter, this.categoryMap);
    const limits = this.limits!;
    const plot = this.vertical ? undefined : this.layoutPlot(shown, window, limits.extent[1]);
    // What the count says is shown: the search dims non-matching events on screen, but leaves them out of files and print.
    const listed = () => (matches ? shown.filter((event) => matches.has(event.id)) : shown);
    const exportBar = renderExport({
      strings,
      events: listed,
      meta: () => ({ title: this.data.title, description: this.data.description, categories: this.categoryMap }),
    });
    const query = this.filter.query;
    const common = {
      locale,
      rtl: this.language.rtl,
      colorOf,
      selected: this.selected,
      tabStop: plot ? plotTabStop(plot, [this.focusId, this.selected]) : ([this.focusId, this.selected].find((id) => visibleIds.has(id)) ?? shown[0]?.id ?? ''),
      matches,
      label: this.data.title ?? strings.eventsLabel,
      renderTitle: (event: NormalizedEvent) => (query ? renderHighlighted(event.title, highlightRanges(event.title, query)) : event.title),
      onActivate: (id: string) => this.activate(id),
    };
    const openEvent = this.selected ? this.eventById(this.selected) : undefined;
    // Previous/Next walk what the arrows walk: the shown events (all of them if the open one is filtered out).
    const sequence = openEvent && visibleIds.has(openEvent.id) ? shown : all;
    const open = openEvent ? sequence.indexOf(openEvent) : -1;
    return html`${notice}
      ${renderLegend({
        counts: this.countsOf(this.data.events, this.categoryMap),
        hidden: this.filter.hiddenCategories,
        colorOf,
        query,
        shownCount: matches ? matches.size : shown.length,
        totalCount: all.length,
        locale,
        strings,
        onToggle: this.toggleCategory,
        onQuery: (text) => (this.filter = { ...this.filter, query: text }),
        onShowAll: () => (this.filter = NO_FILTER),
      })}
      ${this.vertical
        ? html`${exportBar}${renderVertical(shown, this.verticalPage(shown, common.tabStop), {
            ...common,
            strings,
            categoryLabel: this.categoryLabel,
            onPage: (direction) => this.turnPage(shown, direction),
          })}`
        : html`<div class="toolbar">${exportBar}${renderControls({
              strings,
              canZoomIn: window[1] - window[0] > limits.minSpan + 1,
              canZoomOut: !sameWindow(window, limits.extent),
              onZoom: (factor) => this.view.zoomBy(factor),
              onFit: () => this.view.user(undefined, true),
            })}</div>
            ${renderHorizontal(plot!, window, {
              ...common,
              strings,
              eventAt: (index) => shown[index]!,
              membersOf: (cluster) => this.plot.members(cluster),
              width: this.size.width,
              animate: this.view.animate,
            })}`}
      ${open === -1
        ? nothing
        : renderPanel(openEvent!, {
            locale,
            strings,
            colorOf,
            categoryLabel: this.categoryLabel,
            previous: sequence[open - 1],
            next: sequence[open + 1],
            hiddenByFilter: sequence === all && !visibleIds.has(openEvent!.id),
            onShow: () => (this.filter = NO_FILTER),
            onSelect: (id) => this.userSelect(id),
            onKeydown: this.onPanelKeydown,
          })}
      ${this.print.printing
        ? renderPrintList(listed(), { locale, strings, heading: common.label, totalCount: all.length, categoryLabel: this.categoryLabel })
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.view.announcement}</div>`;
  }

  /** The page of cards holding the tab stop (the focused or open event), in the narrow layout. */
  private verticalPage(shown: readonly NormalizedEvent[], tabStop: string): [number, number] {
    return pageAround(this.positions(shown).get(tabStop) ?? 0, shown.length);
  }

  /** Shows the page before or after, moving the tab stop to its first card. */
  private turnPage(shown: readonly NormalizedEvent[], direction: -1 | 1): void {
    const [from] = this.verticalPage(shown, this.focusId || this.selected);
    const first = shown[Math.max(0, from + direction * PAGE_SIZE)];
    if (first) this.focusEvent(first.id);
  }

  /** The horizontal plot's layout for this window (nothing is drawn until the width is known). */
  private layoutPlot(shown: readonly NormalizedEvent[], window: TimeWindow, end: number): PlotLayout {
    const width = Math.max(this.size.width, 1);
    const labelWidths = this.widthsOf(shown, this.measurer.font);
    return this.plot.layout({ events: shown, labelWidths, end, window, width });
  }

  private onPanelKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.userSelect(null);
  };
}

/** The plot's tab stop: the first of `preferred` that is drawn, else the earliest drawn event or cluster. */
function plotTabStop(plot: PlotLayout, preferred: readonly string[]): string {
  const drawn = [...plot.marks.map((mark) => ({ id: mark.event.id, x: mark.markX0 })), ...plot.clusters.map(({ cluster, x0 }) => ({ id: cluster.id, x: x0 }))];
  const found = preferred.find((id) => id && drawn.some((item) => item.id === id));
  return found ?? drawn.reduce<{ id: string; x: number } | undefined>((first, item) => (first && first.x <= item.x ? first : item), undefined)?.id ?? '';
}

/** True when `events` holds something to read (a non-empty list or non-blank JSON text). */
function hasEvents(events: readonly TimelineEvent[] | string): boolean {
  return typeof events === 'string' ? events.trim() !== '' : events.length > 0;
}

/** The window [start, end) two dates describe (end inclusive of its unit), or undefined. */
function windowFrom(start: string | Date, end: string | Date): TimeWindow | undefined {
  const from = parseDate(start);
  const to = parseDate(end);
  if ('error' in from || 'error' in to) return undefined;
  const window: TimeWindow = [from.start, to.end];
  return window[1] > window[0] ? window : undefined;
}

