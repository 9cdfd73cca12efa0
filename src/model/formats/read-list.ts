import type { Categories, Problem } from '../types.js';

/**
 * What a reader of a published list (FollowTheMoney, the UN, EU, UK, OFAC or SECO list) hands to
 * `normalize()`: one item per record it counts as an input item (a designation), in the order of
 * the file, and the warnings it found itself. `normalize()` checks the items like any others.
 */
export interface ReadList {
  /**
   * One entry per input item: event fields for `normalize()`, or an `Error` for an item the
   * reader could not turn into an event, whose message (with the record's `id` and the `field`,
   * when known) becomes the item's problem.
   */
  items: (Record<string, unknown> | Error)[];
  /** Warnings about items that are drawn, each with the index of its item in `items`. */
  problems: Problem[];
  title?: string;
  description?: string;
  /** Labels for the category keys the items use ("eu" → "European Union"). */
  categories?: Categories;
  /**
   * When the list merges several files (`src` with several URLs): each file's URL and how many of
   * `items` it holds, in order, so that `normalize()` names the file of each problem (`source`).
   */
  files?: readonly { url: string; count: number }[];
}

/**
 * Marks a reader's result; JSON cannot make a symbol, so no data file can pass for one. A
 * registered symbol, so that the readers (loaded on demand, in chunks of their own) mark their
 * results without importing this module into a chunk shared with the core bundle.
 */
const READ = Symbol.for('sanctions-timeline.read-list');

/** True for the result of a format reader (marked with `Symbol.for('sanctions-timeline.read-list')`). */
export function isReadList(input: unknown): input is ReadList {
  return typeof input === 'object' && input !== null && READ in input;
}
