import type { NormalizedEvent } from '../model/types.js';

/** What makes the rows of the plot: one of an event's fields, or nothing (one band). */
export type LaneKey = 'group' | 'category' | 'actors' | 'tags' | 'none';

/** The order of the lanes: by their first event in time, by name, or by count (largest first). */
export type LaneOrder = 'first' | 'name' | 'count';

const LANE_KEYS: readonly string[] = ['group', 'category', 'actors', 'tags', 'none'];
const LANE_ORDERS: readonly string[] = ['first', 'name', 'count'];

/**
 * The key the rows are made by: the page's choice when it is one, else `group` when any event
 * has one, else none (one band, as without lanes).
 */
export function laneKeyOf(choice: string | null | undefined, events: readonly NormalizedEvent[]): LaneKey {
  if (choice && LANE_KEYS.includes(choice)) return choice as LaneKey;
  return events.some((event) => event.group !== undefined) ? 'group' : 'none';
}

/** The order asked for, else `first`. */
export function laneOrderOf(choice: string | null | undefined): LaneOrder {
  return choice && LANE_ORDERS.includes(choice) ? (choice as LaneOrder) : 'first';
}

/** One lane: the events that have one value of the key, and the events without any in a last lane of their own. */
export interface Lane {
  /** The value of the key (`''` for the lane of events without one): stable across filters, kept in links. */
  readonly key: string;
  /** What the header says: the value, or the category's label. */
  readonly label: string;
  /** The events of the lane, in time order (an event with several values is in each of their lanes). */
  readonly events: readonly NormalizedEvent[];
}

/** How lanes are named: the label of a category key, the words for the lane without a value, the locale to collate in. */
export interface LaneNaming {
  readonly categoryLabel: (key: string) => string;
  /** The last lane's name, by key ("No actor", "Ungrouped"). */
  readonly without: string;
  readonly locale: string;
}

/** The values of `key` an event has: none, one or (actors, tags) several, each once. */
export function laneValues(event: NormalizedEvent, key: LaneKey): readonly string[] {
  switch (key) {
    case 'group':
      return event.group === undefined ? [] : [event.group];
    case 'category':
      return event.category === undefined ? [] : [event.category];
    case 'actors':
      return event.actors.length > 1 ? [...new Set(event.actors)] : event.actors;
    case 'tags':
      return event.tags.length > 1 ? [...new Set(event.tags)] : event.tags;
    default:
      return [];
  }
}

/**
 * The lanes of `events` (sorted by time) by `key`, in `order`; the lane of events without a
 * value comes last in every order. One pass over the events, a `Map` by value (a value is never
 * a key into a plain object). Fewer than two lanes make none: one band is drawn as without lanes.
 */
export function assignLanes(events: readonly NormalizedEvent[], key: LaneKey, order: LaneOrder, naming: LaneNaming): Lane[] {
  if (key === 'none') return [];
  const byValue = new Map<string, NormalizedEvent[]>();
  const without: NormalizedEvent[] = [];
  for (const event of events) {
    const values = laneValues(event, key);
    if (values.length === 0) without.push(event);
    for (const value of values) {
      const lane = byValue.get(value);
      if (lane) lane.push(event);
      else byValue.set(value, [event]);
    }
  }
  const lanes: Lane[] = [...byValue].map(([value, laneEvents]) => ({
    key: value,
    label: key === 'category' ? naming.categoryLabel(value) : value,
    events: laneEvents,
  }));
  sortLanes(lanes, order, naming.locale);
  if (without.length) lanes.push({ key: '', label: naming.without, events: without });
  return lanes.length > 1 ? lanes : [];
}

/** Sorts in place: `first` keeps the order met in time (the events are sorted), `name` collates labels, `count` puts the largest first. */
function sortLanes(lanes: Lane[], order: LaneOrder, locale: string): void {
  if (order === 'name') {
    const collator = new Intl.Collator(locale || undefined, { numeric: true, sensitivity: 'base' });
    lanes.sort((a, b) => collator.compare(a.label, b.label));
  } else if (order === 'count') lanes.sort((a, b) => b.events.length - a.events.length);
}

/**
 * The shown events of each lane: `lanes[k].events` narrowed to `shown` (the filter's result), in
 * one pass over the lanes' events with a set of what is shown.
 */
export function shownInLanes(lanes: readonly Lane[], shown: readonly NormalizedEvent[], all: readonly NormalizedEvent[]): (readonly NormalizedEvent[])[] {
  if (shown === all || shown.length === all.length) return lanes.map((lane) => lane.events);
  const visible = new Set(shown);
  return lanes.map((lane) => lane.events.filter((event) => visible.has(event)));
}
