import type { CategoryInfo, Problem, TimelineDate, TimelineSource } from '../types.js';
import type { ReadList } from './read-list.js';
import { attr, child, childText, children, cssKey, itemError, line, markRead, sortedCategories, summaryOf, textOf, type XmlElement } from './xml-list.js';
import { scanXml } from './xml-scan.js';

/** The Commission's page of the list (the files themselves are on webgate.ec.europa.eu/fsd/fsf). */
export const EU_LIST_URL = 'https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions';

/** Who designates every record of this list: its lane when lists are drawn together. */
export const EU_AUTHORITY = 'European Union';

/**
 * Readable names of the programme codes (`regulation/@programme`), which the file does not label:
 * most are ISO 3166 three-letter country codes; `TAQA` and `TERR` are the ISIL/Al-Qaida and the
 * EU's own terrorist lists. A code not here is its own label.
 */
const PROGRAMMES: ReadonlyMap<string, string> = new Map([
  ['AFG', 'Afghanistan'], ['BDI', 'Burundi'], ['BLR', 'Belarus'], ['CAF', 'Central African Republic'],
  ['CHEM', 'Chemical weapons'], ['COD', 'Democratic Republic of the Congo'], ['CYB', 'Cyber-attacks'],
  ['EGY', 'Egypt'], ['GIN', 'Guinea'], ['GNB', 'Guinea-Bissau'], ['GTM', 'Guatemala'], ['HTI', 'Haiti'],
  ['HR', 'Human rights'], ['IRN', 'Iran'], ['IRQ', 'Iraq'], ['LBN', 'Lebanon'], ['LBY', 'Libya'],
  ['MDA', 'Moldova'], ['MLI', 'Mali'], ['MMR', 'Myanmar'], ['NIC', 'Nicaragua'], ['PRK', 'North Korea'],
  ['RUS', 'Russia'], ['SDN', 'Sudan'], ['SOM', 'Somalia'], ['SSD', 'South Sudan'], ['SYR', 'Syria'],
  ['TAQA', "ISIL (Da'esh) and Al-Qaida"], ['TERR', 'EU terrorist list'], ['TUN', 'Tunisia'], ['TUR', 'Türkiye'],
  ['UKR', 'Ukraine'], ['VEN', 'Venezuela'], ['YEM', 'Yemen'], ['ZWE', 'Zimbabwe'],
]);

const SUBJECTS: ReadonlyMap<string, string> = new Map([['person', 'Person'], ['enterprise', 'Enterprise']]);

/** A name of the record: one `nameAlias`. */
interface Alias {
  name: string;
  language: string;
  strong: boolean;
  order: number;
}

/** Letters of a script other than Latin: a name with any is not the Latin-script primary name. */
const NON_LATIN = /(?![\p{Script=Latin}])\p{L}/u;

/**
 * Reads the EU's Financial Sanctions Files XML (`xmlFullSanctionsList_1_1`: `<export>` of
 * `<sanctionEntity>` records, in the namespace `http://eu.europa.ec/fpi/fsd/export`) into one
 * event per designation: per `sanctionEntity` and programme (`regulation/@programme`; a record
 * under two programmes is two designations on the same date), read as a stream (see xml-scan.ts).
 * Throws an `Error` saying why when the text is not well-formed XML or not that list.
 *
 * Each becomes `{ id: "eu-<logicalId>" (a second programme adds "-<code>"), start: @designationDate,
 * title: the primary name, category: "eu-<programme>", group: "European Union", summary, actors,
 * tags, sources: [the list, the acts on EUR-Lex], dates }`. The primary name is a heuristic, as the
 * file flags none: the `strong` alias with the lowest `logicalId` (the oldest), in Latin script if
 * there is one. The dates are each act's publication and entry into force ("Act … published",
 * "Act … in force") and the days details were added or changed (`regulationSummary`). A record
 * without `designationDate` is an error naming it; it is never dated from an act or the file.
 */
export function fromEuFinancialSanctions(text: string): ReadList {
  const items: ReadList['items'] = [];
  const problems: Problem[] = [];
  const categories = new Map<string, CategoryInfo>();
  let generated: string | undefined;
  const source: TimelineSource = {
    url: EU_LIST_URL,
    title: 'Consolidated list of persons, groups and entities subject to EU financial sanctions',
    publisher: 'European Commission',
  };
  scanXml(text, 1, {
    root(root) {
      if (root.name !== 'export') throw new Error(`not the EU Financial Sanctions Files XML: the root element is <${root.name}>, not <export>`);
      generated = /^\d{4}-\d{2}-\d{2}/.exec(attr(root, 'generationDate'))?.[0];
      if (generated) source.date = generated;
    },
    element(entity) {
      if (entity.name === 'sanctionEntity') readEntity(entity, source, items, problems, categories);
    },
  });
  const list: ReadList = { items, problems, categories: sortedCategories(categories), title: 'EU Financial Sanctions Files' };
  if (generated) list.description = `Generated on ${generated}.`;
  return markRead(list);
}

/** One `sanctionEntity`: an item per programme it is listed under (one when it names none). */
function readEntity(entity: XmlElement, source: TimelineSource, items: ReadList['items'], problems: Problem[], categories: Map<string, CategoryInfo>): void {
  const logicalId = attr(entity, 'logicalId');
  const reference = attr(entity, 'euReferenceNumber');
  const unId = attr(entity, 'unitedNationId');
  const designated = attr(entity, 'designationDate');
  const nameNodes = children(entity, 'nameAlias');
  const aliases = nameNodes.map(readAlias).filter((alias) => alias.name);
  const titles = nameNodes.map((alias) => attr(alias, 'title'));
  const functions = nameNodes.map((alias) => attr(alias, 'function'));
  const primary = primaryName(aliases);
  const regulations = children(entity, 'regulation');
  const programmes = [...new Set(regulations.map((regulation) => attr(regulation, 'programme')))];
  if (!programmes.length) programmes.push('');
  const base = logicalId ? `eu-${logicalId}` : reference ? `eu-${reference}` : undefined;
  const named = reference || (logicalId ? `logical id ${logicalId}` : 'no reference number');
  const subject = attr(child(entity, 'subjectType'), 'code');
  const identifications = children(entity, 'identification').map((node) => {
    const number = attr(node, 'number') || attr(node, 'latinNumber');
    const kind = attr(node, 'identificationTypeDescription') || attr(node, 'identificationTypeCode');
    return number ? `${kind ? `${kind}: ` : ''}${number}` : '';
  });
  const others = aliases.filter((alias) => alias !== primary).map((alias) => (alias.language ? `${alias.name} (${alias.language})` : alias.name));
  for (const [n, programme] of programmes.entries()) {
    const id = base && n > 0 ? `${base}-${programme.toLowerCase()}` : base;
    const title = primary?.name ?? '';
    if (!designated) {
      items.push(itemError(`${title || 'A record'} — ${named}: no designation date (designationDate)`, id));
      continue;
    }
    if (!title) problems.push({ index: items.length, id, field: 'title', message: 'the record has no name (nameAlias); titled by its reference', severity: 'warning' });
    const acts = regulations.filter((regulation) => attr(regulation, 'programme') === programme);
    const item: Record<string, unknown> = { start: designated, title: title || reference || id || 'Unnamed record', group: EU_AUTHORITY };
    if (id) item.id = id;
    if (programme) {
      const key = cssKey('eu', programme);
      item.category = key;
      if (!categories.has(key)) categories.set(key, { label: PROGRAMMES.has(programme) ? `${PROGRAMMES.get(programme)!} (${programme})` : programme });
    }
    const facts = [
      line('Subject', [SUBJECTS.get(subject) ?? subject]),
      line('Programme', [programme]),
      line('Also known as', others),
      line('Title', titles),
      line('Function', functions),
      line('EU reference number', [reference]),
      line('EU logical id', [logicalId]),
      line('UN reference number', [unId]),
      line('Identification', identifications),
      line('Acts', acts.map((act) => [attr(act, 'numberTitle'), attr(act, 'regulationType')].filter(Boolean).join(', '))),
    ];
    const summary = summaryOf(facts, [attr(entity, 'designationDetails'), ...children(entity, 'remark').map(textOf)]);
    if (summary) item.summary = summary;
    if (title) item.actors = [title];
    item.tags = [programme, subject, reference, unId, logicalId, ...imoNumbers(entity)].filter(Boolean);
    item.sources = [source, ...actSources(acts)];
    const dates = datesOf(entity, acts);
    if (dates.length) item.dates = dates;
    items.push(item);
  }
}

function readAlias(alias: XmlElement): Alias {
  const whole = attr(alias, 'wholeName') || ['firstName', 'middleName', 'lastName'].map((part) => attr(alias, part)).filter(Boolean).join(' ');
  const order = Number(attr(alias, 'logicalId'));
  return { name: whole, language: attr(alias, 'nameLanguage'), strong: attr(alias, 'strong') === 'true', order: Number.isFinite(order) && attr(alias, 'logicalId') ? order : Infinity };
}

/**
 * The file flags no primary name, and its first alias is often a later translation: the strong
 * alias with the lowest `logicalId` (ids grow as aliases are added, so it is the oldest), in Latin
 * script when one is. A heuristic that fits the files seen.
 */
function primaryName(aliases: readonly Alias[]): Alias | undefined {
  const strong = aliases.filter((alias) => alias.strong);
  const pool = [...(strong.length ? strong : aliases)].sort((a, b) => a.order - b.order);
  return pool.find((alias) => !NON_LATIN.test(alias.name)) ?? pool[0];
}

/** The IMO numbers of a ship among the record's identifications. */
function imoNumbers(entity: XmlElement): string[] {
  return children(entity, 'identification')
    .filter((node) => attr(node, 'identificationTypeCode').toLowerCase() === 'imo')
    .map((node) => attr(node, 'number') || attr(node, 'latinNumber'));
}

/** Each act's page on EUR-Lex, titled by its number. */
function actSources(acts: readonly XmlElement[]): TimelineSource[] {
  const seen = new Set<string>();
  const out: TimelineSource[] = [];
  for (const act of acts) {
    const url = childText(act, 'publicationUrl');
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const title = attr(act, 'numberTitle');
    out.push({ url, ...(title ? { title } : {}), publisher: 'EUR-Lex' });
  }
  return out;
}

/** The acts' publication and entry into force, and the days details were added or changed, in time order. */
function datesOf(entity: XmlElement, acts: readonly XmlElement[]): TimelineDate[] {
  const dates: TimelineDate[] = [];
  for (const act of acts) {
    const name = attr(act, 'numberTitle');
    const published = attr(act, 'publicationDate');
    const inForce = attr(act, 'entryIntoForceDate');
    if (published) dates.push({ label: name ? `Act ${name} published` : 'Act published', date: published });
    if (inForce) dates.push({ label: name ? `Act ${name} in force` : 'Act in force', date: inForce });
  }
  const changed = new Set<string>();
  for (const detail of entity.children) {
    for (const summary of children(detail, 'regulationSummary')) {
      const date = attr(summary, 'publicationDate');
      if (date) changed.add(date);
    }
  }
  // A detail changed by an act the record cites is dated by that act already.
  const published = new Set(acts.map((act) => attr(act, 'publicationDate')));
  for (const date of changed) if (!published.has(date)) dates.push({ label: 'Details added or changed', date });
  return dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
