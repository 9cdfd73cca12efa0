import type { XmlRoot } from './xml-root.js';

/**
 * Lists that are recognised and refused, each with a message that names it and says what to load
 * instead: files whose records carry no designation date (every event would be undated), or that
 * are not designations at all, would otherwise meet a misleading "not valid JSON" or "no 'start'
 * column". Only the opening of a file is looked at.
 */

const ADVANCED = 'load the SDN advanced XML (sdn_advanced.xml: https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_ADVANCED.XML), which dates each entry';

export const REFUSALS = {
  sdnXml: `OFAC's sdn.xml has no designation dates; ${ADVANCED}`,
  sdnCsv: `OFAC's sdn.csv has no designation dates (nor a header row); ${ADVANCED}`,
  sdnEnhanced: `OFAC's SDN enhanced XML (<sanctionsData>) is not read here; ${ADVANCED}`,
  screeningList:
    "this is the US Consolidated Screening List (trade.gov), which merges the Commerce, State and Treasury lists and dates none of OFAC's records; load each publisher's own list: for OFAC, the SDN advanced XML (sdn_advanced.xml)",
  senzing:
    "this is OpenSanctions' Senzing export (records with DATA_SOURCE and RECORD_ID, for entity resolution), which holds targets, not their designations or dates; load the dataset's FollowTheMoney export (entities.ftm.json or targets.nested.json)",
  canada:
    "this is Canada's Consolidated Special Economic Measures Act list (sema-lmes.xml), which is not read here yet; load OpenSanctions' FollowTheMoney export of it (dataset ca_dfatd_sema_sanctions)",
} as const;

/** A root element that names a refused list: OFAC's `sdnList` (sdn.xml, consolidated.xml) and `sanctionsData`, Canada's `data-set` of `record`s. */
export function refusedXml(root: XmlRoot): string | undefined {
  if (root.name === 'sdnList') return REFUSALS.sdnXml;
  if (root.name === 'sanctionsData' && /ENHANCED_XML/i.test(root.namespace)) return REFUSALS.sdnEnhanced;
  if (root.name === 'data-set' && /<record[\s>]/.test(root.head)) return REFUSALS.canada;
  return undefined;
}

/**
 * A text body that is a refused list, from its first line: OFAC's headerless `sdn.csv` (a row
 * `36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",…`), the Consolidated Screening List's CSV (its header
 * names `source`, `entity_number` and `programs`), OpenSanctions' Senzing JSON lines (an object
 * with `DATA_SOURCE` and `RECORD_ID`).
 */
export function refusedText(body: string, first: number): string | undefined {
  const end = body.indexOf('\n', first);
  const head = body.slice(first, end < 0 ? Math.min(body.length, first + 65536) : end).replace(/\r$/, '');
  if (head.startsWith('{')) return isSenzingRecord(head) ? REFUSALS.senzing : undefined;
  if (/^\d+,"(?:[^"]|"")*",/.test(head) && /(?:^|,)"?-0- ?"?(?:,|$)/.test(head)) return REFUSALS.sdnCsv;
  const columns = new Set(head.toLowerCase().split(',').map((cell) => cell.trim().replace(/^"|"$/g, '')));
  if (columns.has('source') && columns.has('entity_number') && columns.has('programs')) return REFUSALS.screeningList;
  return undefined;
}

function isSenzingRecord(line: string): boolean {
  if (!/"DATA_SOURCE"/.test(line) || !/"RECORD_ID"/.test(line)) return false;
  try {
    const value = JSON.parse(line) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    return typeof record.DATA_SOURCE === 'string' && (typeof record.RECORD_ID === 'string' || typeof record.RECORD_ID === 'number');
  } catch {
    return false;
  }
}
