import { parseDate } from '../model/dates.js';
import { MAX_QUERY } from './filter.js';

/** What a link to "this view of this timeline" holds; every part is optional. */
export interface LinkState {
  /** Id of the open event. */
  selected?: string;
  /** Start of the visible window (an ISO date as the `start` attribute takes it). */
  start?: string;
  /** End of the visible window. */
  end?: string;
  /** Category keys switched off; `''` stands for the events without a category. */
  hidden?: string[];
  /** The search query. */
  query?: string;
  /** Keys of the collapsed lanes; `''` stands for the lane of events without a value. */
  collapsed?: string[];
  /** What makes the lanes, over the page's `lanes` (`group`, `category`, `actors`, `tags`, `none`). */
  lanes?: string;
}

/** Names of the parameters, in the order they are written. */

/** What a link may choose to make the lanes by. */
const LANE_CHOICES: readonly string[] = ['group', 'category', 'actors', 'tags', 'none'];

/** The most category keys a link may switch off (and lane keys it may collapse). */
const MAX_HIDDEN = 1000;
const KEYS = { selected: 'sel', start: 'from', end: 'to', hidden: 'hide', query: 'q', collapsed: 'fold', lanes: 'rows' } as const;

/** application/x-www-form-urlencoded escaping of one name or value, as URLSearchParams writes it. */
const escape = (text: string): string => new URLSearchParams([['', text]]).toString().slice(1);

/** Reverses `escape` (`+` is a space); undefined for malformed percent escapes. */
function unescape(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The `&`-separated parts of a query-like text (a leading `#` or `?` dropped), blanks left out. */
function splitParts(text: string): string[] {
  return text.replace(/^[#?]/, '').split('&').filter(Boolean);
}

/** A part's name and raw (still escaped) value; a part without `=` has the value undefined. */
function splitPart(part: string): { name: string | undefined; raw: string | undefined } {
  const at = part.indexOf('=');
  return at === -1 ? { name: unescape(part), raw: undefined } : { name: unescape(part.slice(0, at)), raw: part.slice(at + 1) };
}

/**
 * True when `text` is a date the timeline can read that bounds a window: any form with a known
 * extent (`2018-12`, `2018~`, `201X`, `2018/2019`), not one with an open or unknown side.
 */
function isDate(text: string): boolean {
  const date = parseDate(text);
  return !('error' in date) && Number.isFinite(date.start + date.end);
}

/**
 * The state as URLSearchParams-shaped text, e.g.
 * `sel=2018-report&from=2018-08-01&to=2019-01-31&hide=sanction,threat&q=purge&fold=OFAC&rows=group`:
 * keys in that order (`fold` lists the collapsed lanes as `hide` lists keys, `rows` what makes them), empty parts left out (so the empty state is `''`). `hide` lists the hidden category keys
 * separated by literal commas, each key escaped (a comma inside a key becomes `%2C`); the key
 * `''` (no category) is an empty item, so hiding only it writes `hide=`. Duplicates are dropped.
 */
export function encodeLink(state: LinkState): string {
  const parts: string[] = [];
  const add = (name: string, value: string | undefined) => {
    if (value) parts.push(`${name}=${escape(value)}`);
  };
  add(KEYS.selected, state.selected);
  add(KEYS.start, state.start);
  add(KEYS.end, state.end);
  const addKeys = (name: string, keys: readonly string[] | undefined) => {
    const unique = [...new Set(keys ?? [])];
    if (unique.length > 0) parts.push(`${name}=${unique.map(escape).join(',')}`);
  };
  addKeys(KEYS.hidden, state.hidden);
  add(KEYS.query, state.query);
  addKeys(KEYS.collapsed, state.collapsed);
  add(KEYS.lanes, state.lanes);
  return parts.join('&');
}

/**
 * Reads text made by `encodeLink` (a leading `?` or `#` is allowed). Never throws: unknown
 * parameters, parts with malformed escapes, empty values and `from`/`to` values that are not
 * dates are ignored; of a repeated parameter the first counts. Parts absent from the text are
 * absent from the result, so `decodeLink('')` is `{}`.
 */
export function decodeLink(text: string): LinkState {
  const state: LinkState = {};
  for (const part of splitParts(String(text ?? ''))) {
    const { name, raw } = splitPart(part);
    if (raw === undefined) continue;
    if (name === KEYS.hidden || name === KEYS.collapsed) {
      const field = name === KEYS.hidden ? 'hidden' : 'collapsed';
      if (state[field]) continue;
      // No more keys than a legend (or a plot of lanes) could hold: a link cannot make a set huge.
      const keys = raw.split(',', MAX_HIDDEN).map(unescape);
      if (keys.every((key): key is string => key !== undefined)) state[field] = [...new Set(keys)];
      continue;
    }
    const value = unescape(raw);
    if (!value) continue;
    if (name === KEYS.selected) state.selected ??= value;
    else if (name === KEYS.start && isDate(value)) state.start ??= value;
    else if (name === KEYS.end && isDate(value)) state.end ??= value;
    else if (name === KEYS.query) state.query ??= value.slice(0, MAX_QUERY);
    else if (name === KEYS.lanes && LANE_CHOICES.includes(value)) state.lanes ??= value;
  }
  return state;
}

/** The raw (escaped) entry of `key` in a location hash, or undefined when there is none. */
function entryOf(hash: string, key: string): string | undefined {
  for (const part of splitParts(hash)) {
    const { name, raw } = splitPart(part);
    if (name === key && raw !== undefined) return raw;
  }
  return undefined;
}

/**
 * This timeline's state from a location hash that may hold several timelines' entries and other
 * parameters: `#a=<encoded>&b=<encoded>`, each value an `encodeLink` text escaped as a
 * URLSearchParams value. Undefined when the hash has no (well-formed) entry for `key`.
 */
export function readFromHash(hash: string, key: string): LinkState | undefined {
  const raw = entryOf(String(hash ?? ''), key);
  const text = raw === undefined ? undefined : unescape(raw);
  return text === undefined ? undefined : decodeLink(text);
}

/**
 * The hash with this timeline's entry set to `state` — replaced in place, appended when new, or
 * removed when the state encodes to nothing. Every other part of the hash is kept exactly as
 * written, in order: other timelines' entries, unrelated parameters, and a plain fragment such as
 * `#section-2` (which stays the leading part: `#section-2&tl=…`, and comes back unchanged when
 * the entry is removed). Returns `''` when nothing is left, else the text with a leading `#`.
 */
export function writeToHash(hash: string, key: string, state: LinkState): string {
  const text = encodeLink(state);
  const entry = text ? `${escape(key)}=${escape(text)}` : undefined;
  const parts: string[] = [];
  let written = false;
  for (const part of splitParts(String(hash ?? ''))) {
    const { name, raw } = splitPart(part);
    if (name !== key || raw === undefined) parts.push(part);
    else if (!written) {
      if (entry) parts.push(entry);
      written = true;
    }
  }
  if (!written && entry) parts.push(entry);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
