import { isSafeColorText } from '../model/css-color.js';
import type { Categories, NormalizedEvent } from '../model/types.js';

/**
 * Number of palette colours declared in the stylesheet (`--sanctions-timeline-palette-1…14`);
 * the category after the last starts again at the first.
 */
export const PALETTE_SIZE = 14;

/**
 * A category key as the end of a CSS custom property name, `--sanctions-timeline-category-<key>`,
 * one name per key (no two keys share one): `a–z`, `0–9`, `-` and letters, digits and marks
 * beyond ASCII (`санкции`) stay as written; a capital becomes `_` and its small letter
 * (`Sanction` → `_sanction`); `_` becomes `__`; any other character becomes `_`, its code point
 * in decimal, `_` (`legal case` → `legal_32_case`).
 */
export function categoryIdent(key: string): string {
  return key.replace(/[^a-z0-9-\p{L}\p{N}\p{M}]|[\0-\x7f]/gu, (c) =>
    /[a-z0-9-]/.test(c) ? c : c === '_' ? '__' : /[A-Z]/.test(c) ? `_${c.toLowerCase()}` : `_${c.codePointAt(0)}_`,
  );
}

/** A colour the browser takes as a colour and that can load nothing (see model/css-color.ts). */
function usableColor(color: string | undefined): color is string {
  if (!color || !isSafeColorText(color)) return false;
  return typeof CSS === 'undefined' || CSS.supports('color', color);
}

/**
 * The CSS colour of each category: a theme's `--sanctions-timeline-category-<key>` wins, then
 * the colour given in the data (when it is a plain colour), then the palette in the order the
 * categories are declared or met.
 */
export function categoryColors(categories: Categories, events: readonly NormalizedEvent[]): (key: string | undefined) => string {
  const order = new Map<string, number>();
  for (const key of Object.keys(categories)) if (!order.has(key)) order.set(key, order.size);
  for (const { category: key } of events) if (key !== undefined && !order.has(key)) order.set(key, order.size);
  return (key) => {
    if (key === undefined) return 'var(--sanctions-timeline-mark-color)';
    const color = Object.hasOwn(categories, key) ? categories[key]?.color : undefined;
    const fallback = usableColor(color) ? color : `var(--sanctions-timeline-palette-${((order.get(key) ?? 0) % PALETTE_SIZE) + 1})`;
    return `var(--sanctions-timeline-category-${categoryIdent(key)}, ${fallback})`;
  };
}
