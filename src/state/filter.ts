import type { Categories, NormalizedEvent } from '../model/types.js';

/** What the reader narrowed the events to: categories switched off, and a search query. */
export interface EventFilter {
  /** Category keys whose events are not drawn; `''` stands for events without a category. */
  hiddenCategories: ReadonlySet<string>;
  /** Words to look for (any case, any accents); blank = no search. */
  query: string;
}

/** The filter that hides nothing and searches nothing. */
export const NO_FILTER: EventFilter = Object.freeze({ hiddenCategories: new Set<string>(), query: '' });

/** Letters that fold to other letters beyond case and diacritics (after lower-casing and NFKD). */
const FOLDS: Readonly<Record<string, string>> = { ß: 'ss', ς: 'σ', ı: 'i', ø: 'o', đ: 'd', ł: 'l', æ: 'ae', œ: 'oe', þ: 'th' };
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');
const MARKS = /\p{M}/gu;

/** Folds without trimming: lower case, compatibility decomposition (NFKD), marks stripped, then `FOLDS`. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(FOLDABLE, (letter) => FOLDS[letter]!);
}

/**
 * Folds case and diacritics so that "cecnya" finds "Čečnya", "ежов" finds "Ёжов" and "strasse"
 * finds "Straße": lower-cases, decomposes (NFKD), strips combining marks (`\p{M}`), folds a few
 * letters that have no decomposition (ß → ss, ø → o, ł → l…), and trims.
 */
export function foldText(text: string): string {
  return fold(text).trim();
}

/** The longest query read, and its most words: a 1.6 MB query from a link must not take seconds a frame. */
export const MAX_QUERY = 200;
const MAX_WORDS = 20;

/** The words of a query (its first MAX_QUERY characters, at most MAX_WORDS words), folded; empty when the query is blank. */
function queryWords(query: string): string[] {
  return foldText(query.slice(0, MAX_QUERY)).split(/\s+/u).filter(Boolean).slice(0, MAX_WORDS);
}

/** Folded text of each event's own fields, computed once per event object (events are never mutated). */
const FOLDED = new WeakMap<NormalizedEvent, string>();

/** The folded text of an event's title, summary, actors and tags, kept apart so no word spans two. */
function foldedFields(event: NormalizedEvent): string {
  let text = FOLDED.get(event);
  if (text === undefined) {
    text = fold([event.title, event.summary ?? '', ...event.actors, ...event.tags].join('\n'));
    FOLDED.set(event, text);
  }
  return text;
}

/**
 * True when every word (folded) occurs, anywhere in a word, in the event's title, summary, actors,
 * tags or category label; `categoryLabel` turns a key into its label (else the key is searched).
 */
function matchesWords(event: NormalizedEvent, words: readonly string[], categoryLabel?: (key: string) => string): boolean {
  if (words.length === 0) return true;
  const fields = foldedFields(event);
  const category = event.category ? fold(categoryLabel ? categoryLabel(event.category) : event.category) : '';
  return words.every((word) => fields.includes(word) || category.includes(word));
}

/** A category of the legend: its key (`''` for events without one), label and number of events. */
export interface CategoryCount {
  key: string;
  label: string;
  count: number;
}

/**
 * The categories the events fall in, with how many events each holds: first the keys declared in
 * `categories` (in declaration order), then undeclared keys in the order the events first use
 * them, and last the events without a category under the key `''` (its label is `''`: the view
 * names it). Categories without events are left out. `label` is the declared label, else the key.
 */
export function categoryCounts(events: readonly NormalizedEvent[], categories: Categories): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const key = event.category ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const declared = Object.keys(categories).filter((key) => key !== '' && counts.has(key));
  const seen = [...counts.keys()].filter((key) => key !== '' && !Object.hasOwn(categories, key));
  const order = counts.has('') ? [...declared, ...seen, ''] : [...declared, ...seen];
  return order.map((key) => ({
    key,
    label: key === '' ? '' : (Object.hasOwn(categories, key) ? categories[key]!.label : undefined) || key,
    count: counts.get(key)!,
  }));
}

/**
 * Applies a filter: `shown` are the events whose category is not hidden (in their order), and
 * `matches` the ids of those among them that match the query — `undefined` when the query is
 * blank, so "no search" and "a search that found nothing" stay apart.
 */
export function applyFilter(
  events: readonly NormalizedEvent[],
  filter: EventFilter,
  categoryLabel?: (key: string) => string,
): { shown: NormalizedEvent[]; matches: ReadonlySet<string> | undefined } {
  const hidden = filter.hiddenCategories;
  const shown = hidden.size === 0 ? [...events] : events.filter((event) => !hidden.has(event.category ?? ''));
  const words = queryWords(filter.query);
  if (words.length === 0) return { shown, matches: undefined };
  const matches = new Set<string>();
  for (const event of shown) if (matchesWords(event, words, categoryLabel)) matches.add(event.id);
  return { shown, matches };
}

/**
 * `text` folded, with where each folded UTF-16 unit came from: `from[i]`/`to[i]` bound the
 * original code point(s) that unit `i` folds from. Marks stripped from the original are
 * counted into the unit before them, so a highlight ends after them ("C\u030C" stays whole).
 */
function foldWithMap(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const char of text) {
    const end = offset + char.length;
    const piece = fold(char);
    if (piece === '' && to.length > 0) to[to.length - 1] = end;
    for (let i = 0; i < piece.length; i++) {
      from.push(offset);
      to.push(end);
    }
    folded += piece;
    offset = end;
  }
  return { folded, from, to };
}

/**
 * Where the words of `query` occur in `text`, compared folded (see `foldText`), as `[start, end)`
 * ranges of UTF-16 offsets into the original `text` — whole characters, even where folding
 * changed the length ("Straße" for "strasse", decomposed accents) — merged and sorted. Empty
 * when the query is blank or nothing matches.
 */
export function highlightRanges(text: string, query: string): Array<[number, number]> {
  const words = queryWords(query);
  if (words.length === 0 || text === '') return [];
  const { folded, from, to } = foldWithMap(text);
  const found: Array<[number, number]> = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      found.push([from[at]!, to[at + word.length - 1]!]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of found) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
