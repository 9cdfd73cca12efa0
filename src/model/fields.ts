import { describe, parseDate } from './dates.js';
import type { NormalizedDate, NormalizedSource, TimelineQuote } from './types.js';

/** Where a field reader reports what it had to leave out; the item itself is still drawn. */
export type Warn = (field: string, message: string) => void;

/** True for a value that stands for "not given": absent, null or empty text (CSV has empty cells). */
export function isBlank(value: unknown): value is undefined | null | '' {
  return value === undefined || value === null || value === '';
}

/**
 * The list of an event with nothing in it, shared: a million events without actors, tags or
 * sources make no million empty arrays. Frozen, so a slip that adds to it fails at once.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** An optional text field: strings are kept, numbers become text, anything else is reported. */
export function readText(value: unknown, field: string, warn: Warn): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  warn(field, `${field} must be text, got ${describe(value)}; left out`);
  return undefined;
}

/** A list of labels: an array of text, or one text with `;` between items (as in CSV). */
export function readList(value: unknown, field: string, warn: Warn): string[] {
  if (isBlank(value)) return NONE;
  const items = typeof value === 'string' ? value.split(';') : Array.isArray(value) ? value : undefined;
  if (!items) {
    warn(field, `${field} must be a list of text, got ${describe(value)}; left out`);
    return [];
  }
  const list: string[] = [];
  items.forEach((item, i) => {
    // The field's name is spelt out only for a warning: 10⁵ events would build 10⁵ names.
    const text = (typeof item === 'string' ? item : readText(item, `${field}[${i}]`, warn))?.trim();
    if (text) list.push(text);
  });
  return list;
}

/** A quotation: `{ text, by? }`, or plain text. */
export function readQuote(value: unknown, warn: Warn): TimelineQuote | undefined {
  if (isBlank(value)) return undefined;
  // Trimmed like every other text field, so a blank quote is no quote at all.
  if (typeof value === 'string') return value.trim() ? { text: value.trim() } : undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    warn('quote', `quote must be { text, by }, got ${describe(value)}; left out`);
    return undefined;
  }
  const raw = value as Record<string, unknown>;
  const text = readText(raw.text, 'quote.text', warn)?.trim();
  if (!text) {
    warn('quote', 'quote has no text; left out');
    return undefined;
  }
  const by = readText(raw.by, 'quote.by', warn)?.trim();
  return by ? { text, by } : { text };
}

/**
 * An http(s) URL already in the form the URL parser would give back: lower-case scheme and
 * host, a path, and only characters that need no escaping. Such text is its own `href`.
 */
const CANONICAL_HTTP_URL = /^https?:\/\/[a-z0-9.-]+(?::\d+)?[/?#][!#$%&'()*+,\-./0-9:;=?@A-Z[\]_a-z~]*$/;

/** The URL as a link target, or undefined when it is not an absolute http(s) URL. */
export function safeHref(url: string): string | undefined {
  // The common case, settled without building a URL: 10⁵ sources would take a second.
  const trimmed = url.trim();
  if (CANONICAL_HTTP_URL.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Citations: objects with a `url`, or bare URL strings. Unsafe URLs stay as text, reported. */
export function readSources(value: unknown, warn: Warn): NormalizedSource[] {
  if (isBlank(value)) return NONE;
  const items = Array.isArray(value) ? value : [value];
  const sources: NormalizedSource[] = [];
  items.forEach((item, i) => {
    // Field names are spelt out only for a warning (see readList).
    const field = () => `sources[${i}]`;
    const raw: Record<string, unknown> =
      typeof item === 'string' ? { url: item } : item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const url = typeof raw.url === 'string' ? raw.url : readText(raw.url, `${field()}.url`, warn);
    if (!url) {
      warn(field(), `${field()} has no url; left out`);
      return;
    }
    const source: NormalizedSource = { url };
    for (const key of SOURCE_TEXTS) {
      const value = raw[key];
      if (value === undefined) continue;
      const text = typeof value === 'string' ? value : readText(value, `${field()}.${key}`, warn);
      if (text) source[key] = text;
    }
    const href = safeHref(url);
    if (href) source.href = href;
    else warn(`${field()}.url`, `${field()}.url '${url}' is not an http(s) URL; shown as plain text, not a link`);
    const archivedHref = source.archived && safeHref(source.archived);
    if (archivedHref) source.archivedHref = archivedHref;
    else if (source.archived) warn(`${field()}.archived`, `${field()}.archived '${source.archived}' is not an http(s) URL; kept, but not a link`);
    sources.push(source);
  });
  return sources;
}

const SOURCE_TEXTS = ['title', 'publisher', 'date', 'archived', 'accessed'] as const;

/**
 * Other dated moments: `{ label, date }` objects (one alone is taken as a list of one), each date
 * checked like `start`. One without a label, or whose date is missing or not a date, is left out
 * and reported; the event is drawn all the same.
 */
export function readDates(value: unknown, warn: Warn): NormalizedDate[] {
  if (isBlank(value)) return NONE;
  const dates: NormalizedDate[] = [];
  (Array.isArray(value) ? value : [value]).forEach((item, i) => {
    // Spelt out only for a warning (see readList).
    const field = () => `dates[${i}]`;
    const raw = item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
    const label = raw && readText(raw.label, 'label', IGNORE)?.trim();
    const when = label && !isBlank(raw.date) ? parseDate(raw.date) : undefined;
    if (when && !('error' in when)) {
      dates.push({ label: label!, date: when.text, when });
      return;
    }
    const why = !raw ? ` must be { label, date }, got ${describe(item)}` : !label ? ' has no label' : when ? `.date (${label}): ${when.error}` : ` (${label}) has no date`;
    warn(field() + (!raw ? '' : label ? '.date' : '.label'), `${field()}${why}; left out`);
  });
  return dates;
}

/** A Warn that drops the warning, for a reader whose caller reports the value its own way (an id, once settled; a label of the wrong type, as missing). */
export const IGNORE: Warn = () => undefined;
