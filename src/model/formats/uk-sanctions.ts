import type { CategoryInfo, Problem, TimelineSource } from '../types.js';
import type { ReadList } from './read-list.js';
import { child, childText, children, cssKey, descendantTexts, isoDay, itemError, line, markRead, sortedCategories, summaryOf, textOf, type XmlElement } from './xml-list.js';
import { scanXml } from './xml-scan.js';

/** The FCDO's page of the list, where every format of it is published. */
export const UK_LIST_URL = 'https://www.gov.uk/government/publications/the-uk-sanctions-list';

/** Who designates every record of this list: its lane when lists are drawn together. */
export const UK_AUTHORITY = 'United Kingdom (FCDO)';

/** The list's dates are `DD/MM/YYYY` (day first) in every record seen. */
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** The calendar day of a `DD/MM/YYYY` date ("04/11/2019" is 4 November 2019); `''` when it is not one. */
export function ukDate(text: string): string {
  const match = DAY_MONTH_YEAR.exec(text);
  return match ? isoDay(match[3]!, match[2], match[1]) : '';
}

/** The words of a regime's title that every title has ("The …", "(Sanctions)", "(EU Exit)", "Regulations 2019"): left out of its key. */
const REGIME_BOILERPLATE = /\bthe\b|\bsanctions\b|\beu exit\b|\bregulations\b|\b\d{4}\b|[()]/gi;

/**
 * Reads the UK Sanctions List XML published by the FCDO (`<Designations>` of `<Designation>`s)
 * into one event per designation, as a stream (see xml-scan.ts). Throws an `Error` saying why when the text is not well-formed
 * XML or not that list.
 *
 * Each becomes `{ id: "uk-<UniqueID>", start: DateDesignated (DD/MM/YYYY, day first), title: the
 * "Primary Name" (Name1…Name6 joined), category: "uk-<regime>" labelled with RegimeName, group:
 * "United Kingdom (FCDO)", summary, actors, tags, sources: [the list], dates: [LastUpdated as "Last
 * updated"] }`. For a UN designation `DateDesignated` is the UN's listing date, which is right. A
 * designation without a readable `DateDesignated` is an error naming it; it is never dated from
 * `LastUpdated` or the file's `DateGenerated`.
 */
export function fromUkSanctionsList(text: string): ReadList {
  // The list's date comes first in the file, before the designations that cite the list.
  const source: TimelineSource = { url: UK_LIST_URL, title: 'The UK Sanctions List', publisher: 'Foreign, Commonwealth & Development Office' };
  const items: ReadList['items'] = [];
  const problems: Problem[] = [];
  const categories = new Map<string, CategoryInfo>();
  scanXml(text, 1, {
    root(root) {
      if (root.name !== 'Designations') throw new Error(`not the UK Sanctions List XML: the root element is <${root.name}>, not <Designations>`);
    },
    element(element) {
      if (element.name === 'Designation') items.push(readDesignation(element, source, items.length, problems, categories));
      else if (element.name === 'DateGenerated' && ukDate(textOf(element))) source.date = ukDate(textOf(element));
    },
  });
  const list: ReadList = { items, problems, categories: sortedCategories(categories), title: 'UK Sanctions List' };
  if (source.date) list.description = `Generated on ${source.date}.`;
  return markRead(list);
}

/** A `Name` as text: its non-empty `Name1`…`Name6` joined with spaces. */
function nameOf(name: XmlElement): string {
  return ['Name1', 'Name2', 'Name3', 'Name4', 'Name5', 'Name6'].map((part) => childText(name, part)).filter(Boolean).join(' ');
}

function readDesignation(designation: XmlElement, source: TimelineSource, index: number, problems: Problem[], categories: Map<string, CategoryInfo>): Record<string, unknown> | Error {
  const text = (name: string) => childText(designation, name);
  const uniqueId = text('UniqueID');
  const id = uniqueId ? `uk-${uniqueId}` : undefined;
  const names = children(child(designation, 'Names'), 'Name').map((name) => ({ name: nameOf(name), type: childText(name, 'NameType').toLowerCase(), strength: childText(name, 'AliasStrength') }));
  const primary = names.find((name) => name.type === 'primary name' && name.name) ?? names.find((name) => name.name);
  const title = primary?.name ?? '';
  const written = text('DateDesignated');
  const designated = ukDate(written);
  if (!designated) {
    const why = written ? `DateDesignated '${written}' is not a DD/MM/YYYY date` : 'no designation date (DateDesignated)';
    return itemError(`${title || 'A designation'} — ${uniqueId || 'no UniqueID'}: ${why}`, id);
  }
  if (!title) problems.push({ index, id, field: 'title', message: 'the designation has no name (Names); titled by its UniqueID', severity: 'warning' });
  const item: Record<string, unknown> = { start: designated, title: title || uniqueId || 'Unnamed designation', group: UK_AUTHORITY };
  if (id) item.id = id;
  const regime = text('RegimeName');
  if (regime) {
    const key = cssKey('uk', regime.replace(REGIME_BOILERPLATE, ' ') || regime);
    item.category = key;
    if (!categories.has(key)) categories.set(key, { label: regime });
  }
  const others = names.filter((name) => name !== primary && name.name);
  const unReferences = children(designation, 'UNReferenceNumber').map(textOf).filter(Boolean);
  const imo = descendantTexts(designation, 'IMONumber');
  const facts = [
    line('Type', [text('IndividualEntityShip')]),
    line('Regime', [regime]),
    line('Designated by', text('DesignationSource').split('|').map((part) => part.trim())),
    line('Sanctions imposed', text('SanctionsImposed').split('|').map((part) => part.trim())),
    line('Spellings of the primary name', others.filter((name) => name.type === 'primary name variation').map((name) => name.name)),
    line('Also known as', others.filter((name) => name.type !== 'primary name variation').map((name) => (name.strength ? `${name.name} (${name.strength})` : name.name))),
    line('Name in non-Latin script', descendantTexts(designation, 'NameNonLatinScript')),
    line('UK unique id', [uniqueId]),
    line('OFSI group id', [text('OFSIGroupID')]),
    line('UN reference number', unReferences),
    line('IMO number', imo),
  ];
  const summary = summaryOf(facts, [text('OtherInformation'), text('UKStatementofReasons')]);
  if (summary) item.summary = summary;
  if (title) item.actors = [title];
  item.tags = [uniqueId, text('OFSIGroupID'), ...unReferences, ...imo, text('IndividualEntityShip').toLowerCase()].filter(Boolean);
  item.sources = [source];
  const updated = ukDate(text('LastUpdated'));
  if (updated) item.dates = [{ label: 'Last updated', date: updated }];
  return item;
}
