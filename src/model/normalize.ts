import { describe } from './dates.js';
import { excerpt } from './excerpt.js';
import { IGNORE, isBlank, readDates, readList, readQuote, readSources, readText, type Warn } from './fields.js';
import { readMedia } from './media.js';
import { readCategories, unwrap } from './unwrap.js';
import { EVENT_FIELDS, type NormalizedData, type NormalizedEvent, type Problem } from './types.js';
import { byTime, readWhen, settleOpenSides } from './when.js';

/** Fields an event may carry; `when` and `index` are our own derived fields, recomputed. */
const KNOWN_FIELDS = new Set<string>([...EVENT_FIELDS, 'when', 'index']);

/**
 * Turns any input — an array, `{ events }`, a JSON string, TimelineJS3 JSON — into drawable events
 * and problems. Pure and total: never throws, never mutates its input, and every input item is
 * either among `events` or named (by index) in a problem with severity "error".
 * Events come back sorted by time, with unique ids. Should reading ever fail all the same (a
 * platform limit no check foresaw), the input is one unreadable item that says why: a page that
 * sets `events` never gets an exception instead of its data.
 */
export function normalize(input: unknown): NormalizedData {
  try {
    return read(input);
  } catch (error) {
    const message = `the events could not be read: ${excerpt(String(error), 200)}`;
    return { events: [], problems: [{ index: 0, field: 'events', message }], inputCount: 1 };
  }
}

function read(input: unknown): NormalizedData {
  const { items, count, problems, title, description, categories, files } = unwrap(input);
  const events: NormalizedEvent[] = [];
  const report = new ItemReport(problems);
  // entries(), unlike forEach, visits the holes of a sparse array, so they are counted and reported.
  for (const [index, item] of items.entries()) {
    const event = normalizeItem(item, index, report);
    if (event) events.push(event);
  }
  makeIdsUnique(events, problems);
  settleOpenSides(events);
  events.sort(byTime);
  // A category's warnings belong to the file, not to an item: index 0, field `categories.…`.
  report.begin(0, undefined);
  const categoryMap = readCategories(categories, report.warn);
  problems.sort((a, b) => a.index - b.index);
  if (files) nameFiles(problems, files);
  const result: NormalizedData = { events, problems, inputCount: count };
  if (title) result.title = title;
  if (description) result.description = description;
  if (categoryMap) result.categories = categoryMap;
  return result;
}

/** Gives each problem of a merged list (sorted by index) the URL of the file its item came from. */
function nameFiles(problems: Problem[], files: readonly { url: string; count: number }[]): void {
  let file = 0;
  let end = files[0]?.count ?? 0;
  for (const problem of problems) {
    while (problem.index >= end && file < files.length - 1) end += files[++file]!.count;
    if (files[file]) problem.source = files[file].url;
  }
}

/** How many distinct input items were left out (errors), as the notice counts them. */
export function problemCount(problems: readonly Problem[]): number {
  return new Set(problems.filter((p) => p.severity !== 'warning').map((p) => p.index)).size;
}

/**
 * Where the problems of the item being read go: one object reused for every item, so reading a
 * million items makes no closures. `begin` names the item; `warn` reports what was left out of it,
 * `fail` why it cannot be drawn.
 */
class ItemReport {
  index = 0;
  id: string | undefined;
  failed = false;

  constructor(readonly problems: Problem[]) {}

  begin(index: number, id: string | undefined): void {
    this.index = index;
    this.id = id;
    this.failed = false;
  }

  readonly warn: Warn = (field, message) => {
    this.problems.push({ index: this.index, id: this.id, field, message, severity: 'warning' });
  };

  readonly fail = (field: string, message: string): void => {
    this.failed = true;
    this.problems.push({ index: this.index, id: this.id, field, message });
  };
}

function normalizeItem(item: unknown, index: number, report: ItemReport): NormalizedEvent | undefined {
  const { problems, warn, fail } = report;
  // A reader hands an Error in place of an item it could not read (a CSV row whose quote never
  // closes, a designation with no date), with the record's id and the field when it knows them.
  if (item instanceof Error) {
    const { id, field } = item as Error & Pick<Problem, 'id' | 'field'>;
    problems.push({ index, ...(id ? { id } : {}), ...(field ? { field } : {}), message: item.message });
    return undefined;
  }
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    problems.push({ index, message: `item ${index} is ${describe(item)}, not an event object` });
    return undefined;
  }
  const raw = item as Record<string, unknown>;
  // The id's type is reported once the id is settled (below), not while reading it.
  let id = (typeof raw.id === 'string' ? raw.id : readText(raw.id, 'id', IGNORE))?.trim();
  report.begin(index, id);

  const time = readWhen(raw.start, raw.end, fail);
  const title = typeof raw.title === 'string' ? raw.title.trim() : '';
  // A blank or null title is missing, not of the wrong type.
  const titleMissing = raw.title === undefined || raw.title === null || typeof raw.title === 'string';
  if (!title) fail('title', titleMissing ? 'title is missing' : `title must be text, got ${describe(raw.title)}`);
  if (report.failed || !time) return undefined;
  for (const key in raw) if (Object.hasOwn(raw, key) && !KNOWN_FIELDS.has(key)) warn(key, `unknown field '${key}' ignored`);
  // A blank or null id is simply absent (CSV has empty id cells); only other types are reported.
  if (!id && raw.id != null && typeof raw.id !== 'string') warn('id', `id must be text, got ${describe(raw.id)}; a new one was made`);
  const { written, when } = time;
  id ||= slug(`${written.text} ${title}`);
  report.id = id;

  const event: NormalizedEvent = {
    id,
    start: written.text,
    title,
    actors: readList(raw.actors, 'actors', warn),
    tags: readList(raw.tags, 'tags', warn),
    sources: readSources(raw.sources, warn),
    when,
    index,
  };
  if (!isBlank(raw.end)) event.end = when.end!.text;
  const displayDate = readText(raw.displayDate, 'displayDate', warn)?.trim();
  if (displayDate) event.displayDate = displayDate;
  const summary = readText(raw.summary, 'summary', warn)?.trim();
  if (summary) event.summary = summary;
  const category = readText(raw.category, 'category', warn)?.trim();
  if (category) event.category = category;
  const group = readText(raw.group, 'group', warn)?.trim();
  if (group) event.group = group;
  const quote = readQuote(raw.quote, warn);
  if (quote) event.quote = quote;
  const dates = readDates(raw.dates, warn);
  if (dates.length) event.dates = dates;
  const media = readMedia(raw.media, warn);
  if (media) event.media = media;
  return event;
}

/**
 * Later items (in input order) whose id is taken get "-2", "-3"…; each renaming is reported. In
 * linear time: each id remembers the next number to try, so 40,000 copies of one row do not
 * each count up from 2 again.
 */
function makeIdsUnique(events: NormalizedEvent[], problems: Problem[]): void {
  const used = new Set<string>();
  for (const event of events) used.add(event.id);
  // Most data has no duplicate: then there is nothing to rename.
  if (used.size === events.length) return;
  const firstUser = new Map<string, number>();
  const nextNumber = new Map<string, number>();
  for (const event of events) {
    const first = firstUser.get(event.id);
    if (first === undefined) {
      firstUser.set(event.id, event.index);
      continue;
    }
    let n = nextNumber.get(event.id) ?? 2;
    while (used.has(`${event.id}-${n}`)) n++;
    nextNumber.set(event.id, n + 1);
    const renamed = `${event.id}-${n}`;
    used.add(renamed);
    firstUser.set(renamed, event.index);
    const message = `id '${event.id}' is already used by item ${first}; renamed to '${renamed}'`;
    problems.push({ index: event.index, id: renamed, field: 'id', message, severity: 'warning' });
    event.id = renamed;
  }
}

/** A readable id from free text: "2018-12-13 OSCE report" → "2018-12-13-osce-report". */
export function slug(text: string): string {
  const dashed = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+/, '');
  // Cut first, then trim: a cut may end on a dash.
  return dashed.slice(0, 64).replace(/-+$/, '') || 'event';
}
