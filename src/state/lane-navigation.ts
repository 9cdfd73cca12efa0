import { laneClusterById, type LanePlot } from '../layout/lane-plot.js';
import { plotUnits } from '../layout/plot.js';
import { moveFocus } from './navigation.js';
import type { Scene } from './scene.js';
import type { ViewState } from './view-state.js';

/** Where the reader is among the lanes: a unit (an event, a cluster or a lane's header) in a lane. */
export interface LaneFocus {
  readonly id: string;
  /** The lane's key. */
  readonly lane: string;
}

/** The id of a lane's header button: `lane:<position>`. */
export function headerId(position: number): string {
  return `lane:${position}`;
}

/** The lane position a header id names, or undefined. */
export function headerPosition(id: string): number | undefined {
  const match = /^lane:(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** What the arrows walk in a lane: its header, then its events and clusters in time order (none when collapsed or empty). */
export function laneUnits(plot: LanePlot, position: number): string[] {
  const placed = plot.placedAt(position);
  return [headerId(position), ...(placed ? plotUnits(placed) : [])];
}

/**
 * The tab stop among the lanes in view: the focused unit when it is drawn, else the open event's
 * first drawn copy, else the first drawn event or cluster of the first lane in view that has one,
 * else that lane's header. Headers are reached with the arrows, not with Tab each.
 */
export function laneTabStop(plot: LanePlot, view: ViewState): LaneFocus | undefined {
  const drawn = (id: string, lane: (typeof plot.inView)[number]) =>
    id === headerId(lane.position) || !!lane.marks?.some((mark) => mark.event.id === id) || !!lane.clusters?.some(({ cluster }) => cluster.id === id);
  const focused = plot.inView.find((lane) => lane.lane.key === view.focusLane && drawn(view.focus, lane));
  if (focused) return { id: view.focus, lane: focused.lane.key };
  const open = view.selected ? plot.inView.find((lane) => lane.marks?.some((mark) => mark.event.id === view.selected)) : undefined;
  if (open) return { id: view.selected, lane: open.lane.key };
  for (const lane of plot.inView) {
    const first = firstDrawn(lane);
    if (first) return { id: first, lane: lane.lane.key };
  }
  const top = plot.inView[0];
  return top && { id: headerId(top.position), lane: top.lane.key };
}

/** The earliest drawn event or cluster of a lane in view. */
function firstDrawn(lane: LanePlot['inView'][number]): string | undefined {
  const items = [...(lane.marks ?? []).map((mark) => ({ id: mark.event.id, x: mark.markX0 })), ...(lane.clusters ?? []).map(({ cluster, x0 }) => ({ id: cluster.id, x: x0 }))];
  return items.reduce<{ id: string; x: number } | undefined>((first, item) => (first && first.x <= item.x ? first : item), undefined)?.id;
}

/** The time `id` covers in lane `position` (an event or a cluster), or undefined for a header. */
export function laneSpanOf(scene: Scene, plot: LanePlot, id: string): { lo: number; hi: number } | undefined {
  return laneClusterById(plot, id)?.cluster ?? (headerPosition(id) === undefined ? scene.byId.get(id)?.when : undefined);
}

/**
 * Where a navigation key moves from `from`: ←/→ and page keys along the lane, Home/End to its
 * first and last event; ↑/↓ to the unit nearest in time in the lane above or below that shows
 * events (skipping empty and collapsed lanes) — from a header, to the header above or below.
 * Undefined when the key does not move focus.
 */
export function moveInLanes(scene: Scene, plot: LanePlot, from: LaneFocus, key: string): LaneFocus | undefined {
  const position = plot.lanes.findIndex((lane) => lane.key === from.lane);
  if (position < 0) return undefined;
  const units = laneUnits(plot, position);
  const at = Math.max(0, units.indexOf(from.id));
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const step = key === 'ArrowUp' ? -1 : 1;
    if (at === 0) {
      const next = plot.lanes[position + step] ? position + step : position;
      return { id: headerId(next), lane: plot.lanes[next]!.key };
    }
    const span = laneSpanOf(scene, plot, from.id);
    for (let k = position + step; k >= 0 && k < plot.lanes.length; k += step) {
      const target = laneUnits(plot, k).slice(1);
      if (target.length === 0) continue;
      return { id: nearestInTime(scene, plot, target, span ? (span.lo + span.hi) / 2 : 0), lane: plot.lanes[k]!.key };
    }
    return from;
  }
  // Home and End go to the lane's first and last event; the header is one ← before the first.
  const events = units.length - 1;
  const moved = key === 'Home' || key === 'End' ? (events ? moveFocus(key, at - 1, events)! + 1 : 0) : moveFocus(key, at, units.length);
  return moved === undefined ? undefined : { id: units[moved]!, lane: from.lane };
}

/** Of `ids` (in time order), the one whose middle is nearest `time`. */
function nearestInTime(scene: Scene, plot: LanePlot, ids: readonly string[], time: number): string {
  let best = ids[0]!;
  let distance = Infinity;
  for (const id of ids) {
    const span = laneSpanOf(scene, plot, id);
    const d = span ? Math.abs((span.lo + span.hi) / 2 - time) : Infinity;
    if (d < distance) [best, distance] = [id, d];
  }
  return best;
}

/** How far down the lanes must be scrolled for lane `position` to be in a viewport `height` tall, scrolled to `top` now. */
export function revealLane(plot: LanePlot, position: number, top: number, height: number): number {
  const laneTop = plot.offsets[position]!;
  const laneBottom = plot.offsets[position + 1]!;
  if (laneTop < top) return laneTop;
  if (laneBottom > top + height) return Math.max(0, Math.min(laneTop, laneBottom - height));
  return top;
}
