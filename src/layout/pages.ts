/** Cards drawn at once in the narrow layout: a long chronology is read a page at a time, so the DOM stays small. */
export const PAGE_SIZE = 100;

/** The page `[from, to)` of `count` events to draw so that the event at `index` is on it. */
export function pageAround(index: number, count: number): [number, number] {
  const start = Math.floor(Math.max(index, 0) / PAGE_SIZE) * PAGE_SIZE;
  return [start, Math.min(start + PAGE_SIZE, count)];
}
