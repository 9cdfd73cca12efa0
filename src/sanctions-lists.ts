/**
 * The readers of published sanctions lists, as pure functions: `sanctions-timeline/sanctions-lists`:
 * OpenSanctions' FollowTheMoney exports, the UN Security Council consolidated list, the EU's
 * Financial Sanctions Files, the UK Sanctions List, OFAC's SDN advanced XML and SECO's list.
 * `src` uses them on its own (loaded on demand, only by pages that read such a list); import them
 * to read a list you already hold, then hand the result to `normalize()`. They are not re-exported
 * from the main entry, which would put them in every page's bundle.
 *
 * ```js
 * import { normalize } from 'sanctions-timeline';
 * import { fromFollowTheMoney } from 'sanctions-timeline/sanctions-lists';
 * const { events, problems, categories } = normalize(fromFollowTheMoney(text));
 * ```
 */
export { fromFollowTheMoney } from './model/formats/ftm.js';
export { fromUnConsolidatedList, UN_AUTHORITY, UN_LIST_URL } from './model/formats/un-xml.js';
export { fromEuFinancialSanctions, EU_AUTHORITY, EU_LIST_URL } from './model/formats/eu-fsf.js';
export { fromUkSanctionsList, UK_AUTHORITY, UK_LIST_URL } from './model/formats/uk-sanctions.js';
export { fromOfacAdvanced, OFAC_AUTHORITY, OFAC_LIST_URL } from './model/formats/ofac-advanced.js';
export { fromSecoSanctionsList, SECO_AUTHORITY, SECO_LIST_URL } from './model/formats/seco.js';
export type { ReadList } from './model/formats/read-list.js';
