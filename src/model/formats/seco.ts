import type { CategoryInfo, Problem, TimelineDate, TimelineSource } from '../types.js';
import type { ReadList } from './read-list.js';
import { attr, childText, children, cssKey, itemError, line, markRead, sortedCategories, summaryOf, textOf, type XmlElement } from './xml-list.js';
import { scanXml } from './xml-scan.js';

/** SECO's page of sanctions and embargoes, where the list is published. */
export const SECO_LIST_URL =
  'https://www.seco.admin.ch/seco/en/home/Aussenwirtschaftspolitik_Wirtschaftliche_Zusammenarbeit/Wirtschaftsbeziehungen/exportkontrollen-und-sanktionen/sanktionen-embargos.html';

/** Who designates every record of this list: its lane when lists are drawn together. */
export const SECO_AUTHORITY = 'Switzerland (SECO)';

const TYPES: ReadonlyMap<string, string> = new Map([['individual', 'Individual'], ['entity', 'Entity'], ['object', 'Object']]);
const KINDS: ReadonlyMap<string, string> = new Map([['listed', 'Listed'], ['amended', 'Amended'], ['de-listed', 'De-listed']]);

/** A programme, by the `ssid` of each of its sanctions sets (annexes). */
interface Programme {
  key: string;
  label: string;
  annex: string;
  origin: string;
}

/** One `modification` of a target: its kind and its three dates. */
interface Modification {
  kind: string;
  enacted: string;
  published: string;
  effective: string;
}

/** The text of the element's child in English, else its first. */
function english(element: XmlElement, name: string): string {
  const all = children(element, name);
  return textOf(all.find((each) => attr(each, 'lang') === 'eng') ?? all[0]);
}

/**
 * Reads Switzerland's sanctions list from SECO's SESAM database (`<swiss-sanctions-list
 * list-type="whole-list">`), as a stream (see xml-scan.ts), into one event per designation span: a top-level `target` from a
 * "listed" modification to the "de-listed" one that ends it (a target listed again later opens
 * a new span, so a new event). Only the root's own `target` children are read: the copies inside
 * a modification's `added`/`removed` are history. Throws an `Error` saying why when the text is
 * not well-formed XML, not that list, or a partial list (another `list-type`), which read as a
 * whole list would look as if targets had vanished.
 *
 * Each becomes `{ id: "seco-<ssid>" (a later span adds "-2", "-3"…), start: the listing's
 * effective date, end: the de-listing's effective date when the target was de-listed, title: the
 * main identity's primary name, category: "seco-<programme>" labelled with the programme (joined
 * on the target's `sanctions-set-id`), group: "Switzerland (SECO)", summary, actors, tags, sources,
 * dates: every other modification date, labelled ("Amended — in force") }`. Modifications are
 * sorted by date, not trusted in document order. A target without a "listed" modification is an
 * error naming it; an amendment is never promoted to a listing.
 */
export function fromSecoSanctionsList(text: string): ReadList {
  const programmes = new Map<string, Programme>();
  const source: TimelineSource = { url: SECO_LIST_URL, title: 'Swiss sanctions list (SESAM)', publisher: 'State Secretariat for Economic Affairs (SECO)' };
  const items: ReadList['items'] = [];
  const problems: Problem[] = [];
  const categories = new Map<string, CategoryInfo>();
  const context = { programmes, source, categories };
  // A target met before its programme (they come first in the files described) is read at the end.
  const late: XmlElement[] = [];
  scanXml(text, 1, {
    root(root) {
      if (root.name !== 'swiss-sanctions-list') throw new Error(`not SECO's Swiss sanctions list XML: the root element is <${root.name}>, not <swiss-sanctions-list>`);
      const listType = attr(root, 'list-type');
      if (listType && listType !== 'whole-list') {
        throw new Error(`this is SECO's "${listType}" list, not the whole list: a partial list would show targets as if the others had vanished; load the whole list (list-type="whole-list")`);
      }
      if (attr(root, 'date')) source.date = attr(root, 'date');
    },
    element(element) {
      if (element.name === 'sanctions-program') addProgramme(programmes, element);
      else if (element.name !== 'target') return;
      else if (programmes.has(setIdOf(element))) readTarget(element, context, items, problems);
      else late.push(element);
    },
  });
  for (const target of late) readTarget(target, context, items, problems);
  const list: ReadList = { items, problems, categories: sortedCategories(categories), title: 'Swiss sanctions list (SECO)' };
  if (source.date) list.description = `Dated ${source.date}.`;
  return markRead(list);
}

/** A `sanctions-program`, under the `ssid` of each of its sanctions sets: a target names its set, not its programme. */
function addProgramme(programmes: Map<string, Programme>, programme: XmlElement): void {
  const name = english(programme, 'program-name');
  const key = english(programme, 'program-key');
  for (const set of children(programme, 'sanctions-set')) {
    programmes.set(attr(set, 'ssid'), { key: cssKey('seco', key || name), label: name || key, annex: textOf(set), origin: childText(programme, 'origin') });
  }
}

/** The target's sanctions set: a child element, or an attribute in older files. */
function setIdOf(target: XmlElement): string {
  return attr(target, 'sanctions-set-id') || childText(target, 'sanctions-set-id');
}

interface TargetContext {
  programmes: Map<string, Programme>;
  source: TimelineSource;
  categories: Map<string, CategoryInfo>;
}

/** A `name` as text: its parts' values in `order` order, joined with spaces. */
function nameOf(name: XmlElement): string {
  return children(name, 'name-part')
    .map((part) => ({ order: Number(attr(part, 'order')) || 0, value: childText(part, 'value') }))
    .sort((a, b) => a.order - b.order)
    .map((part) => part.value)
    .filter(Boolean)
    .join(' ');
}

/** The name in each other script or language its parts are spelt in (`spelling-variant`): those parts, in order, with the script. */
function spellings(name: XmlElement): string[] {
  const byScript = new Map<string, { order: number; text: string }[]>();
  for (const part of children(name, 'name-part')) {
    for (const variant of children(part, 'spelling-variant')) {
      const text = textOf(variant);
      const script = attr(variant, 'script') || attr(variant, 'lang');
      if (text) byScript.set(script, [...(byScript.get(script) ?? []), { order: Number(attr(part, 'order')) || 0, text }]);
    }
  }
  return [...byScript].map(([script, parts]) => {
    const text = parts.sort((a, b) => a.order - b.order).map((part) => part.text).join(' ');
    return script ? `${text} (${script})` : text;
  });
}

function readTarget(target: XmlElement, context: TargetContext, items: ReadList['items'], problems: Problem[]): void {
  const ssid = attr(target, 'ssid');
  const base = ssid ? `seco-${ssid}` : undefined;
  const subject = children(target, 'individual')[0] ?? children(target, 'entity')[0] ?? children(target, 'object')[0];
  const identities = children(subject, 'identity');
  const identity = identities.find((each) => attr(each, 'main') === 'true') ?? identities[0];
  const names = children(identity, 'name');
  const primary = names.find((name) => attr(name, 'name-type') === 'primary-name') ?? names[0];
  const title = primary ? nameOf(primary) : '';
  const modifications: Modification[] = children(target, 'modification')
    .map((node) => ({ kind: attr(node, 'modification-type'), enacted: attr(node, 'enactment-date'), published: attr(node, 'publication-date'), effective: attr(node, 'effective-date') }))
    .sort((a, b) => compare(dayOf(a), dayOf(b)));
  const listings = modifications.filter((each) => each.kind === 'listed' && each.effective);
  if (!listings.length) {
    items.push(itemError(`${title || 'A target'} — SECO ssid ${ssid || '(none)'}: no listing date (modification of type "listed")`, base));
    return;
  }
  const programme = context.programmes.get(setIdOf(target));
  if (programme && !context.categories.has(programme.key)) context.categories.set(programme.key, { label: programme.label });
  const type = subject?.name ?? '';
  const typeText = type === 'object' ? attr(subject, 'object-type') || 'object' : type;
  const otherNames = [...identities.flatMap((each) => children(each, 'name'))].filter((name) => name !== primary).map(nameOf);
  const foreign = children(target, 'foreign-identifier').map(textOf).filter(Boolean);
  const facts = [
    line('Type', [TYPES.get(typeText) ?? typeText.charAt(0).toUpperCase() + typeText.slice(1)]),
    line('Programme', [programme?.label ?? '']),
    line('Sanctions set', [programme?.annex ?? '']),
    line('Following', [programme?.origin ?? '']),
    line('Also known as', otherNames),
    line('Name in other scripts', names.flatMap(spellings)),
    line('SECO id (ssid)', [ssid]),
    line('Identifier of the origin list', foreign),
  ];
  const texts = [...children(subject, 'justification'), ...children(subject, 'other-information')].map(textOf);
  const summary = summaryOf(facts, texts);
  for (const [n, listing] of listings.entries()) {
    const next = listings[n + 1];
    const id = base && n > 0 ? `${base}-${n + 1}` : base;
    // The span's own modifications: from its listing up to the next listing.
    const own = modifications.filter((each) => compare(dayOf(each), dayOf(listing)) >= 0 && (!next || compare(dayOf(each), dayOf(next)) < 0));
    const ending = own.find((each) => each.kind === 'de-listed' && each.effective);
    const item: Record<string, unknown> = { start: listing.effective, title: title || ssid || 'Unnamed target', group: SECO_AUTHORITY };
    if (!title && n === 0) problems.push({ index: items.length, id, field: 'title', message: 'the target has no name; titled by its ssid', severity: 'warning' });
    if (id) item.id = id;
    if (ending) item.end = ending.effective;
    if (programme) item.category = programme.key;
    if (summary) item.summary = summary;
    if (title) item.actors = [title];
    item.tags = [ssid, ...foreign, typeText].filter(Boolean);
    item.sources = [context.source];
    const dates = datesOf(own, listing, ending);
    if (dates.length) item.dates = dates;
    items.push(item);
  }
}

/** Every date of the span's modifications, labelled by kind and role; the listing's and de-listing's effective dates are its start and end. */
function datesOf(own: readonly Modification[], listing: Modification, ending: Modification | undefined): TimelineDate[] {
  const dates: TimelineDate[] = [];
  for (const each of own) {
    const kind = KINDS.get(each.kind) ?? (each.kind || 'Modified');
    if (each.enacted) dates.push({ label: `${kind} — decision`, date: each.enacted });
    if (each.published) dates.push({ label: `${kind} — published`, date: each.published });
    if (each.effective && each !== listing && each !== ending) dates.push({ label: `${kind} — in force`, date: each.effective });
  }
  return dates.sort((a, b) => compare(a.date, b.date));
}

/** The day a modification took place, for ordering: its effective date, else its publication or enactment. */
function dayOf(modification: Modification): string {
  return modification.effective || modification.published || modification.enacted;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
