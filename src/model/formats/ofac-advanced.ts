import type { CategoryInfo, Problem, TimelineDate, TimelineSource } from '../types.js';
import type { ReadList } from './read-list.js';
import { attr, child, childText, children, cssKey, isoDay, itemError, line, markRead, sortedCategories, summaryOf, textOf, type XmlElement } from './xml-list.js';
import { scanXml } from './xml-scan.js';

/** OFAC's page of the SDN list and its data files. */
export const OFAC_LIST_URL = 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists';

/** Who designates the records of OFAC's files: their lane when lists are drawn together. */
export const OFAC_AUTHORITY = 'US Treasury (OFAC)';

/** A party's page in OFAC's Sanctions List Search, by its UID. */
const DETAILS_URL = 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=';

/** How the summary names each alias type (`AliasTypeValues`); another type is named as written. */
const ALIAS_LABELS: ReadonlyMap<string, string> = new Map([['A.K.A.', 'Also known as'], ['F.K.A.', 'Formerly known as'], ['N.K.A.', 'Now known as']]);

/** Feature types that date a sanctions measure ("Listing Date (EO 14024 Directive 2):"); dates of birth and build dates are about the party. */
const MEASURE_DATE = /\b(listing|effective|designation)\s+date\b/i;

/** The reference value sets of the file: set name ("AliasType") → ID → element. */
type References = Map<string, Map<string, XmlElement>>;

/** What an entry needs of its party (`DistinctParty/Profile`), kept from `DistinctParties` until `SanctionsEntries` come. */
interface Party {
  name: string;
  type: string;
  facts: string[];
  identifiers: string[];
  dates: TimelineDate[];
}

/**
 * Reads OFAC's SDN list (or its Consolidated list) in the Advanced Sanctions Data Model XML
 * (`SDN_ADVANCED.XML`: `<Sanctions>` in the namespace `…/exports/ADVANCED_XML`, formerly
 * `http://www.un.org/sanctions/1.0`) into one event per `SanctionsEntry`, as a stream (see
 * xml-scan.ts): the 120 MB file is never held as a document. Every `…ID` attribute is
 * resolved through the file's own `ReferenceValueSets`, never through numbers written here; an
 * entry is joined to its party by `ProfileID`. Throws an `Error` saying why when the text is not
 * well-formed XML or not that model.
 *
 * Each becomes `{ id: "ofac-<UID>", start: the date of its "Created" entry event (Year, Month,
 * Day), title: the party's primary name ("LAST, First" for people, as OFAC writes them), category:
 * "ofac-<programme>" (its first programme; all are in the summary and tags), group: "US Treasury
 * (OFAC)", summary, actors, tags, sources: [the list, the party's page], dates }`. The dates are
 * other entry events and the dates of sectoral directives in the party's features. An entry
 * without a "Created" date is an error naming it; it is never dated from the file's `DateOfIssue`.
 */
export function fromOfacAdvanced(text: string): ReadList {
  const references: References = new Map();
  const issue = new Map<string, string>();
  const documents = new Map<string, string[]>();
  const parties = new Map<string, Party>();
  // The entries come last in the file; they are read once every party is known.
  const entries: XmlElement[] = [];
  scanXml(text, 2, {
    root(root) {
      if (root.name !== 'Sanctions') {
        throw new Error(`not OFAC's SDN advanced XML (Advanced Sanctions Data Model): the root element is <${root.name}>, not <Sanctions>`);
      }
    },
    element(element, parent) {
      if (parent === 'ReferenceValueSets') addReferences(references, element);
      else if (parent === 'DateOfIssue') issue.set(element.name, textOf(element));
      else if (parent === 'IDRegDocuments') addDocument(documents, element, references);
      else if (parent === 'DistinctParties') for (const profile of children(element, 'Profile')) parties.set(attr(profile, 'ID'), readParty(profile, references, documents));
      else if (parent === 'SanctionsEntries' && element.name === 'SanctionsEntry') entries.push(element);
    },
  });
  const issued = isoDay(issue.get('Year') ?? '', issue.get('Month'), issue.get('Day'));
  const bodies = [...(references.get('SubsidiaryBody')?.values() ?? [])].map(textOf);
  const authority = bodies.some((body) => /Office of Foreign Assets Control/i.test(body)) || !bodies.length ? OFAC_AUTHORITY : bodies[0]!;
  const source: TimelineSource = { url: OFAC_LIST_URL, title: 'Specially Designated Nationals and Blocked Persons List', publisher: 'Office of Foreign Assets Control', ...(issued ? { date: issued } : {}) };
  const items: ReadList['items'] = [];
  const problems: Problem[] = [];
  const categories = new Map<string, CategoryInfo>();
  const used = new Set<string>();
  const lists = new Set<string>();
  for (const entry of entries) {
    const list = refText(references, 'List', attr(entry, 'ListID'));
    if (list) lists.add(list);
    items.push(readEntry(entry, { references, parties, source, authority, list, used, categories }, items.length, problems));
  }
  const title = lists.size === 1 ? `OFAC ${[...lists][0]!} (advanced XML)` : 'OFAC sanctions lists (advanced XML)';
  const list: ReadList = { items, problems, categories: sortedCategories(categories), title };
  list.description = `${issued ? `Issued on ${issued}. ` : ''}Each designation is dated by its entry's “Created” event.`;
  return markRead(list);
}

/** A `…Values` set of `ReferenceValueSets` as a map from `ID` to its element. */
function addReferences(references: References, set: XmlElement): void {
  const values = new Map<string, XmlElement>();
  for (const value of set.children) values.set(attr(value, 'ID'), value);
  references.set(set.name.replace(/Values$/, ''), values);
}

/** The text of the reference value `id` of `set` (the legal basis by its short reference when it has no text); `''` when there is none. */
function refText(references: References, set: string, id: string): string {
  const value = references.get(set)?.get(id);
  return value ? textOf(value) || attr(value, `${set}ShortRef`) : '';
}

/** A `Date` (or `From`) of `Year`, `Month`, `Day` elements as `YYYY-MM-DD`, partial when a part is missing. */
function dateOf(date: XmlElement | undefined): string {
  return date ? isoDay(childText(date, 'Year'), childText(date, 'Month'), childText(date, 'Day')) : '';
}

/** An identity document, under its identity: IdentityID → "Passport: A123", in the file's order. */
function addDocument(byIdentity: Map<string, string[]>, document: XmlElement, references: References): void {
  const number = childText(document, 'IDRegistrationNo');
  if (!number) return;
  const kind = refText(references, 'IDRegDocType', attr(document, 'IDRegDocTypeID'));
  const identity = attr(document, 'IdentityID');
  const texts = byIdentity.get(identity) ?? [];
  texts.push(kind ? `${kind}: ${number}` : number);
  byIdentity.set(identity, texts);
}

/** A profile's type, names, identity documents and dated features. */
function readParty(profile: XmlElement, references: References, documents: Map<string, string[]>): Party {
  const subtype = references.get('PartySubType')?.get(attr(profile, 'PartySubTypeID'));
  let type = textOf(subtype);
  if (!type || type === 'Unknown') type = refText(references, 'PartyType', attr(subtype, 'PartyTypeID')) || type;
  const identities = children(profile, 'Identity');
  const identity = identities.find((each) => attr(each, 'Primary') === 'true') ?? identities[0];
  const groups = new Map<string, string>();
  for (const master of children(child(identity, 'NamePartGroups'), 'MasterNamePartGroup')) {
    for (const group of children(master, 'NamePartGroup')) groups.set(attr(group, 'ID'), refText(references, 'NamePartType', attr(group, 'NamePartTypeID')));
  }
  let name = '';
  const aliases = new Map<string, string[]>();
  const scripts: string[] = [];
  for (const alias of children(identity, 'Alias')) {
    const primary = attr(alias, 'Primary') === 'true' && !name;
    const label = refText(references, 'AliasType', attr(alias, 'AliasTypeID'));
    const low = attr(alias, 'LowQuality') === 'true';
    const names = children(alias, 'DocumentedName');
    const latin = names.find((each) => /^primary latin$/i.test(refText(references, 'DocNameStatus', attr(each, 'DocNameStatusID')))) ?? names[0];
    for (const documented of names) {
      const { text, script } = documentedName(documented, groups, references);
      if (!text) continue;
      if (documented !== latin) scripts.push(script ? `${text} (${script})` : text);
      else if (primary) name = text;
      else {
        const heading = ALIAS_LABELS.get(label) ?? (label || 'Also known as');
        aliases.set(heading, [...(aliases.get(heading) ?? []), low ? `${text} (low quality)` : text]);
      }
    }
  }
  const facts = [line('Type', [type]), ...[...aliases].map(([heading, names]) => line(heading, names)), line('Name in other scripts', scripts)];
  const identifiers = documents.get(attr(identity, 'ID')) ?? [];
  return { name, type, facts, identifiers, dates: featureDates(profile, references) };
}

/** A documented name's parts joined, the last name first ("EXAMPLE, Ivan"), and the script of its parts. */
function documentedName(documented: XmlElement, groups: Map<string, string>, references: References): { text: string; script: string } {
  const last: string[] = [];
  const rest: string[] = [];
  let script = '';
  for (const part of children(documented, 'DocumentedNamePart')) {
    const value = child(part, 'NamePartValue');
    const text = textOf(value);
    if (!text) continue;
    script ||= refText(references, 'Script', attr(value, 'ScriptID'));
    (/^last name$/i.test(groups.get(attr(value, 'NamePartGroupID')) ?? '') ? last : rest).push(text);
  }
  const text = last.length && rest.length ? `${last.join(' ')}, ${rest.join(' ')}` : [...last, ...rest].join(' ');
  return { text, script: /^latin$/i.test(script) ? '' : script };
}

/** The dates of sanctions measures among a profile's features ("Listing Date (EO 14024 Directive 2)"), labelled by the feature type. */
function featureDates(profile: XmlElement, references: References): TimelineDate[] {
  const dates: TimelineDate[] = [];
  for (const feature of children(profile, 'Feature')) {
    const label = refText(references, 'FeatureType', attr(feature, 'FeatureTypeID')).replace(/[:\s-]+$/, '');
    if (!MEASURE_DATE.test(label) || /birth/i.test(label)) continue;
    for (const version of children(feature, 'FeatureVersion')) {
      const date = dateOf(child(child(child(version, 'DatePeriod'), 'Start'), 'From'));
      if (date) dates.push({ label, date });
    }
  }
  return dates;
}

interface EntryContext {
  references: References;
  parties: Map<string, Party>;
  source: TimelineSource;
  authority: string;
  list: string;
  used: Set<string>;
  categories: Map<string, CategoryInfo>;
}

function readEntry(entry: XmlElement, context: EntryContext, index: number, problems: Problem[]): Record<string, unknown> | Error {
  const { references, parties, used, categories } = context;
  const uid = attr(entry, 'ProfileID');
  const party = parties.get(uid);
  let id = uid ? `ofac-${uid}` : `ofac-entry-${attr(entry, 'ID')}`;
  if (used.has(id)) id = `${id}-${attr(entry, 'ID')}`;
  used.add(id);
  const events = children(entry, 'EntryEvent').map((event) => ({
    type: refText(references, 'EntryEventType', attr(event, 'EntryEventTypeID')),
    date: dateOf(child(event, 'Date')),
    basis: refText(references, 'LegalBasis', attr(event, 'LegalBasisID')),
    comment: childText(event, 'Comment'),
  }));
  const created = events.filter((event) => /^created$/i.test(event.type) && event.date).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  const name = party?.name ?? '';
  if (!created) return itemError(`${name || 'A party'} — OFAC UID ${uid || '(none)'}: no designation date (EntryEvent “Created”)`, id);
  if (!party) problems.push({ index, id, field: 'title', message: `its party (profile ${uid}) is not in the file; titled by its UID`, severity: 'warning' });
  else if (!name) problems.push({ index, id, field: 'title', message: 'its party has no primary name; titled by its UID', severity: 'warning' });
  const programmes: string[] = [];
  const measures: string[] = [];
  for (const measure of children(entry, 'SanctionsMeasure')) {
    const kind = refText(references, 'SanctionsType', attr(measure, 'SanctionsTypeID'));
    const comment = childText(measure, 'Comment');
    if (/^program$/i.test(kind)) {
      if (comment) programmes.push(comment);
    } else if (kind) measures.push(comment ? `${kind} (${comment})` : kind);
  }
  const item: Record<string, unknown> = { id, start: created.date, title: name || `OFAC UID ${uid}`, group: context.authority };
  const programme = programmes[0];
  if (programme) {
    const key = cssKey('ofac', programme);
    item.category = key;
    if (!categories.has(key)) categories.set(key, { label: programme });
  }
  const facts = [
    ...(party ? party.facts.slice(0, 1) : []),
    line('List', [context.list]),
    line('Programmes', programmes),
    line('Legal basis', events.map((event) => event.basis)),
    line('Sanctions', measures),
    ...(party ? party.facts.slice(1) : []),
    line('OFAC UID', [uid]),
    line('Identity documents', party?.identifiers ?? []),
  ];
  const summary = summaryOf(facts, events.map((event) => event.comment));
  if (summary) item.summary = summary;
  if (name) item.actors = [name];
  item.tags = [...programmes, uid, party?.type.toLowerCase() ?? '', ...(party?.identifiers ?? []).map((text) => text.slice(text.lastIndexOf(': ') + 1).trim())].filter(Boolean);
  item.sources = [context.source, { url: `${DETAILS_URL}${encodeURIComponent(uid)}`, title: `Sanctions List Search: ${name || `UID ${uid}`}`, publisher: 'Office of Foreign Assets Control' }];
  const dates = [
    ...events.filter((event) => event !== created && event.date).map((event) => ({ label: event.type || 'Entry event', date: event.date })),
    ...(party?.dates ?? []),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (dates.length) item.dates = dates;
  return item;
}
