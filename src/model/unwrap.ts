import { isSafeColorText } from './css-color.js';
import { describe } from './dates.js';
import { excerpt } from './excerpt.js';
import { IGNORE, readText, type Warn } from './fields.js';
import { isReadList } from './formats/read-list.js';
import { fromTimelineJs, isTimelineJs, isTimelineJs2 } from './formats/timelinejs.js';
import type { Categories, Problem } from './types.js';

/** The input taken apart: the list of items, and what the container said about them. */
export interface Unwrapped {
  items: unknown[];
  /** Input items counted for "drawn + reported = input" (an unparsable text counts as one). */
  count: number;
  problems: Problem[];
  title?: string;
  description?: string;
  categories?: unknown;
  /** The files a merged list came from (see `ReadList.files`). */
  files?: readonly { url: string; count: number }[];
}

/**
 * True when `events` holds something to read: a non-empty list, non-blank JSON text, or any other
 * value but `undefined` and `null` (what a framework passes before its data arrives), so that
 * `{ events: [...] }` is read and a wrong type is reported rather than shown as "No events".
 */
export function hasEvents(events: unknown): boolean {
  if (events === undefined || events === null) return false;
  return typeof events === 'string' ? events.trim() !== '' : !Array.isArray(events) || events.length > 0;
}

/**
 * Finds the list of events in any accepted container: a JSON string, a bare array, our file
 * format `{ title, description, categories, events }`, TimelineJS3 JSON, or what a format
 * reader returned (`ReadList`).
 */
export function unwrap(input: unknown): Unwrapped {
  if (input === undefined || input === null) return { items: [], count: 0, problems: [] };
  if (typeof input === 'string') return unwrapText(input);
  if (Array.isArray(input)) return { items: input, count: input.length, problems: [] };
  // The reader's problems are copied: normalize() adds to them.
  if (isReadList(input)) return { ...input, count: input.items.length, problems: [...input.problems] };
  if (typeof input === 'object') {
    if (isTimelineJs(input)) return withCount(fromTimelineJs(input));
    const file = input as Record<string, unknown>;
    // TimelineJS 2's reader is loaded on demand, so only `src` (which can wait for it) reads these files.
    if (isTimelineJs2(file)) return rejected('this is TimelineJS 2 JSON ({ "timeline": { "date": [...] } }), which is read through src: give its URL to src');
    if (Array.isArray(file.events)) {
      return {
        items: file.events,
        count: file.events.length,
        problems: [],
        title: readText(file.title, 'title', IGNORE),
        description: readText(file.description, 'description', IGNORE),
        categories: file.categories,
      };
    }
  }
  return rejected(`expected a list of events or { "events": [...] }, got ${describe(input)}`);
}

function unwrapText(text: string): Unwrapped {
  if (text.trim() === '') return { items: [], count: 0, problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return rejected(`events is not valid JSON: ${excerpt((error as Error).message, 200)}`);
  }
  return typeof parsed === 'string' ? rejected('events is a JSON string, not a list of events') : unwrap(parsed);
}

function withCount(unwrapped: Omit<Unwrapped, 'count'>): Unwrapped {
  return { ...unwrapped, count: unwrapped.items.length };
}

/** The whole input is one item that could not be read. */
function rejected(message: string): Unwrapped {
  return { items: [], count: 1, problems: [{ index: 0, field: 'events', message }] };
}

/**
 * `{ key: { label, color } }` or `{ key: "Label" }`; entries without a usable label use their key.
 * A colour that is not plainly a colour (`url(…)`, `red) red`, escapes: see css-color.ts) is left
 * out and reported to `warn`, so the palette colours that category.
 */
export function readCategories(value: unknown, warn: Warn = IGNORE): Categories | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const categories: Categories = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    const raw = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : { label: entry };
    const label = typeof raw.label === 'string' && raw.label.trim() ? raw.label.trim() : key;
    const color = typeof raw.color === 'string' ? raw.color.trim() : '';
    const safe = isSafeColorText(color);
    if (color && !safe) warn(`categories.${key}.color`, `category '${key}': color '${excerpt(color)}' is not a plain CSS colour; ignored`);
    // defineProperty: a key named __proto__ is a category like any other, not the prototype.
    Object.defineProperty(categories, key, { value: safe ? { label, color } : { label }, enumerable: true, writable: true, configurable: true });
  }
  return categories;
}

