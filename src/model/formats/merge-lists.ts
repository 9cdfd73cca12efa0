import type { Problem } from '../types.js';
import type { Unwrapped } from '../unwrap.js';
import type { ReadList } from './read-list.js';

/** A file of `src` that loaded: its URL and what its reader made of it, taken apart by `unwrap()`. */
export interface LoadedFile extends Unwrapped {
  url: string;
}

/**
 * The inputs of several files as one list for `normalize()`, each file's items in the order of
 * `src`: events of our JSON, CSV rows, TimelineJS slides, designations of any sanctions list.
 * Their reader's problems keep pointing at their items; `files` says which items came from
 * which file, so that `normalize()` names each problem's file (`source`). Categories of the files
 * are merged (the first file to declare a key labels it); titles are joined, and descriptions
 * said with their file's title. A file that is not a list at all is one item that could not be read.
 */
export function mergeFiles(files: readonly LoadedFile[]): ReadList {
  // `unwrap()` is the caller's (it is in every page's bundle); importing it here would split it into a chunk of its own.
  const items: ReadList['items'] = [];
  const problems: Problem[] = [];
  const categories: Record<string, unknown> = {};
  const titles: string[] = [];
  const descriptions: string[] = [];
  const parts: { url: string; count: number }[] = [];
  for (const file of files) {
    const { url } = file;
    const offset = items.length;
    if (file.items.length < file.count) {
      // `unwrap` could not find a list: its one problem says why.
      for (const problem of file.problems) items.push(Object.assign(new Error(problem.message), { field: problem.field }));
    } else {
      for (const item of file.items) items.push(item as ReadList['items'][number]);
      for (const problem of file.problems) problems.push({ ...problem, index: problem.index + offset });
    }
    parts.push({ url, count: items.length - offset });
    const declared = file.categories;
    if (declared && typeof declared === 'object' && !Array.isArray(declared)) {
      for (const [key, value] of Object.entries(declared)) {
        if (!Object.hasOwn(categories, key)) Object.defineProperty(categories, key, { value, enumerable: true, writable: true, configurable: true });
      }
    }
    if (file.title && !titles.includes(file.title)) titles.push(file.title);
    if (file.description) descriptions.push(file.title ? `${file.title}: ${file.description}` : file.description);
  }
  const list: ReadList = { items, problems, files: parts, categories: categories as ReadList['categories'] };
  if (titles.length) list.title = titles.join(' · ');
  if (descriptions.length) list.description = descriptions.join(' ');
  // Marked as a reader's result, without importing the readers' helpers into every `src` page's chunk.
  return Object.defineProperty(list, Symbol.for('sanctions-timeline.read-list'), { value: true });
}
