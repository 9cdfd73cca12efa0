import { refusedText, refusedXml } from './refused-lists.js';
import { isTimelineJs2, isTimelineJsSheet } from './timelinejs.js';
import { xmlRoot, type XmlRoot } from './xml-root.js';

/**
 * The body formats `src` understands. TimelineJS3 is JSON; `normalize()` tells it apart later.
 * `ftm` is FollowTheMoney JSON lines (OpenSanctions); `xml` the UN Security Council consolidated
 * list; `eu-fsf`, `uk-sanctions`, `ofac-advanced` and `seco` the EU's, the UK's, OFAC's and
 * Switzerland's own lists; `refused` a list recognised and refused (see refused-lists.ts).
 */
export type BodyFormat = 'json' | 'csv' | 'ftm' | 'xml' | 'eu-fsf' | 'uk-sanctions' | 'ofac-advanced' | 'seco' | 'refused';

/** The EU's Financial Sanctions Files namespace (`europa.ec`, as published). */
const EU_NAMESPACE = 'http://eu.europa.ec/fpi/fsd/export';
/** OFAC's advanced XML: the Sanctions List Service's namespace since May 2024, and the UN model's before. */
const ADVANCED_NAMESPACES = /\/exports\/ADVANCED_XML$|^http:\/\/www\.un\.org\/sanctions\/1\.0$/;

/** Each list known by its root element (and namespace, or its first records, where the name alone is common). */
const LISTS: ReadonlyMap<string, (root: XmlRoot) => BodyFormat | undefined> = new Map<string, (root: XmlRoot) => BodyFormat | undefined>([
  ['CONSOLIDATED_LIST', () => 'xml'],
  ['export', (root: XmlRoot) => (root.namespace === EU_NAMESPACE || /<(?:\w+:)?sanctionEntity[\s/>]/.test(root.head) ? 'eu-fsf' : undefined)],
  ['Designations', (root: XmlRoot) => (/<Designation[\s>]|<DateGenerated[\s>]/.test(root.head) ? 'uk-sanctions' : undefined)],
  ['Sanctions', (root: XmlRoot) => (ADVANCED_NAMESPACES.test(root.namespace) || /<(?:\w+:)?ReferenceValueSets[\s>]/.test(root.head) ? 'ofac-advanced' : undefined)],
  ['swiss-sanctions-list', () => 'seco'],
]);

/** Media types (without parameters) that name a format outright: a Map, since the server names the key. */
const CONTENT_TYPES = new Map<string, BodyFormat>([
  ['application/json', 'json'],
  ['text/json', 'json'],
  ['text/csv', 'csv'],
  ['application/csv', 'csv'],
  ['text/comma-separated-values', 'csv'],
  ['application/xml', 'xml'],
  ['text/xml', 'xml'],
]);

/**
 * Decides how to read a fetched body. A sanctions list is known from its content whatever the
 * server calls it: FollowTheMoney JSON lines by a first line that is an entity, the official
 * lists by their root element (`<CONSOLIDATED_LIST>`, the EU's `<export>`, the UK's
 * `<Designations>`, OFAC's `<Sanctions>`, SECO's `<swiss-sanctions-list>`), and the lists that are
 * refused (OFAC's `sdn.xml` and `sdn.csv`, the US Consolidated Screening List, OpenSanctions'
 * Senzing export, Canada's list) by their opening. Otherwise by the content type (`text/csv`, `application/json`,
 * any `+json`, `application/xml`, any `+xml`), else by the URL's extension (`.csv`, `.json`,
 * `.xml`; query and hash ignored), else by sniffing — a body that starts with `{` or `[` is JSON,
 * `<?xml` XML, anything else CSV. Servers often send `text/plain` or `application/octet-stream`
 * for data files, hence the fallbacks.
 */
export function detectFormat(contentType: string | null, url: string, body: string): BodyFormat {
  const sanctions = sniffSanctionsList(body);
  if (sanctions) return sanctions;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const byType = CONTENT_TYPES.get(type) ?? (type.endsWith('+json') ? 'json' : type.endsWith('+xml') ? 'xml' : undefined);
  if (byType) return byType;
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.xml')) return 'xml';
  // trimStart also drops a byte-order mark, which is white space to JavaScript.
  const head = body.slice(0, 64).trimStart();
  return /^[{[]/.test(head) ? 'json' : head.startsWith('<?xml') ? 'xml' : 'csv';
}

/**
 * `ftm` when the first line is a FollowTheMoney entity and more lines follow; a list's own format
 * when its root element opens the file; `refused` for a list recognised and refused. Only the
 * first line is parsed: a body that is one line (or one line and white space) is a single JSON
 * value, read as JSON, where an FtM array is found.
 */
function sniffSanctionsList(body: string): BodyFormat | undefined {
  const first = skipSpace(body, body.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (body[first] === '<') {
    const root = xmlRoot(body.slice(first, first + 8192));
    if (!root) return undefined;
    return refusedXml(root) ? 'refused' : LISTS.get(root.name)?.(root);
  }
  if (refusedText(body, first)) return 'refused';
  if (body[first] !== '{') return undefined;
  const end = body.indexOf('\n', first);
  if (end < 0 || skipSpace(body, end) === body.length) return undefined;
  try {
    return isFtmEntity(JSON.parse(body.slice(first, end))) ? 'ftm' : undefined;
  } catch {
    return undefined;
  }
}

/** Why a body detected as `refused` is not read. */
function refusal(body: string): string {
  const first = skipSpace(body, body.charCodeAt(0) === 0xfeff ? 1 : 0);
  const root = body[first] === '<' ? xmlRoot(body.slice(first, first + 8192)) : undefined;
  return (root ? refusedXml(root) : refusedText(body, first)) ?? 'this list is not read here';
}

/** The index of the first character from `at` on that is not white space (the length when none is). */
function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

/** An entity as FollowTheMoney writes it: a `schema` name and an object of `properties`. */
function isFtmEntity(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { schema, properties } = value as { schema?: unknown; properties?: unknown };
  return typeof schema === 'string' && !!properties && typeof properties === 'object' && !Array.isArray(properties);
}

/**
 * Parses a body in the given format into input for `normalize()`. Rejects with an `Error` whose
 * message says what is wrong with the file ("the file is empty", "not valid JSON: …", or the
 * reader's message), for the caller to prefix with the URL. Asynchronous so that readers
 * only some pages need are loaded on demand (`import()`): the CSV reader (and d3-dsv), the
 * TimelineJS spreadsheet reader, the TimelineJS 2 reader and the readers of sanctions lists
 * (FollowTheMoney, the UN XML; a JSON array of FtM entities goes to the FtM reader once parsed);
 * the CSV export loads its writer so too.
 */
export async function parseBody(body: string, format: BodyFormat): Promise<unknown> {
  if (format === 'csv') {
    // TimelineJS's spreadsheet template, published as CSV, is told apart by its header.
    return isTimelineJsSheet(body) ? (await import('./timelinejs-sheet.js')).fromTimelineJsSheet(body) : (await import('./csv.js')).fromCsv(body);
  }
  // White space includes a byte-order mark.
  if (!/\S/.test(body)) throw new Error('the file is empty');
  if (format === 'ftm') return (await import('./ftm.js')).fromFollowTheMoney(body);
  if (format === 'xml') return (await import('./un-xml.js')).fromUnConsolidatedList(body);
  if (format === 'eu-fsf') return (await import('./eu-fsf.js')).fromEuFinancialSanctions(body);
  if (format === 'uk-sanctions') return (await import('./uk-sanctions.js')).fromUkSanctionsList(body);
  if (format === 'ofac-advanced') return (await import('./ofac-advanced.js')).fromOfacAdvanced(body);
  if (format === 'seco') return (await import('./seco.js')).fromSecoSanctionsList(body);
  if (format === 'refused') throw new Error(refusal(body));
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  // Our events never have `schema` and `properties`: the first item tells an FtM array apart.
  if (Array.isArray(parsed) ? isFtmEntity(parsed[0]) : isFtmEntity(parsed)) return (await import('./ftm.js')).fromFollowTheMoney(parsed);
  // TimelineJS 2 JSON becomes the TimelineJS3 JSON it stands for.
  return parsed && typeof parsed === 'object' && isTimelineJs2(parsed) ? (await import('./timelinejs-v2.js')).fromTimelineJs2(parsed) : parsed;
}
