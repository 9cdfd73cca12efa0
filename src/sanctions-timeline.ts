import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BrushController } from './controllers/brush-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { GestureController } from './controllers/gesture-controller.js';
import { HashController } from './controllers/hash-controller.js';
import { IdleController } from './controllers/idle-controller.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import { LaneScrollController } from './controllers/lane-scroll-controller.js';
import { LanguageController } from './controllers/language-controller.js';
import { MarkupController } from './controllers/markup-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { SrcController } from './controllers/src-controller.js';
import { ViewChangeController } from './controllers/view-change-controller.js';
import { SanctionsTimelineErrorEvent, SanctionsTimelineLoadEvent, SanctionsTimelineSelectEvent } from './events.js';
import { sameWindow } from './layout/window.js';
import { fromMarkup } from './model/formats/markup.js';
import { normalize } from './model/normalize.js';
import { hasEvents } from './model/unwrap.js';
import type { Categories, NormalizedData, NormalizedEvent, Problem, TimelineEvent } from './model/types.js';
import { styles } from './sanctions-timeline.styles.js';
import { SceneDeriver, type Scene } from './state/scene.js';
import { timelineActions, type ActionHost } from './state/actions.js';
import { focusedOn, showWindow } from './state/transitions.js';
import { fromLink, INITIAL_VIEW, toLink, windowFrom, WindowAttributes, type ViewState } from './state/view-state.js';
import type { TimelineStrings } from './strings.js';
import { announceWindow } from './view/announce.js';
import { TextMeasurer } from './view/measure.js';
import { renderTimeline, timelineSvg } from './view/timeline.js';

/**
 * An interactive, accessible timeline of dated events on a UTC time axis, each date drawn as the record says it (precision, approximate, uncertain, open), labels never overlapping, in lanes by group, category, actor or tag.
 * Data comes from `src` (which wins), `events`, or an `<ol>`/`<ul>` written inside the tag (read as data, not slotted, so it stays readable without JavaScript); every input item is drawn or listed in `problems`.
 * Readers open events in a panel, zoom and pan by wheel, pinch, drag, keys, buttons or the overview's brush, filter and search, download the shown events and a picture of the view, and print them as a list with every source's URL. Below 600 px `layout="auto"` is vertical.
 *
 * @summary Draws dated events — points, month/year bands and ranges — on a d3 time scale.
 *
 * @fires {SanctionsTimelineLoadEvent} sanctions-timeline-load - After every change of the data (property, attribute, `src`, markup), once for all the files of `src`; not when none loaded. `detail`: `{ count, problems }` (with several files, each problem's `source` is its file's URL).
 * @fires {SanctionsTimelineErrorEvent} sanctions-timeline-error - For each file of `src` that could not be loaded or parsed. `detail`: `{ message, url, status? }` (`url` the file's, `status` for HTTP errors).
 * @fires {SanctionsTimelineSelectEvent} sanctions-timeline-select - When the user opens or closes an event. `detail`: `{ id, event }` (both `null` on close).
 * @fires {SanctionsTimelineViewChangeEvent} sanctions-timeline-view-change - When the user zooms or pans, at most once per animation frame. `detail`: `{ start, end }` (ISO date-times).
 *
 * @csspart axis - The time axis with its tick labels.
 * @csspart event - The button of one event: its label and mark (a card in the vertical layout).
 * @csspart label - An event's title.
 * @csspart marker - The dot of a point event.
 * @csspart range - The bar of a span, or the band of a date known only to its month, year or decade.
 * @csspart approximate - Also on a `marker` or `range` whose date is approximate (EDTF `~`, `%`): drawn with a soft edge.
 * @csspart uncertain - Also on a `marker` or `range` whose date is uncertain (EDTF `?`, `%`): drawn with a dashed ring.
 * @csspart date-key - The key to approximate, uncertain, ongoing and half-known dates, shown when the data has them.
 * @csspart overview - The overview strip: events per bin of time across the whole extent, by category.
 * @csspart brush - The visible window on the overview strip: drag it, its edges or use the arrow keys to move it.
 * @csspart lane - One row of lanes (`lanes`): its header over its own rows of labels and clusters, or its density strip when collapsed; in the vertical layout, a lane's section of cards.
 * @csspart lane-header - A lane's name and count of shown events: a button (`aria-expanded`) that collapses the lane to a density strip and expands it; in the vertical layout, the heading over its cards.
 * @csspart cluster - A "+N" button standing for events that did not fit at this zoom; activating it zooms to their span.
 * @csspart panel - The panel of the open event.
 * @csspart legend - Search box, category toggles and the count of shown events.
 * @csspart controls - The zoom buttons.
 * @csspart export - The download buttons (JSON and CSV of the shown events, and the picture of the view as SVG or PNG).
 * @csspart notice - The notice of events that could not be shown, or of a failed load.
 * @csspart retry - The Retry button of a failed load (one beside each file of `src` that failed).
 *
 * @cssproperty --sanctions-timeline-font-family - Font of all text.
 * @cssproperty --sanctions-timeline-font-size - Size of labels, ticks and the element's texts.
 * @cssproperty --sanctions-timeline-radius - Corner radius of buttons, notices, cards and the panel.
 * @cssproperty --sanctions-timeline-color - Text colour.
 * @cssproperty --sanctions-timeline-muted-color - Colour of tick labels, secondary and non-matching text.
 * @cssproperty --sanctions-timeline-plot-height - Tallest the lanes are drawn before they scroll (only the lanes in view are in the DOM).
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
 * @cssproperty --sanctions-timeline-palette-8 - Eighth category colour.
 * @cssproperty --sanctions-timeline-palette-9 - Ninth category colour.
 * @cssproperty --sanctions-timeline-palette-10 - Tenth category colour.
 * @cssproperty --sanctions-timeline-palette-11 - Eleventh category colour.
 * @cssproperty --sanctions-timeline-palette-12 - Twelfth category colour.
 * @cssproperty --sanctions-timeline-palette-13 - Thirteenth category colour.
 * @cssproperty --sanctions-timeline-palette-14 - Fourteenth category colour; the fifteenth category starts again at the first.
 * @cssproperty --sanctions-timeline-category-<key> - Colour of one category, e.g. `--sanctions-timeline-category-sanction`; wins over `categories` and the palette. Not declared: set it to use it.
 */
export class SanctionsTimeline extends LitElement {
  static override styles = styles;

  private readonly size = new ResizeController(this);
  private readonly language = new LanguageController(this, () => this.locale);
  private readonly measurer = new TextMeasurer();
  private readonly scenes = new SceneDeriver();
  private readonly loader = new SrcController(this, {
    src: () => this.src,
    loaded: (data) => this.useData(data),
    failed: (detail, partial) => {
      // Nothing loaded: clear the drawing without a load event (the error event says why). Else the other files' events stay.
      if (!partial) this.data = normalize([]);
      this.dispatchEvent(new SanctionsTimelineErrorEvent(detail));
    },
  });
  private readonly viewChanges = new ViewChangeController(this, { window: () => this.scene.window, describe: () => announceWindow(this.scene) });
  private readonly focusing = new FocusController(this, { focused: (id, lane) => (this.view = focusedOn(this.view, id, lane)), mayScroll: () => this.scene.vertical });
  // Rendering at once on `beforeprint`: see PrintController.
  private readonly print = new PrintController(this, () => this.performUpdate());
  private readonly markup = new MarkupController(this);
  private readonly laneScroll = new LaneScrollController(this, { laneTop: () => this.view.laneTop, scrolled: (top) => this.actions.scrollLanes(top) });
  /** What the keys and the drawing's buttons read and change: the view state, through `commit`. */
  private readonly viewHost: ActionHost = {
    current: () => ({ view: this.view, scene: this.scene }),
    commit: (next, moveFocus) => this.commit(next, moveFocus),
    retry: () => this.loader.retry(),
  };
  private readonly actions = timelineActions(this.viewHost);
  private data: NormalizedData = normalize([]);
  private dataChanged = false;
  private readonly windowText = new WindowAttributes();

  /** What the reader sees: window, open event, tab stop, filters. The one owner of view state. */
  @state() private view: ViewState = INITIAL_VIEW;

  /** The events: an array of event objects, or (as the attribute) JSON text of an array or of `{ "events": [...] }`. */
  @property() events: readonly TimelineEvent[] | string = [];

  /** URL(s) of the files to load the events from — JSON (ours, a bare array, TimelineJS3 or 2), CSV (ours, TimelineJS's sheet), a sanctions list; several URLs separated by white space are loaded and merged; setting it loads again, cancelling a load in flight. */
  @property() src = '';

  /** BCP 47 language tag of dates, numbers and the element's texts (English and Russian built in, others get English); empty: the nearest `lang` attribute, then the browser's language. */
  @property() locale = '';

  /** Category labels and colours (`Record<string, { label, color? }>`); entries here override those of a data file. */
  @property({ attribute: false }) categories: Categories = {};

  /** `auto` (vertical when the element is narrower than 600 px), `horizontal` or `vertical`. */
  @property({ reflect: true }) layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Hides the overview strip (the density of all events, with the visible window as a brush on it). */
  @property({ type: Boolean, attribute: 'no-overview', reflect: true }) noOverview = false;

  /** What makes the rows: `group`, `category`, `actors`, `tags` (an event with several is drawn in each of its lanes, still one event) or `none`; empty: `group` when any event has one, else none. */
  @property() lanes = '';

  /** The order of the lanes: `first` (by their first event, the default), `name` (collated in the locale) or `count` (largest first); events without a value come last. */
  @property({ attribute: 'lane-order' }) laneOrder = 'first';

  /** The level (1–5) of the element's top headings (the open event's title, the printed list's), so they fit the page's outline; sub-headings go one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Opt-in deep links: keeps the selection, window, filters and search in the URL hash under this key (empty: the element's id, else `timeline`), restored on load and on back/forward (timelines with different keys share one hash); absent: off. */
  @property() history: string | null = null;

  /** Replacements for the element's own texts, over those of the locale's language (`noEvents`, `loading`, …; see `TimelineStrings`); plural texts take `{ one, few, many, other }` with `{n}`. */
  @property({ attribute: false }) strings: Partial<TimelineStrings> = {};

  constructor() {
    super();
    // Each registers itself with the host; nothing else needs to hold them.
    new KeyboardController(this, this.viewHost);
    new IdleController(this, () => this.scenes.prepareAhead(this.scene));
    new GestureController(this, { ...this.viewHost, target: () => this.renderRoot.querySelector<HTMLElement>('.plot') ?? undefined });
    new BrushController(this, { ...this.viewHost, target: () => this.renderRoot.querySelector<HTMLElement>('.overview') ?? undefined });
    new HashController(this, {
      key: () => (this.history === null || this.history === undefined ? undefined : this.history || this.id || 'timeline'),
      current: () => toLink(this.view),
      restore: (link) => this.setView(fromLink(this.view, link)),
    });
  }

  /** Id of the open event, whose panel is shown; empty when none. Setting it fires nothing. @default '' */
  @property({ reflect: true, converter: { toAttribute: (id: string) => id || null } })
  get selected(): string {
    return this.view.selected;
  }
  set selected(id: string) {
    this.view = { ...this.view, selected: id ?? '' };
  }

  /** Start of the visible window (ISO 8601); applies with a valid `end` after it, else all events fit. Updated as the user zooms and pans. @default '' */
  @property()
  get start(): string {
    return this.windowText.read(this.view, 'start');
  }
  set start(value: string) {
    this.view = this.windowText.write(this.view, 'start', value);
  }

  /** End of the visible window (ISO 8601, inclusive of its unit: `2018-12` shows all of December); empty fits all events. Updated as the user zooms and pans. @default '' */
  @property()
  get end(): string {
    return this.windowText.read(this.view, 'end');
  }
  set end(value: string) {
    this.view = this.windowText.write(this.view, 'end', value);
  }

  /** Every input item that was not drawn, or was drawn with a warning, with the reason (a copy). */
  get problems(): Problem[] { return [...this.data.problems]; }

  /** The events as drawn: cleaned, sorted by time, with unique ids and parsed dates. */
  get normalizedEvents(): readonly NormalizedEvent[] { return this.data.events; }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const markupChanged = this.markup.takeChange();
    if (!this.src && (changed.has('events') || changed.has('src') || markupChanged)) {
      this.useData(hasEvents(this.events) ? this.events : fromMarkup(this));
    }
    this.measurer.setFont(getComputedStyle(this).font);
  }

  // The texts of a language other than English load on demand: updateComplete waits until they are drawn.
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.language.ready;
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    if (!this.dataChanged) return;
    this.dataChanged = false;
    this.dispatchEvent(new SanctionsTimelineLoadEvent({ count: this.data.events.length, problems: this.problems }));
  }

  /** Opens the event with this id in the panel, or closes the panel with `null`; fires no event. */
  select(id: string | null): void { this.selected = id ?? ''; }

  /** Shows the window from `start` to `end` (ISO strings or Dates), kept within the zoom limits (all events with a margin, at least one hour); fires no event. */
  zoomTo(start: string | Date, end: string | Date): void { this.setView(showWindow(this.view, this.scene, windowFrom(start, end))); }

  /** Shows all events again; fires no event. */
  fit(): void { this.setView(showWindow(this.view, this.scene, undefined)); }

  /** The current view as a standalone SVG: title, window, count, legend, axis, events and clusters in the theme's colours, and a line crediting the data; data text is escaped, never markup. */
  toSVG(): string { return timelineSvg(this.scene, this, this.loader.state); }

  /** What is drawn now: derived from the data, the view state and the environment (cached while they stay). */
  private get scene(): Scene {
    const { size, language, measurer, print } = this;
    return this.scenes.derive({
      data: this.data,
      categories: this.categories,
      strings: this.strings,
      layout: this.layout,
      overview: !this.noOverview,
      headingLevel: this.headingLevel,
      lanes: this.lanes,
      laneOrder: this.laneOrder,
      view: this.view,
      env: { plotHeight: this.laneScroll.height, width: size.width, locale: language.locale, rtl: language.rtl, texts: language.texts, printing: print.printing, font: measurer.font, measure: measurer.measure },
    });
  }

  /** The view state set by code, a link or the reader (see `commit`); a changed `selected` is reflected. */
  private setView(next: ViewState): void {
    const { selected } = this.view;
    this.windowText.forget();
    this.view = next;
    if (next.selected !== selected) this.requestUpdate('selected', selected);
  }

  /**
   * Applies the reader's change of the view, then what follows from it: the select event and
   * focus on the panel (or back on the closed event), focus on the event moved to, the
   * view-change event and announcement when the window moved.
   */
  private commit(next: ViewState, moveFocus = false): void {
    const before = this.scene;
    if (next === before.view) return;
    this.setView(next);
    if (next.selected !== before.view.selected) {
      const event = this.scene.byId.get(next.selected) ?? null;
      this.dispatchEvent(new SanctionsTimelineSelectEvent({ id: event ? event.id : null, event }));
      if (event) this.focusing.toPanel();
      else this.focusing.toEvent(before.view.selected, before.view.focusLane);
    } else if (moveFocus) this.focusing.toEvent(next.focus, next.focusLane);
    const window = this.scene.window;
    if (window && !(before.window && sameWindow(before.window, window))) this.viewChanges.moved();
  }

  private useData(input: unknown): void {
    this.data = normalize(input);
    this.dataChanged = true;
    this.requestUpdate();
  }

  protected override render() {
    return renderTimeline(this.scene, this.loader.state, this.viewChanges.announcement, this.actions);
  }
}
