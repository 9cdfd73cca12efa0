import type { Categories, Problem, TimelineDate, TimelineSource } from '../types.js';
import type { ReadList } from './read-list.js';

/**
 * An entity as OpenSanctions exports it (FollowTheMoney): every property value is a list of
 * strings, or, in the nested shape, of whole entities.
 */
interface Entity {
  id?: unknown;
  schema?: unknown;
  caption?: unknown;
  properties?: Record<string, unknown>;
  datasets?: unknown;
  referents?: unknown;
}

/** What is known of a designation's target where the designation is read. */
interface Target {
  id?: string;
  name?: string;
}

/**
 * A designation read before its target: settled at the end of the file, when every name is
 * known. `item` is the drawn designation, titled by the target's id until then; `undated` the
 * error of one that has no date, named by the target's id until then.
 */
interface Unsettled {
  index: number;
  id?: string;
  targetId: string;
  item?: Record<string, unknown>;
  undated?: { error: Error; where: string };
}

/**
 * Reads OpenSanctions' FollowTheMoney exports into one event per designation (`Sanction`):
 * JSON lines in the flat shape (`entities.ftm.json`: the `Sanction` names its target in
 * `properties.entity`, a line of its own, before or after it, or absent) or the nested shape
 * (`targets.nested.json`: designations inside their target's `properties.sanctions`), or a
 * JSON array (already parsed, or as text) of the same entities. Pure; reads the text once.
 *
 * Each designation becomes `{ id, start, end?, title, summary, category, group, actors, tags,
 * sources, dates }`: the `Sanction`'s id; its target's caption (never the programme); the earliest
 * `startDate`, else `listingDate`, else `date`; the earliest `endDate`; the programme
 * (`programId`, else `program`, else `country`, else the dataset) as the category, with readable
 * labels in `categories`; who designated (`authority`, else the `country`'s name, else the
 * dataset) as the group; the programme, reason,
 * provisions and status as the summary; every other date in `dates`. A designation without any
 * of those dates is listed in `problems` by name; `first_seen`, `last_seen` and `last_change`
 * (OpenSanctions' processing times) are never read. Other entities are read for their names only
 * and are not counted as input items.
 */
export function fromFollowTheMoney(input: string | unknown): ReadList {
  const names = new Map<string, string>();
  const items: ReadList['items'] = [];
  const problems: Problem[] = [];
  // A Map, as every lookup by a value from the data: in an object, `constructor` is already there.
  const categories = new Map<string, { label: string }>();
  const unsettled: Unsettled[] = [];
  const regionName = regionNames();
  const keep = interner();
  // Each designation becomes its event fields at once, so the parsed line can go.
  const read = (sanction: Entity, target: Target = {}) => {
    const item = designation(sanction, target, { names, keep, regionName }, items.length, problems, unsettled);
    const key = item instanceof Error ? undefined : (item.category as string | undefined);
    if (key && !categories.has(key)) categories.set(key, { label: programmeLabel(sanction, key) ?? regionName(key) });
    items.push(item);
  };
  const fail = (message: string) => items.push(new Error(message));
  const visit = (value: unknown, where: string) => {
    if (!isObject(value)) fail(`${where} is not a FollowTheMoney entity object`);
    else if (value.schema === 'Sanction') read(value);
    else readNeighbour(value, names, read);
  };
  if (typeof input === 'string') eachLine(input, visit, fail);
  else if (Array.isArray(input)) input.forEach((value, i) => visit(value, `item ${i}`));
  else visit(input, 'the file');
  settle(unsettled, names, problems);
  // The legend lists who designated in alphabetical order.
  const sorted: Categories = Object.fromEntries([...categories].sort(([, a], [, b]) => a.label.localeCompare(b.label, 'en')));
  return Object.defineProperty<ReadList>({ items, problems, categories: sorted }, Symbol.for('sanctions-timeline.read-list'), { value: true });
}

/** Names the designations read before their targets, now that the whole file is read; warns of the targets never met. */
function settle(unsettled: readonly Unsettled[], names: ReadonlyMap<string, string>, problems: Problem[]): void {
  for (const { index, id, targetId, item, undated } of unsettled) {
    const name = names.get(targetId);
    if (undated) {
      if (name) undated.error.message = noDate(name, undated.where);
    } else if (name) {
      item!.title = name;
      item!.actors = [name];
    } else {
      const message = `its target '${targetId}' is not in the file; titled by the target's id`;
      problems.push({ index, id, field: 'title', message, severity: 'warning' });
    }
  }
}

/** The programme's name as the legend shows it, when the category is its code (`programId`) and the designation names it. */
function programmeLabel(sanction: Entity, key: string): string | undefined {
  const p = isObject(sanction.properties) ? sanction.properties : {};
  const name = texts(p.program)[0];
  return name && texts(p.programId)[0] === key ? `${name} (${key})` : name === key ? name : undefined;
}

function noDate(who: string, where: string): string {
  return `${who} — ${where}: no designation date (startDate, listingDate or date)`;
}

/**
 * Calls `visit` with each line's entity, or `fail` with why a line is not JSON. Lines are cut
 * with `indexOf`, one at a time: the text is gone through once and never copied whole.
 */
function eachLine(text: string, visit: (value: unknown, where: string) => void, fail: (error: string) => void): void {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let number = 1; start < text.length; number++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let first = start;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    if (first < end) {
      let value: unknown;
      try {
        value = parseLine(text.slice(first, end));
      } catch (error) {
        fail(`line ${number} is not valid JSON: ${(error as Error).message}; skipped`);
        start = end + 1;
        continue;
      }
      visit(value, `line ${number}`);
    }
    start = end + 1;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/**
 * A line as an entity. A line with no designation in it (no `"Sanction"`, no `"sanctions"`) and
 * no merged ids (`referents`) matters only for its name: then only its head, the keys before
 * `"properties"` (`id`, `caption`, `schema` in OpenSanctions' exports), is parsed, if that gives
 * an id and a caption that is not a designation's; else, and for every other line, the whole line.
 * Half the lines of a flat export are targets: their properties are never needed. The raw text is
 * looked at only where it cannot mislead: a `\u` escape can spell any key or value
 * (`"s\u0061nctions"`, `"\u0053anction"`), so a line with one is always parsed whole.
 */
function parseLine(line: string): unknown {
  const properties = line.indexOf('"properties"');
  if (properties > 0 && line.indexOf('\\u') < 0 && line.indexOf('"Sanction"') < 0 && line.indexOf('"sanctions"') < 0 && !hasReferents(line)) {
    let cut = properties;
    while (cut > 0 && (line[cut - 1] === ',' || isSpace(line.charCodeAt(cut - 1)))) cut--;
    try {
      const head = JSON.parse(`${line.slice(0, cut)}}`) as Entity;
      if (typeof head.id === 'string' && typeof head.caption === 'string' && head.caption.trim() && head.schema !== 'Sanction') return head;
    } catch {
      // Not the usual layout: the whole line says what it is.
    }
  }
  return JSON.parse(line);
}

/** True when the line lists ids merged into its entity (`"referents": ["…"]`, not `[]`). */
function hasReferents(line: string): boolean {
  let at = line.indexOf('"referents"');
  if (at < 0) return false;
  at += 11;
  while (isSpace(line.charCodeAt(at)) || line[at] === ':') at++;
  if (line[at] !== '[') return true;
  at++;
  while (isSpace(line.charCodeAt(at))) at++;
  return line[at] !== ']';
}

/** A target or other neighbour: its name for the designations that point at it, and its nested designations. */
function readNeighbour(entity: Entity, names: Map<string, string>, read: (sanction: Entity, target: Target) => void): void {
  const id = typeof entity.id === 'string' ? entity.id : undefined;
  const name = nameOf(entity);
  if (id && name) {
    names.set(id, name);
    // A designation may still point at an id merged into this entity.
    if (Array.isArray(entity.referents)) for (const referent of entity.referents) if (typeof referent === 'string' && !names.has(referent)) names.set(referent, name);
  }
  const nested = entity.properties?.sanctions;
  if (!Array.isArray(nested)) return;
  for (const sanction of nested) {
    if (isObject(sanction) && (sanction.schema === 'Sanction' || sanction.schema === undefined)) read(sanction, { id, name });
  }
}

/** The name a reader knows an entity by: its caption, else its first name. */
function nameOf(entity: Entity): string | undefined {
  if (typeof entity.caption === 'string' && entity.caption.trim()) return entity.caption.trim();
  return texts(entity.properties?.name)[0];
}

/** Labels for the text of the summary, in the order an analyst reads a designation. */
const SUMMARY: readonly (readonly [string, string])[] = [
  ['reason', 'Reason'],
  ['provisions', 'Provisions'],
  ['status', 'Status'],
  ['duration', 'Duration'],
  ['unscId', 'UN reference'],
];

/**
 * One designation as event fields, or an `Error` (with its id and field) when it has no date to
 * draw. A target not met yet is looked up again at the end of the file (`unsettled`).
 */
function designation(
  sanction: Entity,
  parent: Target,
  { names, keep, regionName }: { names: ReadonlyMap<string, string>; keep: (text: string) => string; regionName: (key: string) => string },
  index: number,
  problems: Problem[],
  unsettled: Unsettled[],
): Record<string, unknown> | Error {
  const p = isObject(sanction.properties) ? sanction.properties : {};
  const id = typeof sanction.id === 'string' && sanction.id.trim() ? sanction.id.trim() : undefined;
  const warn = (field: string, message: string) => problems.push({ index, id, field, message, severity: 'warning' });

  const target = p.entity === undefined ? undefined : Array.isArray(p.entity) ? p.entity[0] : p.entity;
  const targetId = parent.id ?? (isObject(target) ? (target.id as string | undefined) : typeof target === 'string' ? target : undefined);
  const targetName = parent.name ?? (isObject(target) ? nameOf(target) : undefined) ?? (targetId ? names.get(targetId) : undefined);
  const values = propertyValues(p, warn);
  const datasets = firstValues(texts(sanction.datasets), 'datasets', warn);
  const country = values('country')[0]?.toLowerCase();

  const dates = (property: string) => dateValues(values(property), property, warn);
  const [starts, listed, plain, ends] = [dates('startDate'), dates('listingDate'), dates('date'), dates('endDate')];
  const [start, ...others] = starts.length ? starts : listed.length ? listed : plain;
  if (!start) {
    const where = datasets[0] ?? country ?? id ?? 'no dataset';
    const error = Object.assign(new Error(noDate(targetName ?? targetId ?? id ?? 'A designation', where)), { id, field: 'start' });
    if (!targetName && targetId) unsettled.push({ index, id, targetId, undated: { error, where } });
    return error;
  }
  const moments: TimelineDate[] = [];
  const add = (label: string, values: readonly string[]) => values.forEach((date) => moments.push({ label, date }));
  add(starts.length ? 'Starts' : listed.length ? 'Listed' : 'Date', others);
  if (starts.length) add('Listed', listed);
  if (starts.length || listed.length) add('Date', plain);
  let end: string | undefined = ends[0];
  let laterEnds: readonly string[] = ends.slice(1);
  if (end && endsBefore(end, start)) {
    warn('end', `endDate (${end}) is before the designation's start (${start}); kept as a date, not drawn as a span`);
    laterEnds = ends;
    end = undefined;
  }
  add('Ends', laterEnds);
  add('Amended', dates('modifiedAt'));
  if (moments.length > 1) moments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const item: Record<string, unknown> = { start, title: targetName ?? targetId ?? id ?? 'Designation' };
  // A target not met yet may come later in the file.
  if (!targetName && targetId) unsettled.push({ index, id, targetId, item });
  else if (!targetName) warn('title', "it names no target (properties.entity); titled by the designation's id");
  if (id) item.id = id;
  if (end) item.end = end;
  // The programme is the regime (the colour); who designated is the row (the lane).
  const category = texts(p.programId)[0] ?? texts(p.program)[0] ?? country ?? datasets[0];
  if (category) item.category = keep(category);
  const authority = texts(p.authority)[0] ?? (country ? regionName(country) : datasets[0]);
  if (authority) item.group = keep(authority);
  const summary = summaryOf(values);
  if (summary) item.summary = summary;
  if (targetName) item.actors = [targetName];
  const tags = unique([...values('programId'), ...values('status'), ...datasets]).map(keep);
  if (tags.length) item.tags = tags;
  const sources = sourcesOf(values, keep);
  if (sources.length) item.sources = sources;
  if (moments.length) item.dates = moments;
  return item;
}

/** "Authority: …", "Programme: …", "Reason: …", … one line each, then the designation's own summary and description. */
function summaryOf(values: Values): string {
  const line = (label: string, list: readonly string[]) => (list.length ? `${label}: ${list.join('; ')}` : '');
  const authorityId = values('authorityId');
  const authority = values('authority').map((name, i) => (i === 0 && authorityId.length ? `${name} (${authorityId.join(', ')})` : name));
  const programmes = values('program');
  const named = programmes.length > 8 ? new Set(programmes) : undefined;
  const ids = values('programId').filter((code) => !(named ? named.has(code) : programmes.includes(code)));
  const programme = programmes.length ? programmes.map((name, i) => (i === 0 && ids.length ? `${name} (${ids.join(', ')})` : name)) : ids;
  const facts = [line('Authority', authority), line('Programme', programme), ...SUMMARY.map(([property, label]) => line(label, values(property)))];
  // The designation's own prose, if any, after a blank line.
  return [facts.filter(Boolean).join('\n'), ...values('summary'), ...values('description')].filter(Boolean).join('\n\n');
}

/** `sourceUrl` and `programUrl`, once each, with the authority (else the publisher) as publisher. */
function sourcesOf(values: Values, keep: (text: string) => string): TimelineSource[] {
  const [publisher, programme] = [values('authority')[0] ?? values('publisher')[0], values('program')[0] ?? values('programId')[0]].map((text) => text && keep(text));
  const seen = new Set<string>();
  const sources: TimelineSource[] = [];
  const add = (url: string, title?: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    sources.push({ url, ...(title ? { title } : {}), ...(publisher ? { publisher } : {}) });
  };
  for (const url of values('sourceUrl')) add(url);
  for (const url of values('programUrl')) add(url, programme);
  return sources;
}

/**
 * A date property's values, earliest first, once each. A date-time without a zone (FtM dates
 * carry none) keeps its calendar day, as written, and says so: no offset is guessed.
 */
function dateValues(values: readonly string[], property: string, warn: (field: string, message: string) => void): readonly string[] {
  // Most properties hold one day, or nothing: nothing to cut, sort or merge.
  if (values.length === 0 || (values.length === 1 && values[0]!.length <= 10)) return values;
  const days = values.map((text) => {
    if (text.length <= 10 || (text[10] !== 'T' && text[10] !== ' ') || /(?:Z|[+-]\d\d:?\d\d)$/i.test(text)) return text;
    warn(property, `${property} '${text}' has no time zone; kept as the day ${text.slice(0, 10)}`);
    return text.slice(0, 10);
  });
  return [...new Set(days)].sort();
}

/**
 * True when `end` is over before `start` begins, both as FtM writes dates (`2022`, `2022-03`,
 * `2022-03-01`): one that begins the other (`2022` and `2022-03-01`) is the same time, else
 * they compare as text. Anything else is left to `normalize()`.
 */
function endsBefore(end: string, start: string): boolean {
  return !start.startsWith(end) && !end.startsWith(start) && end < start;
}

/**
 * The strings of a property value (a list of strings, or one string), trimmed, blanks left out.
 * A list that needs no change is returned as it is (read, never written): 10⁵ designations read
 * a dozen properties each.
 */
function texts(value: unknown): readonly string[] {
  if (value === undefined) return NONE;
  if (Array.isArray(value) && value.every(isCleanText)) return value as string[];
  const out: string[] = [];
  for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string' && item.trim()) out.push(item.trim());
  return out;
}

const NONE: readonly string[] = [];

function isCleanText(item: unknown): boolean {
  return typeof item === 'string' && item !== '' && item.trim() === item;
}

/** The values once each, in their first order; in linear time (a Set) past a few. */
function unique(values: readonly string[]): string[] {
  return values.length > 8 ? [...new Set(values)] : values.filter((value, i) => values.indexOf(value) === i);
}

/** The most values one designation keeps of a property: a line of 55,000 programmes must not freeze the page. */
export const MAX_VALUES = 100;

/** A designation's property values by name (see `texts`), cut to `MAX_VALUES`. */
type Values = (property: string) => readonly string[];

/** Reads a designation's properties; a property cut short is warned about once, however often it is read. */
function propertyValues(p: Record<string, unknown>, warn: (field: string, message: string) => void): Values {
  let warned: Set<string> | undefined;
  return (property) => {
    const values = texts(p[property]);
    if (values.length <= MAX_VALUES) return values;
    if (!warned?.has(property)) {
      (warned ??= new Set()).add(property);
      warn(property, tooMany(property, values.length));
    }
    return values.slice(0, MAX_VALUES);
  };
}

/** The first `MAX_VALUES` values; the rest are counted in a warning and not read further. */
function firstValues(values: readonly string[], property: string, warn: (field: string, message: string) => void): readonly string[] {
  if (values.length <= MAX_VALUES) return values;
  warn(property, tooMany(property, values.length));
  return values.slice(0, MAX_VALUES);
}

function tooMany(property: string, count: number): string {
  return `${property} has ${count} values; the first ${MAX_VALUES} are kept, ${count - MAX_VALUES} left out`;
}

/**
 * One copy of each text met again and again (who designated, programmes, datasets, statuses):
 * the copies parsed from each line are left for the garbage collector, and 10⁵ events hold one.
 */
function interner(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    const kept = known.get(text);
    if (kept !== undefined) return kept;
    known.set(text, text);
    return text;
  };
}

/** English names of who designated: "eu" → "European Union", "us" → "United States"; other keys (datasets) as they are. */
function regionNames(): (key: string) => string {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return (key) => {
    if (!/^[a-z]{2}$/i.test(key)) return key;
    try {
      return names.of(key.toUpperCase()) ?? key;
    } catch {
      return key;
    }
  };
}

function isObject(value: unknown): value is Record<string, unknown> & Entity {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
