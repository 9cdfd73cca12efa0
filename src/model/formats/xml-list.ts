import type { Categories, CategoryInfo } from '../types.js';
import type { ReadList } from './read-list.js';
import type { XmlElement } from './xml-scan.js';

/**
 * What the readers of the official lists (EU, UK, OFAC, SECO) share: element and attribute text
 * of the records `scanXml` hands them, with its white space folded; CSS-safe category keys; and
 * the mark that makes a result a `ReadList`. Everything here is linear in what it is given.
 */

export type { XmlElement } from './xml-scan.js';

/** White space other than one space between words: what `collapse` has to fold (most values have none). */
const LOOSE = /[^\S ]| {2}|^ | $/;

/** Lists wrap long text as in a printout: one space stands for any run of white space. */
export function collapse(text: string): string {
  return LOOSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** An attribute's value with its white space folded; `''` when absent (the EU writes `""` for absent). */
export function attr(element: XmlElement | undefined, name: string): string {
  return collapse(element?.attributes.get(name) ?? '');
}

/** The child elements of `element` with this local name (namespace prefixes never matter), in order. */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((each) => each.name === name) : [];
}

/** The first child element with this local name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((each) => each.name === name);
}

/** All the text inside an element, its children's included, in document order, folded (the DOM's `textContent`). */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  if (!element.children.length) return collapse(element.text);
  const parts: string[] = [];
  const walk = (each: XmlElement) => {
    parts.push(each.text);
    for (const inner of each.children) walk(inner);
  };
  walk(element);
  return collapse(parts.join(' '));
}

/** The folded text of the first child with this local name; `''` when there is none or it is blank. */
export function childText(element: XmlElement | undefined, name: string): string {
  return textOf(child(element, name));
}

/** The folded texts of every descendant with this local name, blanks and repeats left out. */
export function descendantTexts(element: XmlElement, name: string): string[] {
  const out = new Set<string>();
  const walk = (each: XmlElement) => {
    for (const inner of each.children) {
      if (inner.name === name) {
        const text = textOf(inner);
        if (text) out.add(text);
      } else walk(inner);
    }
  };
  walk(element);
  return [...out];
}

/** `Label: a; b` for a line of the summary, or `''` when there is nothing to say. */
export function line(label: string, values: readonly string[]): string {
  // Most lines have one value or none.
  if (values.length < 2) return values[0] ? `${label}: ${values[0]}` : '';
  const shown = [...new Set(values.filter(Boolean))];
  return shown.length ? `${label}: ${shown.join('; ')}` : '';
}

/** The summary: fact lines, then each text in a paragraph of its own; blanks left out. */
export function summaryOf(facts: readonly string[], texts: readonly string[] = []): string {
  return [facts.filter(Boolean).join('\n'), ...texts.filter(Boolean)].filter(Boolean).join('\n\n');
}

/** A key safe as a CSS name (`--sanctions-timeline-category-<key>`): `prefix-` and the text in lower-case letters, digits and dashes. */
export function cssKey(prefix: string, text: string): string {
  const known = KEYS.get(`${prefix} ${text}`);
  if (known !== undefined) return known;
  const key = makeKey(prefix, text);
  // A list has a few dozen regimes: the keys made are kept, up to a bound.
  if (KEYS.size < 4096) KEYS.set(`${prefix} ${text}`, key);
  return key;
}

const KEYS = new Map<string, string>();

function makeKey(prefix: string, text: string): string {
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
