// What the package and the bundle both export (see index.ts and bundle.ts).
import './define.js';

export { SanctionsTimeline } from './sanctions-timeline.js';
export * from './events.js';
export type * from './model/types.js';
export type { TimelineStrings, PluralText } from './strings.js';
export { ENGLISH, loadStrings, plural, stringsFor } from './strings.js';
export { normalize } from './model/normalize.js';
export { parseDate } from './model/dates.js';
export { formatDate, formatSpan } from './model/format-date.js';
// The sanctions-list readers are in 'sanctions-timeline/sanctions-lists' (src/sanctions-lists.ts), out of this entry's bundle.
export type { ReadList } from './model/formats/read-list.js';
