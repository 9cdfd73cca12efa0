import { html, nothing, type TemplateResult } from 'lit';
import type { DateKinds } from '../state/date-kinds.js';
import { fill, type TimelineStrings } from '../strings.js';

/** Each kind the key explains: the item class its marks carry (dates.styles.ts) and its words. */
const ENTRIES = [
  ['approximate', 'approximate', 'approximate'],
  ['uncertain', 'uncertain', 'uncertain'],
  ['ongoing', 'open-end', 'ongoing'],
  ['unknown', 'unknown-end', 'endUnknown'],
] as const;

/**
 * The key to how dates are drawn (part `date-key`): for each kind the data holds — approximate,
 * uncertain, running on, a side unknown — a sample mark and its words with "…" for the date
 * ("about …"); nothing when the data holds none.
 */
export function renderDateKey(kinds: DateKinds, strings: TimelineStrings): TemplateResult | typeof nothing {
  const shown = ENTRIES.filter(([kind]) => kinds[kind]);
  return shown.length
    ? html`<ul part="date-key" class="date-key" aria-label=${strings.dateKey}>
        ${shown.map(([, type, text]) => html`<li class="item--${type}"><span class="mark"></span>${fill(strings[text], { date: '…' })}</li>`)}
      </ul>`
    : nothing;
}
