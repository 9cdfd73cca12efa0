import type { Categories, Problem, TimelineDate, TimelineSource } from '../types.js';
import type { ReadList } from './read-list.js';

/** Where the UN Security Council publishes the list; every record cites it. */
export const UN_LIST_URL = 'https://scsanctions.un.org/resources/xml/en/consolidated.xml';

/**
 * Readable names of the regimes (`UN_LIST_TYPE` as published); a regime not listed keeps its code.
 * A Map, as every lookup by a value from the data: in an object, `toString` would find a function.
 */
const REGIMES = new Map([
  ['Al-Qaida', "ISIL (Da'esh) and Al-Qaida"],
  ['CAR', 'Central African Republic'],
  ['DPRK', 'DPRK (North Korea)'],
  ['DRC', 'Democratic Republic of the Congo'],
  ['GB', 'Guinea-Bissau'],
  ['Somalia', 'Somalia (Al-Shabaab)'],
  ['SouthSudan', 'South Sudan'],
]);

/** The name parts of a record, joined in this order into its title. */
const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];

/** An `xs:date` may carry a zone (`2015-07-01-04:00`): the calendar day is the date, never shifted. */
const ZONED_DAY = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})$/;

/** The listing authority of every record: the lane of the list when several are drawn together. */
export const UN_AUTHORITY = 'UN Security Council';

/**
 * Reads the UN Security Council Consolidated List (`CONSOLIDATED_LIST` of `INDIVIDUAL`s and
 * `ENTITY`s, as published at scsanctions.un.org) into one event per record, parsed by the
 * browser's `DOMParser` as `application/xml` (never as HTML; only text is read). Throws an
 * `Error` saying why when the text is not well-formed XML or not that list.
 *
 * Each record becomes `{ id: REFERENCE_NUMBER, start: LISTED_ON, title: the name parts joined,
 * category: UN_LIST_TYPE, group: "UN Security Council", summary, actors, tags, sources: [the list], dates }`: `LISTED_ON` as a
 * calendar day (a zone suffix is dropped, never applied), each `LAST_DAY_UPDATED` value an
 * "Amended" date. A record without `LISTED_ON` is listed in `problems` by name. Dates of birth are
 * about the person, not the designation, and are not read.
 */
export function fromUnConsolidatedList(text: string): ReadList {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not valid XML: ${parserMessage(error)}`);
  const root = doc.documentElement;
  if (root.localName !== 'CONSOLIDATED_LIST') {
    throw new Error(`not the UN Security Council consolidated list: the root element is <${root.localName}>, not <CONSOLIDATED_LIST>`);
  }
  const generated = /^\d{4}-\d{2}-\d{2}/.exec(root.getAttribute('dateGenerated') ?? '')?.[0];
  const source: TimelineSource = {
    url: UN_LIST_URL,
    title: 'United Nations Security Council Consolidated List',
    publisher: 'United Nations Security Council',
    ...(generated ? { date: generated } : {}),
  };
  const items: ReadList['items'] = [];
  const problems: Problem[] = [];
  const categories = new Map<string, { label: string }>();
  for (const group of root.children) {
    for (const record of group.children) {
      if (record.localName !== 'INDIVIDUAL' && record.localName !== 'ENTITY') continue;
      items.push(fromRecord(record, source, items.length, problems, categories));
    }
  }
  // The legend lists the regimes in alphabetical order.
  const sorted: Categories = Object.fromEntries([...categories].sort(([, a], [, b]) => a.label.localeCompare(b.label, 'en')));
  const list: ReadList = { items, problems, categories: sorted, title: 'UN Security Council Consolidated List' };
  if (generated) list.description = `Generated on ${generated}.`;
  return Object.defineProperty(list, Symbol.for('sanctions-timeline.read-list'), { value: true });
}

/** One `INDIVIDUAL` or `ENTITY` as event fields (its regime added to `categories`), or an `Error` (with its id) without `LISTED_ON`. */
function fromRecord(
  record: Element,
  source: TimelineSource,
  index: number,
  problems: Problem[],
  categories: Map<string, { label: string }>,
): Record<string, unknown> | Error {
  const fields = childrenByName(record);
  const text = (name: string) => collapse(fields.get(name)?.[0]?.textContent ?? '');
  const values = (name: string) => (fields.get(name) ?? []).flatMap((field) => valuesOf(field));
  const id = text('REFERENCE_NUMBER') || text('DATAID') || undefined;
  const name = NAME_PARTS.map(text).filter(Boolean).join(' ');
  const listed = day(text('LISTED_ON'));
  if (!listed) return Object.assign(new Error(`${name || 'A record'} — ${id ?? 'no reference number'}: no listing date (LISTED_ON)`), { id, field: 'start' });
  if (!name) problems.push({ index, id, field: 'title', message: 'the record has no name (FIRST_NAME…FOURTH_NAME); titled by its reference number', severity: 'warning' });
  const regime = text('UN_LIST_TYPE');
  // Every record of this list has one authority: it is the row when lists are drawn together.
  const item: Record<string, unknown> = { start: listed, title: name || id || 'Unnamed record', group: UN_AUTHORITY };
  if (id) item.id = id;
  if (regime) {
    // The key in lower case makes a plain CSS name, --sanctions-timeline-category-al-qaida; the tags keep the code as published.
    const key = regime.toLowerCase();
    item.category = key;
    if (!categories.has(key)) categories.set(key, { label: REGIMES.get(regime) ?? regime });
  }
  const facts = [line('Title', values('TITLE')), line('Position', values('DESIGNATION')), line('Name in original script', [text('NAME_ORIGINAL_SCRIPT')].filter(Boolean))];
  // The UN's narrative after a blank line.
  const summary = [facts.filter(Boolean).join('\n'), text('COMMENTS1')].filter(Boolean).join('\n\n');
  if (summary) item.summary = summary;
  if (name) item.actors = [name];
  item.tags = [regime, record.localName === 'INDIVIDUAL' ? 'individual' : 'entity'].filter(Boolean);
  item.sources = [source];
  const amended: TimelineDate[] = [...new Set(values('LAST_DAY_UPDATED').map(day).filter(Boolean))]
    .sort()
    .map((date) => ({ label: 'Amended', date }));
  if (amended.length) item.dates = amended;
  return item;
}

/** The record's child elements by name, in one pass. */
function childrenByName(record: Element): Map<string, Element[]> {
  const fields = new Map<string, Element[]>();
  for (const child of record.children) {
    const list = fields.get(child.localName);
    if (list) list.push(child);
    else fields.set(child.localName, [child]);
  }
  return fields;
}

/** The `VALUE`s inside an element (`<DESIGNATION><VALUE>…</VALUE></DESIGNATION>`), blanks left out. */
function valuesOf(field: Element): string[] {
  const out: string[] = [];
  for (const value of field.children) {
    const text = value.localName === 'VALUE' ? collapse(value.textContent ?? '') : '';
    if (text) out.push(text);
  }
  return out;
}

/** The calendar day of an `xs:date`; other text is passed on as it is for `normalize()` to judge. */
function day(value: string): string {
  return ZONED_DAY.exec(value)?.[1] ?? value;
}

/** The list wraps long text with line breaks, as in a printout: one space stands for any run of white space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function line(label: string, values: readonly string[]): string {
  return values.length ? `${label}: ${values.join('; ')}` : '';
}

/** What the parser said, without the page-like wrapping Chromium gives it. */
function parserMessage(error: Element): string {
  const detail = error.getElementsByTagName('div')[0] ?? error;
  return (detail.textContent ?? '').trim().replace(/\s+/g, ' ') || 'the parser gave no reason';
}
