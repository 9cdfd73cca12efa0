import { laneClusterById } from '../layout/lane-plot.js';
import { clusterById, plotUnits } from '../layout/plot.js';
import type { Scene } from './scene.js';

/** Keys that move focus through the events, and where each one goes from index `i` of `n`. */
const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowLeft: (i) => i - 1,
  ArrowUp: (i) => i - 1,
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i + 1,
  Home: () => 0,
  End: (_, n) => n - 1,
  PageUp: (i) => i - 10,
  PageDown: (i) => i + 10,
};

/**
 * The index focus moves to when `key` is pressed on event `index` of `count` (in time order),
 * or undefined when the key is not a navigation key. Stops at the ends rather than wrapping,
 * so a screen-reader user knows they reached the first or last event.
 */
export function moveFocus(key: string, index: number, count: number): number | undefined {
  const move = MOVES[key];
  if (!move || count === 0) return undefined;
  return Math.max(0, Math.min(count - 1, move(index, count)));
}

/**
 * Ids the arrow keys walk through, in time order: the shown (not filtered-out) events; in the
 * horizontal plot, a cluster stands once for the events it holds at the current zoom.
 */
export function navigableIds(scene: Scene): string[] {
  return scene.plot ? plotUnits(scene.plot) : scene.shown.map((event) => event.id);
}

/** The time an event or (in the plot) a cluster covers, `[lo, hi)`; undefined for an unknown id. */
export function timeSpanOf(scene: Scene, id: string): { lo: number; hi: number } | undefined {
  return (scene.plot && clusterById(scene.plot, id)) ?? (scene.lanePlot && laneClusterById(scene.lanePlot, id)?.cluster) ?? scene.byId.get(id)?.when;
}
