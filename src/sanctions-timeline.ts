import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { scaleUtc } from 'd3-scale';
import { categoryColors } from './categories.js';
import { ResizeController } from './controllers/resize-controller.js';
import { SrcController } from './controllers/src-controller.js';
import { SanctionsTimelineErrorEvent, SanctionsTimelineLoadEvent, SanctionsTimelineSelectEvent } from './events.js';
import { fitDomain } from './layout/domain.js';
import { layoutMarks } from './layout/marks.js';
import { axisTicks } from './layout/ticks.js';
import { parseDate } from './model/dates.js';
import { fromMarkup } from './model/formats/markup.js';
import { normalize } from './model/normalize.js';
import type { Categories, NormalizedData, NormalizedEvent, Problem, TimelineEvent } from './model/types.js';
import { ENGLISH, type TimelineStrings } from './strings.js';
import { styles } from './sanctions-timeline.styles.js';
import { renderAxis } from './view/axis.js';
import { LANE_HEIGHT, renderMarks } from './view/marks.js';
import { TextMeasurer } from './view/measure.js';
import { renderEmpty, renderLoadError, renderLoading, renderProblems } from './view/notices.js';
import { renderPanel } from './view/panel.js';
import { panelStyles } from './view/panel.styles.js';

/**
 * An interactive, accessible timeline of dated events on a UTC time axis. Each date is shown and
 * drawn at the precision it was written with; labels never overlap; width follows the container.
 *
 * @summary Draws dated events — points, month/year bands and ranges — on a d3 time scale.
 *
 * Data comes in one of three ways; when several are given, `src` wins, then `events`, then the
 * list written inside the tag (which stays readable where JavaScript does not run).
 *
 * @fires sanctions-timeline-load - After every change of the data. `detail`: `{ count, problems }`.
 * Activating an event (click, tap, Enter) opens a panel to read it: date at its precision,
 * category, summary, quote, actors and sources as links. Escape closes it and returns focus.
 *
 * @fires sanctions-timeline-select - When the user opens or closes an event. `detail`: `{ id, event }`.
 * @fires sanctions-timeline-error - When `src` could not be loaded or parsed. `detail`: `{ message, url, status? }`.
 *
 * @csspart axis - The time axis with its tick labels.
 * @csspart event - The button of one event (label and mark).
 * @csspart label - An event's title.
 * @csspart marker - The dot of a point event.
 * @csspart range - The bar of a range, or the band of a date known only to its month or year.
 * @csspart panel - The panel of the open event.
 * @csspart notice - The notice of events that could not be shown, or of a failed load.
 * @csspart retry - The Retry button of a failed load.
 *
 * @slot - An `<ol>` or `<ul>` of events as plain HTML (see README, "Data formats"); read, not shown.
 *
 * @cssproperty --sanctions-timeline-font-family - Font of all text.
 * @cssproperty --sanctions-timeline-font-size - Size of labels and ticks (default 13px).
 * @cssproperty --sanctions-timeline-color - Text colour.
 * @cssproperty --sanctions-timeline-muted-color - Colour of tick labels and secondary text.
 * @cssproperty --sanctions-timeline-background - Background of the element.
 * @cssproperty --sanctions-timeline-grid-color - Colour of the axis line and grid lines.
 * @cssproperty --sanctions-timeline-mark-color - Colour of marks without a category.
 * @cssproperty --sanctions-timeline-focus-color - Colour of the focus ring.
 * @cssproperty --sanctions-timeline-error-color - Colour of problem notices.
 * @cssproperty --sanctions-timeline-notice-background - Background of notices.
 * @cssproperty --sanctions-timeline-panel-background - Background of the detail panel.
 * @cssproperty --sanctions-timeline-link-color - Colour of source links.
 * @cssproperty --sanctions-timeline-palette-1 - First of eight category colours (…-palette-8).
 * @cssproperty --sanctions-timeline-category-<key> - Colour of one category, e.g. `--sanctions-timeline-category-sanction`.
 */
export class SanctionsTimeline extends LitElement {
  static override styles = [styles, panelStyles];

  private readonly size = new ResizeController(this);
  private readonly measurer = new TextMeasurer();
  private readonly loader = new SrcController(this, {
    loaded: (data) => this.useData(data),
    failed: (detail) => {
      this.useData([]);
      this.dispatchEvent(new SanctionsTimelineErrorEvent(detail));
    },
  });
  private readonly markupObserver = new MutationObserver(() => {
    this.markupChanged = true;
    this.requestUpdate();
  });
  private data: NormalizedData = normalize([]);
  private dataChanged = false;
  private markupChanged = false;

  /** The events: an array of event objects, or (as the attribute) a JSON string of one. */
  @property() events: readonly TimelineEvent[] | string = [];

  /** URL of a JSON (our format, a bare array or TimelineJS3) or CSV file to load the events from. */
  @property() src = '';

  /** BCP 47 language tag for dates and text; default: the nearest `lang` attribute, then the browser's. */
  @property() locale = '';

  /** Category labels and colours; entries here override those in the data file. */
  @property({ attribute: false }) categories: Categories = {};

  /** Start of the visible window (ISO date); empty fits all events. */
  @property() start = '';

  /** End of the visible window (ISO date); empty fits all events. */
  @property() end = '';

  /** Id of the open event (its panel is shown); empty when none. Setting it fires nothing. */
  @property({ reflect: true, converter: { toAttribute: (id: string) => id || null } }) selected = '';

  /** Replacements for the element's own texts (see `TimelineStrings`). */
  @property({ attribute: false }) strings: Partial<TimelineStrings> = {};

  /** Every input item that was not drawn (or was drawn with a warning), with why. */
  get problems(): Problem[] {
    return [...this.data.problems];
  }

  /** The events as drawn: normalized, sorted, with unique ids. */
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
    this.measurer.setFont(getComputedStyle(this).font);
  }

  protected override updated(): void {
    if (!this.dataChanged) return;
    this.dataChanged = false;
    this.dispatchEvent(new SanctionsTimelineLoadEvent({ count: this.data.events.length, problems: this.problems }));
  }

  /** Opens the event with this id, or closes the panel with null (fires nothing: code, not user). */
  select(id: string | null): void {
    this.selected = id ?? '';
  }

  /** A user opens or closes an event: update, tell listeners, and move focus where it belongs. */
  private userSelect(id: string | null): void {
    const closing = this.selected;
    const event = this.data.events.find((candidate) => candidate.id === id) ?? null;
    this.selected = event ? event.id : '';
    this.dispatchEvent(new SanctionsTimelineSelectEvent({ id: event ? event.id : null, event }));
    void this.updateComplete.then(() => {
      const target = event ? '#panel-title' : `button[data-id="${CSS.escape(closing)}"]`;
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    });
  }

  private onPanelKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.userSelect(null);
  };

  private useData(input: unknown): void {
    this.data = normalize(input);
    this.dataChanged = true;
    this.requestUpdate();
  }

  /** The language dates and texts are shown in. */
  private get resolvedLocale(): string {
    return this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language;
  }

  /** The visible window: `start`/`end` when both are dates, else all events with a margin. */
  private window(): [number, number] | undefined {
    const start = parseDate(this.start);
    const end = parseDate(this.end);
    if (!('error' in start) && !('error' in end) && end.end > start.start) return [start.start, end.end];
    return fitDomain(this.data.events);
  }

  protected override render() {
    const strings = { ...ENGLISH, ...this.strings };
    const locale = this.resolvedLocale;
    const load = this.loader.state;
    if (load.status === 'loading') return renderLoading(strings);
    if (load.status === 'error') return renderLoadError(load.message, strings, () => this.loader.retry());
    const notice = renderProblems(this.data, strings, locale);
    const window = this.window();
    if (!window) return html`${notice}${renderEmpty(strings)}`;
    const width = this.size.width;
    const scale = scaleUtc().domain(window).range([0, width]);
    const { marks, laneCount } = layoutMarks(this.data.events, scale, { width, measure: this.measurer.measure });
    const categories = { ...this.data.categories, ...this.categories };
    const colorOf = categoryColors(categories, this.data.events);
    const events = this.data.events;
    const open = events.findIndex((event) => event.id === this.selected);
    const onSelect = (id: string | null) => this.userSelect(id);
    return html`${notice}
      <div class="plot">
        ${renderAxis(axisTicks(scale, width, locale))}
        <div class="lanes" style=${styleMap({ height: `${laneCount * LANE_HEIGHT + 8}px` })}>
          ${renderMarks(marks, {
            locale,
            colorOf,
            selected: this.selected,
            label: this.data.title ?? strings.eventsLabel,
            onActivate: onSelect,
          })}
        </div>
      </div>
      ${open === -1
        ? nothing
        : renderPanel(events[open]!, {
            locale,
            strings,
            colorOf,
            categoryLabel: (key) => categories[key]?.label ?? key,
            previous: events[open - 1],
            next: events[open + 1],
            onSelect,
            onKeydown: this.onPanelKeydown,
          })}`;
  }
}

/** True when `events` holds something to read (a non-empty list or non-blank JSON text). */
function hasEvents(events: readonly TimelineEvent[] | string): boolean {
  return typeof events === 'string' ? events.trim() !== '' : events.length > 0;
}
