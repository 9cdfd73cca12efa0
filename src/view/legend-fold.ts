import type { CategoryCount } from '../state/filter.js';
import { memoizeLast } from '../state/memo.js';

/** The most category toggles shown before the rest fold behind "N more". */
export const LEGEND_LIMIT = 12;

/** The most toggles the opened "N more" list draws; the others are found by typing in the search box. */
export const MORE_LIMIT = 100;

/** The legend's categories split in two: toggles always shown, and those behind "N more". */
export interface LegendFold {
  /** Shown: the largest categories, any switched off, and any whose label holds the query; in legend order. */
  shown: readonly CategoryCount[];
  /** Behind "N more", at most `MORE_LIMIT`, in legend order. */
  more: readonly CategoryCount[];
  /** How many categories are folded in all (`more` and those past it). */
  folded: number;
}

/**
 * Folds a legend of many categories (5,000 would be 25,000 nodes): up to `LEGEND_LIMIT` toggles of
 * the largest categories, plus every category switched off (so it can be switched on again) and
 * every one whose label holds the search query (so a folded one can be found), stay shown; the
 * rest go behind "N more". A legend that fits is not folded. Remembers its last answer.
 */
export const foldLegend = memoizeLast((counts: readonly CategoryCount[], hidden: ReadonlySet<string>, query: string): LegendFold => {
  if (counts.length <= LEGEND_LIMIT) return { shown: counts, more: [], folded: 0 };
  const largest = new Set([...counts].sort((a, b) => b.count - a.count).slice(0, LEGEND_LIMIT));
  const words = query.trim().toLowerCase();
  const keep = (c: CategoryCount) => largest.has(c) || hidden.has(c.key) || (!!words && c.label.toLowerCase().includes(words));
  const shown = counts.filter(keep).slice(0, 2 * LEGEND_LIMIT);
  const kept = new Set(shown);
  const rest = counts.filter((c) => !kept.has(c));
  return { shown, more: rest.slice(0, MORE_LIMIT), folded: rest.length };
});
