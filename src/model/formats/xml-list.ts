import type { Categories, CategoryInfo } from '../types.js';
import type { ReadList } from './read-list.js';

/**
 * What the readers of the official lists (EU, UK, OFAC, SECO) share: parsing with the browser's
 * `DOMParser` as `application/xml` (never as HTML; only text and attributes are read), element
 * and attribute text with its white space folded, CSS-safe category keys, and the mark that makes
 * a result a `ReadList`. Everything here is linear in what it is given.
 */

/** The document element of `text` parsed as XML; throws "not valid XML: …" with the parser's reason. */
export function parseXml(text: string): Element {
  const doc = new DOMParser().parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    const detail = error.getElementsByTagName('div')[0] ?? error;
    throw new Error(`not valid XML: ${collapse(detail.textContent ?? '') || 'the parser gave no reason'}`);
  }
  return doc.documentElement;
}

/** Lists wrap long text as in a printout: one space stands for any run of white space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An attribute's value with its white space folded; `''` when absent (the EU writes `""` for absent). */
export function attr(element: Element | undefined, name: string): string {
  return collapse(element?.getAttribute(name) ?? '');
}

/** The child elements of `element` with this local name (namespace prefixes never matter), in order. */
export function children(element: Element | undefined, name: string): Element[] {
  const out: Element[] = [];
  if (element) for (const child of element.children) if (child.localName === name) out.push(child);
  return out;
}

/** The first child element with this local name. */
export function child(element: Element | undefined, name: string): Element | undefined {
  if (element) for (const each of element.children) if (each.localName === name) return each;
  return undefined;
}

/** The folded text of the first child with this local name; `''` when there is none or it is blank. */
export function childText(element: Element | undefined, name: string): string {
  return collapse(child(element, name)?.textContent ?? '');
}

/** The folded texts of every descendant with this local name, blanks and repeats left out. */
export function descendantTexts(element: Element, name: string): string[] {
  const out = new Set<string>();
  for (const each of element.getElementsByTagName('*')) {
    if (each.localName !== name) continue;
    const text = collapse(each.textContent ?? '');
    if (text) out.add(text);
  }
  return [...out];
}

/** `Label: a; b` for a line of the summary, or `''` when there is nothing to say. */
export function line(label: string, values: readonly string[]): string {
  const shown = [...new Set(values.filter(Boolean))];
  return shown.length ? `${label}: ${shown.join('; ')}` : '';
}

/** The summary: fact lines, then each text in a paragraph of its own; blanks left out. */
export function summaryOf(facts: readonly string[], texts: readonly string[] = []): string {
  return [facts.filter(Boolean).join('\n'), ...texts.filter(Boolean)].filter(Boolean).join('\n\n');
}

/** A key safe as a CSS name (`--sanctions-timeline-category-<key>`): `prefix-` and the text in lower-case letters, digits and dashes. */
export function cssKey(prefix: string, text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${prefix}-${slug.slice(0, 48).replace(/-+$/, '') || 'other'}`;
}

/** Zero-pads a calendar date's parts: (2019, 5, 4) → "2019-05-04"; a missing month or day keeps it partial ("2019", "2019-05"). */
export function isoDay(year: string, month = '', day = ''): string {
  if (!/^\d{1,4}$/.test(year)) return '';
  const y = year.padStart(4, '0');
  if (!/^\d{1,2}$/.test(month) || Number(month) === 0) return y;
  const m = `${y}-${month.padStart(2, '0')}`;
  return /^\d{1,2}$/.test(day) && Number(day) !== 0 ? `${m}-${day.padStart(2, '0')}` : m;
}

/** An `Error` item for `normalize()`: the record it stands for (by `id`) and the field at fault. */
export function itemError(message: string, id: string | undefined, field = 'start'): Error {
  return Object.assign(new Error(message), id ? { id, field } : { field });
}

/** The categories met, in the legend's order (alphabetical by label), as `ReadList` categories. */
export function sortedCategories(categories: ReadonlyMap<string, CategoryInfo>): Categories {
  return Object.fromEntries([...categories].sort(([, a], [, b]) => a.label.localeCompare(b.label, 'en')));
}

/** Marks `list` as a reader's result (see `isReadList`) and returns it. */
export function markRead(list: ReadList): ReadList {
  return Object.defineProperty(list, Symbol.for('sanctions-timeline.read-list'), { value: true });
}
