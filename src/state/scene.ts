import { binEvents, type Bins } from '../layout/bins.js';
import { fitDomain } from '../layout/domain.js';
import { labelWidths } from '../layout/label-widths.js';
import { DEFAULT_PLOT_HEIGHT } from '../layout/sizes.js';
import { cardAt, cardCount, laneCards, cardTabStop, type LaneCards } from '../layout/lane-pages.js';
import { LanePlotLayouts, type LanePlot } from '../layout/lane-plot.js';
import { assignLanes, laneKeyOf, laneOrderOf, shownInLanes, type Lane, type LaneKey, type LaneOrder } from '../layout/lanes.js';
import { pageAround } from '../layout/pages.js';
import { plotTabStop, PlotLayouts, type PlotLayout } from '../layout/plot.js';
import { clampWindow, MIN_SPAN, sameWindow, type TimeWindow, type WindowLimits } from '../layout/window.js';
import type { Categories, NormalizedData, NormalizedEvent } from '../model/types.js';
import { readCategories } from '../model/unwrap.js';
import { replaceStrings, type TimelineStrings } from '../strings.js';
import { categoryColors, PALETTE_SIZE } from './category-colors.js';
import { dateKinds, type DateKinds } from './date-kinds.js';
import { applyFilter, categoryCounts, type CategoryCount, type EventFilter } from './filter.js';
import { memoizeLast } from './memo.js';
import { laneTabStop } from './lane-navigation.js';
import type { ViewState } from './view-state.js';

/** `auto` turns vertical below `VERTICAL_BELOW` pixels of width. */
export type LayoutChoice = 'auto' | 'horizontal' | 'vertical';

/** How many zoom levels finer than the one drawn are placed ahead of time: two presses of + (a wheel notch is less than one level). */
const AHEAD = 8;

/** Below this element width, `layout="auto"` turns vertical. */
export const VERTICAL_BELOW = 600;

/** What the page and the browser decide about the drawing: size, language, fonts, print. */
export interface Environment {
  /** The element's width in CSS pixels (0 until measured). */
  readonly width: number;
  /** BCP 47 tag of dates, numbers and texts. */
  readonly locale: string;
  /** Whether time runs right to left. */
  readonly rtl: boolean;
  /** Whether the page is being printed (the print list is drawn). */
  readonly printing: boolean;
  /** The CSS font labels are drawn in: widths measured in another font are stale. */
  readonly font: string;
  /** The width of a text in that font, in CSS pixels. */
  readonly measure: (text: string) => number;
  /** The element's built-in texts in its language (as loaded so far: see LanguageController). */
  readonly texts: TimelineStrings;
  /** The height of the lanes' viewport in CSS pixels (0 until measured). */
  readonly plotHeight: number;
}

/** Everything a scene is derived from. */
export interface SceneInput {
  readonly data: NormalizedData;
  /** The page's categories (the `categories` property), which win over the data's own. */
  readonly categories: Categories;
  /** The page's replacements for the element's texts (the `strings` property). */
  readonly strings: Partial<TimelineStrings>;
  readonly layout: LayoutChoice;
  /** Whether the overview strip is wanted (the page may hide it: `no-overview`). */
  readonly overview: boolean;
  /** The level the element's headings start at (`heading-level`), to fit the page's outline. */
  readonly headingLevel: number;
  /** What the page makes the lanes by (`lanes`; empty: group when events have one) and their order (`lane-order`). */
  readonly lanes: string;
  readonly laneOrder: string;
  readonly view: ViewState;
  readonly env: Environment;
}

/** The overview strip: the whole extent in bins of time, what the filters and search leave counted. */
export interface Overview {
  readonly bins: Bins;
  /** The time the strip spans: the zoom limits' extent, so the brush reaches both ends. */
  readonly extent: TimeWindow;
  /** Its width in pixels (the plot's). */
  readonly width: number;
}

/** The open event, and the events Previous and Next go to. */
export interface OpenEvent {
  readonly event: NormalizedEvent;
  readonly previous: NormalizedEvent | undefined;
  readonly next: NormalizedEvent | undefined;
  /** The filters hide it: Previous and Next then walk all events, and the panel says so. */
  readonly hiddenByFilter: boolean;
}

/** What is drawn, derived from the data, the view state and the environment; views only read it. */
export interface Scene {
  readonly data: NormalizedData;
  readonly view: ViewState;
  readonly env: Environment;
  /** The element's texts in the locale's language, with the page's replacements over them. */
  readonly strings: TimelineStrings;
  /** The level of the element's top headings (open event, print list), 1–5: sub-headings go one below. */
  readonly headingLevel: number;
  /** Accessible name of the list of events: the data's title, else the element's word for events. */
  readonly label: string;
  /** The data's categories with the page's over them. */
  readonly categories: Categories;
  readonly categoryLabel: (key: string) => string;
  /** The CSS colour of a category (undefined: events without one). */
  readonly colorOf: (key: string | undefined) => string;
  /** The categories with their event counts, in legend order. */
  readonly counts: readonly CategoryCount[];
  /** Which kinds of dates (approximate, uncertain, ongoing, unknown side) the data holds: the date key lists them. */
  readonly dateKinds: DateKinds;
  /** The event with an id (the map is built on first use). */
  readonly byId: Pick<ReadonlyMap<string, NormalizedEvent>, 'get'>;
  /** The events whose category is not switched off, in time order. */
  readonly shown: readonly NormalizedEvent[];
  /** Ids of the shown events matching the search; undefined when there is no search. */
  readonly matches: ReadonlySet<string> | undefined;
  /** What the count says is shown, and what files and print get: the shown events that match. */
  readonly listed: readonly NormalizedEvent[];
  /** Where `id` is among the shown events, or undefined when it is not shown. */
  readonly shownPosition: (id: string) => number | undefined;
  /** How far out and in the window may go; undefined while there are no events. */
  readonly limits: WindowLimits | undefined;
  /** The window drawn: the chosen one kept within the limits, else all events. */
  readonly window: TimeWindow | undefined;
  readonly canZoomIn: boolean;
  readonly canZoomOut: boolean;
  /** The narrow layout: cards down a line, a page at a time. */
  readonly vertical: boolean;
  /** What makes the lanes (`none`: one band). */
  readonly laneKey: LaneKey;
  /** The lanes, in order; empty without lanes (fewer than two make none). */
  readonly lanes: readonly Lane[];
  /** Each lane's shown events and the count of them the count says are shown, by position (lanes only). */
  readonly laneShown: readonly (readonly NormalizedEvent[])[];
  readonly laneCounts: readonly number[];
  /** The wide layout's axis, events and clusters in the window (horizontal, with events, one band). */
  readonly plot: PlotLayout | undefined;
  /** The wide layout in lanes: where each lane is and what is drawn of those in view (horizontal, with lanes). */
  readonly lanePlot: LanePlot | undefined;
  /** The overview strip with the window on it (horizontal, with events, unless hidden). */
  readonly overview: Overview | undefined;
  /** The narrow layout in lanes: each lane's shown events one after the other, the cards the pages cut (vertical, with lanes). */
  readonly laneCards: LaneCards | undefined;
  /** The page of cards drawn, as `[from, to)` into `shown`, or into `laneCards` in lanes (vertical only). */
  readonly page: readonly [number, number] | undefined;
  /** The event or cluster holding the list's one tab stop. */
  readonly tabStop: string;
  /** The lane of the tab stop's copy (lanes only). */
  readonly tabLane: string | undefined;
  readonly open: OpenEvent | undefined;
}

/**
 * Derives scenes, keeping what is costly to work out between them — and nothing else. Each
 * stage is cached on exactly what it reads: the merged categories on the two category maps,
 * colours and counts on the events and categories, the filter on the events, filter and labels,
 * label widths on the events and the font, the plot's index and placements on the events and
 * widths; the whole scene on the whole input. So a frame of a zoom redoes only the window's own
 * work (what is in view), and a transition that changes nothing gets the same scene back.
 */
export class SceneDeriver {
  private readonly plots = new PlotLayouts();
  private readonly lanePlots = new LanePlotLayouts();
  private readonly laneSet = memoizeLast(
    (events: readonly NormalizedEvent[], key: LaneKey, order: LaneOrder, categoryLabel: (key: string) => string, without: string, locale: string) =>
      assignLanes(events, key, order, { categoryLabel, without, locale }),
  );
  private readonly laneFilter = memoizeLast(laneFilterOf);
  private readonly cards = memoizeLast(laneCards);
  private readonly widthOf = memoizeLast((events: readonly NormalizedEvent[], _font: string, measure: (text: string) => number) => {
    const widths = labelWidths(events.map((event) => event.title), measure);
    const byIndex = new Float32Array(events.reduce((most, event) => Math.max(most, event.index + 1), 0));
    events.forEach((event, i) => (byIndex[event.index] = widths[i]!));
    return (event: NormalizedEvent) => byIndex[event.index]!;
  });
  private readonly texts = memoizeLast((builtIn: TimelineStrings, replaced: Partial<TimelineStrings>): TimelineStrings => replaceStrings(builtIn, replaced));
  // The page's categories are read as the data's are (any value is safe); what is left out is said once per value set.
  private readonly merge = memoizeLast((fromData: Categories | undefined, fromPage: unknown): Categories => ({
    ...fromData,
    ...readCategories(fromPage, (_, message) => console.warn(`<sanctions-timeline> categories: ${message}`)),
  }));
  private readonly legend = memoizeLast(legendOf);
  private readonly index = memoizeLast(indexOf);
  private readonly filter = memoizeLast(filterOf);
  private readonly bins = memoizeLast((listed: readonly NormalizedEvent[], extent: TimeWindow, maxBins: number, counts: readonly CategoryCount[]) =>
    binEvents(listed, extent, maxBins, stackedKeys(counts)),
  );
  private readonly kinds = memoizeLast(dateKinds);
  private readonly widths = memoizeLast((events: readonly NormalizedEvent[], _font: string, measure: (text: string) => number) =>
    labelWidths(events.map((event) => event.title), measure),
  );
  private last?: { input: SceneInput; scene: Scene };

  /** The scene for `input`; the same object as last time when nothing in it changed. */
  derive(input: SceneInput): Scene {
    if (this.last && sameInput(this.last.input, input)) return this.last.scene;
    const scene = this.compute(input);
    this.last = { input, scene };
    return scene;
  }

  /**
   * Places one zoom level of the plot ahead of the reader: up to `AHEAD` levels finer than the
   * one drawn (a press of + zooms four). True while there is more to do; for idle time.
   */
  prepareAhead(scene: Scene): boolean {
    if (scene.lanePlot) return this.lanePlots.prepare(scene.lanePlot.level + AHEAD, scene.lanePlot.inView.map((lane) => lane.position));
    return scene.plot ? this.plots.prepare(scene.plot.placement.level + AHEAD) : false;
  }

  private compute({ data, categories: fromPage, strings: replaced, layout, overview: wanted, headingLevel, lanes: lanesChoice, laneOrder, view, env }: SceneInput): Scene {
    const strings = this.texts(env.texts, replaced);
    const categories = this.merge(data.categories, fromPage);
    const { colorOf, counts, categoryLabel } = this.legend(data.events, categories);
    const { byId, limits, positionInAll } = this.index(data.events);
    const { shown, matches, listed, shownPosition } = this.filter(data.events, view.filter, categoryLabel);
    const window = limits && (view.window ? clampWindow(view.window, limits) : limits.extent);
    const vertical = layout === 'vertical' || (layout === 'auto' && env.width > 0 && env.width < VERTICAL_BELOW);
    const width = Math.max(env.width, 1);
    const laneKey = laneKeyOf(view.lanes ?? lanesChoice, data.events);
    const without = { group: strings.ungrouped, category: strings.uncategorized, actors: strings.noActor, tags: strings.noTag, none: '' }[laneKey];
    const lanes = this.laneSet(data.events, laneKey, laneOrderOf(laneOrder), categoryLabel, without, env.locale);
    const { laneShown, laneCounts } = this.laneFilter(lanes, shown, data.events, matches);
    const wide = window && limits && !vertical ? { end: limits.extent[1], window, width } : undefined;
    const plot = wide && !lanes.length ? this.plots.layout({ events: shown, labelWidths: this.widths(shown, env.font, env.measure), ...wide }) : undefined;
    const lanePlot =
      wide && lanes.length
        ? this.lanePlots.layout({
            lanes,
            shown: laneShown,
            counts: laneCounts,
            labelWidth: this.widthOf(data.events, env.font, env.measure),
            collapsed: view.collapsed,
            top: view.laneTop,
            height: env.plotHeight || DEFAULT_PLOT_HEIGHT,
            extent: limits!.extent,
            ...wide,
          })
        : undefined;
    const overview = (plot || lanePlot) && wanted ? { bins: this.bins(listed, limits!.extent, Math.floor(width / MIN_BIN_WIDTH), counts), extent: limits!.extent, width } : undefined;
    const preferred = [view.focus, view.selected];
    const laneStop = lanePlot && laneTabStop(lanePlot, view);
    const cards = window && vertical && lanes.length ? this.cards(lanes, laneShown, laneKey) : undefined;
    const cardStop = cards && cardTabStop(cards, preferred.map((id) => byId.get(id)), view.focusLane);
    const card = cards && cardStop !== undefined ? cardAt(cards, cardStop) : undefined;
    const tabStop = laneStop
      ? laneStop.id
      : card
        ? card.event.id
        : plot
        ? plotTabStop(plot, preferred)
          : (preferred.find((id) => id && shownPosition(id) !== undefined) ?? shown[0]?.id ?? '');
    return {
      data,
      view,
      env,
      strings,
      headingLevel: Math.min(5, Math.max(1, Math.round(headingLevel) || 2)),
      label: data.title ?? strings.eventsLabel,
      categories,
      categoryLabel,
      colorOf,
      counts,
      dateKinds: this.kinds(data.events),
      byId,
      shown,
      matches,
      listed,
      shownPosition,
      limits,
      window,
      canZoomIn: !!window && !!limits && window[1] - window[0] > limits.minSpan + 1,
      canZoomOut: !!window && !!limits && !sameWindow(window, limits.extent),
      vertical,
      laneKey,
      lanes,
      laneShown,
      laneCounts,
      plot,
      lanePlot,
      overview,
      laneCards: cards,
      page: window && vertical ? (cards ? pageAround(cardStop ?? 0, cardCount(cards)) : pageAround(shownPosition(tabStop) ?? 0, shown.length)) : undefined,
      tabStop,
      tabLane: laneStop?.lane ?? (card && lanes[card.position]!.key),
      open: openEvent(byId.get(view.selected), data.events, positionInAll, shown, shownPosition),
    };
  }
}

/** Each lane's shown events, and how many of them the count says are shown (those matching the search). */
function laneFilterOf(lanes: readonly Lane[], shown: readonly NormalizedEvent[], all: readonly NormalizedEvent[], matches: ReadonlySet<string> | undefined) {
  const laneShown = shownInLanes(lanes, shown, all);
  const laneCounts = laneShown.map((events) => (matches ? events.reduce((n, event) => n + (matches.has(event.id) ? 1 : 0), 0) : events.length));
  return { laneShown, laneCounts };
}

/** The narrowest a bin of the overview may be, in pixels. */
const MIN_BIN_WIDTH = 3;

/** The categories the overview stacks, the largest first: as many as the palette has colours less one; the rest go together. */
function stackedKeys(counts: readonly CategoryCount[]): Array<string | undefined> {
  return [...counts]
    .sort((a, b) => b.count - a.count)
    .slice(0, PALETTE_SIZE - 1)
    .map(({ key }) => key || undefined);
}

/** Colours, counts and labels of the categories the events fall in. */
function legendOf(events: readonly NormalizedEvent[], categories: Categories) {
  return {
    colorOf: categoryColors(categories, events),
    counts: categoryCounts(events, categories),
    categoryLabel: (key: string): string => (Object.hasOwn(categories, key) ? categories[key]!.label : key),
  };
}

/** Lookups over all events: by id and by position (each built on first use: a first render needs neither), and the zoom limits. */
function indexOf(events: readonly NormalizedEvent[]) {
  const extent = fitDomain(events);
  let ids: Map<string, NormalizedEvent> | undefined;
  return {
    byId: { get: (id: string) => (ids ??= new Map(events.map((event) => [event.id, event]))).get(id) },
    positionInAll: positions(events),
    limits: extent && { extent, minSpan: MIN_SPAN },
  };
}

/** The filter applied, with what the count and files list and where each shown event is. */
function filterOf(events: readonly NormalizedEvent[], filter: EventFilter, categoryLabel: (key: string) => string) {
  const { shown, matches } = applyFilter(events, filter, categoryLabel);
  return { shown, matches, listed: matches ? shown.filter((event) => matches.has(event.id)) : shown, shownPosition: positions(shown) };
}

/** Where an id is in `events`: a map built on first use (most frames never ask). */
function positions(events: readonly NormalizedEvent[]): (id: string) => number | undefined {
  let map: Map<string, number> | undefined;
  return (id) => (map ??= new Map(events.map((event, i) => [event.id, i]))).get(id);
}

/** The open event and its neighbours: among the shown events, or among all when the filters hide it. */
function openEvent(
  event: NormalizedEvent | undefined,
  all: readonly NormalizedEvent[],
  positionInAll: (id: string) => number | undefined,
  shown: readonly NormalizedEvent[],
  shownPosition: (id: string) => number | undefined,
): OpenEvent | undefined {
  if (!event) return undefined;
  const inShown = shownPosition(event.id);
  const [sequence, at] = inShown === undefined ? [all, positionInAll(event.id)!] : [shown, inShown];
  return { event, previous: sequence[at - 1], next: sequence[at + 1], hiddenByFilter: inShown === undefined };
}

/** True when two inputs would derive the same scene: the same objects, and the same environment. */
function sameInput(a: SceneInput, b: SceneInput): boolean {
  if (a.data !== b.data || a.categories !== b.categories || a.strings !== b.strings || a.layout !== b.layout || a.overview !== b.overview || a.headingLevel !== b.headingLevel || a.view !== b.view) return false;
  if (a.lanes !== b.lanes || a.laneOrder !== b.laneOrder) return false;
  const keys = Object.keys(a.env) as Array<keyof Environment>;
  return keys.every((key) => a.env[key] === b.env[key]);
}
