import type { Categories, Problem } from '../types.js';

/**
 * What a reader of a published list (FollowTheMoney, the UN consolidated list) hands to
 * `normalize()`: one item per record it counts as an input item (a designation), in the order of
 * the file, and the problems it found itself. `normalize()` checks the items like any others.
 */
export interface ReadList {
  /**
   * One entry per input item: event fields for `normalize()`, or `undefined` for an item the
   * reader could not turn into an event, which `problems` names with severity "error".
   */
  items: (Record<string, unknown> | undefined)[];
  /** Problems found while reading, each with the index of its item in `items`. */
  problems: Problem[];
  title?: string;
  description?: string;
  /** Labels for the category keys the items use ("eu" → "European Union"). */
  categories?: Categories;
}

/**
 * Marks a reader's result; JSON cannot make a symbol, so no data file can pass for one. A
 * registered symbol, so that the readers (loaded on demand, in chunks of their own) mark their
 * results without importing this module into a chunk shared with the core bundle.
 */
export const READ_LIST_KEY = 'sanctions-timeline.read-list';
const READ = Symbol.for(READ_LIST_KEY);

/** True for the result of a format reader (marked with `Symbol.for(READ_LIST_KEY)`). */
export function isReadList(input: unknown): input is ReadList {
  return typeof input === 'object' && input !== null && READ in input;
}
