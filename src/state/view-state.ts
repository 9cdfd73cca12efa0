import type { LaneKey } from '../layout/lanes.js';
import { clampWindow, MIN_SPAN, type TimeWindow } from '../layout/window.js';
import { AFTER_LAST_INSTANT, FIRST_INSTANT } from '../model/date-range.js';
import { parseDate } from '../model/dates.js';
import { NO_FILTER, type EventFilter } from './filter.js';
import type { LinkState } from './hash-codec.js';

/**
 * Everything the reader has changed about what they see: one plain value, held by the element
 * and replaced (never mutated) by the transitions in `transitions.ts`. What is drawn is derived
 * from it and the data (`scene.ts`).
 */
export interface ViewState {
  /** The window chosen (by the reader or the page), kept as chosen; undefined fits all events. Clamped when drawn. */
  readonly window: TimeWindow | undefined;
  /** Id of the open event; `''` when none. */
  readonly selected: string;
  /** Id of the event or cluster that holds the list's one tab stop; `''` lets the first drawn take it. */
  readonly focus: string;
  /** Categories switched off and the search query. */
  readonly filter: EventFilter;
  /** Whether the last change of the window was a discrete step (a button, a key) that marks glide through. */
  readonly glide: boolean;
  /** The lane of the focused copy (an event with several actors is in several lanes); undefined outside lanes. */
  readonly focusLane?: string | undefined;
  /** Keys of the lanes the reader collapsed to a density strip. */
  readonly collapsed: ReadonlySet<string>;
  /** How far down the lanes are scrolled, in pixels. */
  readonly laneTop: number;
  /** What makes the lanes, when a link chose it (`rows=`); undefined: the page's `lanes`. */
  readonly lanes?: LaneKey | undefined;
}

/** Before the reader does anything: all events, nothing open, nothing filtered. */
export const INITIAL_VIEW: ViewState = Object.freeze({ window: undefined, selected: '', focus: '', filter: NO_FILTER, glide: false, collapsed: new Set<string>(), laneTop: 0 });

/**
 * The window `[start, end)` two dates describe, the end inclusive of its unit (`2018-12` ends
 * with December), or undefined when either is not a date or the end is not after the start.
 * EDTF dates bound it by their extent (`201X` from 2010 to the end of 2019; a qualifier changes
 * nothing); one with an open or unknown side bounds nothing. This is where the `start`/`end`
 * attributes and links become numbers.
 */
export function windowFrom(start: string | Date, end: string | Date): TimeWindow | undefined {
  const from = parseDate(start);
  const to = parseDate(end);
  if ('error' in from || 'error' in to || !Number.isFinite(from.end + to.start)) return undefined;
  return to.end > from.start ? [from.start, to.end] : undefined;
}

/**
 * `start` and `end` as the page writes them (attributes or properties): each is read as the
 * window's instant, and a text is kept only while the two do not make a window together — the
 * first of two attributes set one after the other, say.
 */
export class WindowAttributes {
  private written = { start: '', end: '' };

  /** The value of `side`: the window's instant, else the text last written. */
  read(view: ViewState, side: 'start' | 'end'): string {
    return view.window ? isoInstant(view.window[side === 'start' ? 0 : 1]) : this.written[side];
  }

  /** The view after the page wrote `side`: the window both sides make, else none (all events). */
  write(view: ViewState, side: 'start' | 'end', value: string | null | undefined): ViewState {
    const written = { start: this.read(view, 'start'), end: this.read(view, 'end'), [side]: value ?? '' };
    const window = windowFrom(written.start, written.end);
    this.written = window ? { start: '', end: '' } : written;
    return { ...view, window, glide: false };
  }

  /** Forgets the texts: the window was set some other way. */
  forget(): void {
    this.written = { start: '', end: '' };
  }
}

/** An instant as `start`, `end` and the view-change event give it: an ISO 8601 date-time in UTC. */
export function isoInstant(time: number): string {
  return new Date(time).toISOString();
}

/** What a link keeps of the view: the open event, the window (as instants), the filters. */
export function toLink(view: ViewState): LinkState {
  const link: LinkState = {};
  if (view.selected) link.selected = view.selected;
  if (view.window) [link.start, link.end] = [isoInstant(view.window[0]), isoInstant(view.window[1])];
  if (view.filter.hiddenCategories.size) link.hidden = [...view.filter.hiddenCategories];
  if (view.filter.query) link.query = view.filter.query;
  if (view.collapsed.size) link.collapsed = [...view.collapsed];
  if (view.lanes) link.lanes = view.lanes;
  return link;
}

/**
 * The view a link describes; what the link leaves out goes back to its default. A window narrower
 * than the zoom allows (`MIN_SPAN`, an hour) is widened around its middle, as a zoom would be: a
 * link, which anyone can write, holds no window the element could not show.
 */
export function fromLink(view: ViewState, link: LinkState): ViewState {
  const window = link.start && link.end ? windowFrom(link.start, link.end) : undefined;
  return {
    ...view,
    selected: link.selected ?? '',
    window: window && clampWindow(window, { extent: [FIRST_INSTANT, AFTER_LAST_INSTANT], minSpan: MIN_SPAN }),
    filter: { hiddenCategories: new Set(link.hidden ?? []), query: link.query ?? '' },
    collapsed: new Set(link.collapsed ?? []),
    lanes: link.lanes as LaneKey | undefined,
    glide: false,
  };
}
