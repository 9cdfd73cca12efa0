import type { NormalizedEvent } from '../model/types.js';
import { laneValues, type Lane, type LaneKey } from './lanes.js';

/**
 * The cards of the narrow layout in lanes: each lane's shown events one after the other, lane by
 * lane, in one sequence the arrows walk and the pages cut (an event in several lanes is a card in
 * each). Kept as each lane's start in the sequence, not as a copy of it: a card is found by a
 * binary search over the starts.
 */
export interface LaneCards {
  readonly key: LaneKey;
  readonly lanes: readonly Lane[];
  /** Each lane's shown events, by position. */
  readonly shown: readonly (readonly NormalizedEvent[])[];
  /** Where each lane's cards start, and how many cards there are at the end (`lanes.length + 1` values). */
  readonly starts: Float64Array;
  /** The position of the lane with each key. */
  readonly positions: ReadonlyMap<string, number>;
}

/** One card: the lane it is in (its position) and its event. */
export interface LaneCard {
  readonly position: number;
  readonly event: NormalizedEvent;
}

/** A lane's part of a page: its cards there, and whether the lane began on an earlier page. */
export interface LaneSection {
  readonly position: number;
  readonly lane: Lane;
  readonly events: readonly NormalizedEvent[];
  readonly continued: boolean;
}

/** The sequence of cards of `lanes` (made by `key`), whose shown events are `shown`. */
export function laneCards(lanes: readonly Lane[], shown: readonly (readonly NormalizedEvent[])[], key: LaneKey): LaneCards {
  const starts = new Float64Array(lanes.length + 1);
  shown.forEach((events, k) => (starts[k + 1] = starts[k]! + events.length));
  return { key, lanes, shown, starts, positions: new Map(lanes.map((lane, k) => [lane.key, k])) };
}

/** How many cards there are. */
export function cardCount(cards: LaneCards): number {
  return cards.starts[cards.starts.length - 1]!;
}

/** The card at `index` in the sequence, or undefined past either end. */
export function cardAt(cards: LaneCards, index: number): LaneCard | undefined {
  if (index < 0 || index >= cardCount(cards)) return undefined;
  // The last lane starting at or before `index`: skips the empty lanes that start there too.
  let low = 0;
  let high = cards.lanes.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (cards.starts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return { position: low, event: cards.shown[low]![index - cards.starts[low]!]! };
}

/**
 * Where `event`'s card is in the sequence: its copy in the lane `lane` when it is shown there,
 * else its copy in the first of its lanes that shows it; undefined when no lane shows it.
 */
export function cardIndexOf(cards: LaneCards, event: NormalizedEvent, lane?: string): number | undefined {
  const values = laneValues(event, cards.key);
  const own = (values.length ? values : [''])
    .map((value) => cards.positions.get(value))
    .filter((position): position is number => position !== undefined)
    .sort((a, b) => a - b);
  const asked = lane === undefined ? undefined : cards.positions.get(lane);
  for (const position of asked !== undefined && own.includes(asked) ? [asked, ...own] : own) {
    const at = cards.shown[position]!.indexOf(event);
    if (at >= 0) return cards.starts[position]! + at;
  }
  return undefined;
}

/**
 * Where the card that holds the tab stop is: the first of `preferred` (the focused event, then
 * the open one) that a lane shows — its copy in `lane` when there is one — else the first card;
 * undefined when there are no cards.
 */
export function cardTabStop(cards: LaneCards, preferred: readonly (NormalizedEvent | undefined)[], lane: string | undefined): number | undefined {
  for (const event of preferred) {
    const index = event && cardIndexOf(cards, event, lane);
    if (index !== undefined) return index;
  }
  return cardCount(cards) > 0 ? 0 : undefined;
}

/** The lanes on the page `[from, to)` of cards, each with its cards there; lanes with no card on it are left out. */
export function pageSections(cards: LaneCards, [from, to]: readonly [number, number]): LaneSection[] {
  const sections: LaneSection[] = [];
  const first = cardAt(cards, from)?.position ?? cards.lanes.length;
  for (let k = first; k < cards.lanes.length && cards.starts[k]! < to; k++) {
    const start = cards.starts[k]!;
    const events = cards.shown[k]!.slice(Math.max(0, from - start), to - start);
    if (events.length) sections.push({ position: k, lane: cards.lanes[k]!, events, continued: start < from });
  }
  return sections;
}
