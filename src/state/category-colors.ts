import type { Categories, NormalizedEvent } from '../model/types.js';

/** Number of palette colours declared in the stylesheet (--sanctions-timeline-palette-1…8). */
const PALETTE_SIZE = 8;

/** A category key as a CSS identifier, for `--sanctions-timeline-category-<key>`. */
export function categoryIdent(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
}

/**
 * The CSS colour of each category: a theme's `--sanctions-timeline-category-<key>` wins, then
 * the colour given in the data, then the palette in the order the categories are declared or met.
 */
export function categoryColors(categories: Categories, events: readonly NormalizedEvent[]): (key: string | undefined) => string {
  const order = new Map<string, number>();
  for (const key of [...Object.keys(categories), ...events.map((event) => event.category)]) {
    if (key !== undefined && !order.has(key)) order.set(key, order.size);
  }
  return (key) => {
    if (key === undefined) return 'var(--sanctions-timeline-mark-color)';
    const fallback = categories[key]?.color ?? `var(--sanctions-timeline-palette-${((order.get(key) ?? 0) % PALETTE_SIZE) + 1})`;
    return `var(--sanctions-timeline-category-${categoryIdent(key)}, ${fallback})`;
  };
}
