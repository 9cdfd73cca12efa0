import type { NormalizedEvent } from '../model/types.js';
import type { MarkKind } from './mark-kind.js';
import { itemExtent, markExtent, MARK_DEFAULTS, type MarkSizes } from './extents.js';
import type { Cluster } from './clusters.js';
import { rowAt, type Placement } from './placement.js';
import { eventsOverlapping, type TimeIndex } from './time-index.js';
import type { TimeWindow } from './window.js';

/** Where one event is drawn, in pixels from the left of the plot and rows from the top. */
export interface MarkLayout {
  readonly event: NormalizedEvent;
  readonly kind: MarkKind;
  /** Left and right edge of the dot, band or bar. */
  readonly markX0: number;
  readonly markX1: number;
  /** The label's left edge and width. */
  readonly labelX: number;
  readonly labelWidth: number;
  /** The whole item's extent: mark and label together. */
  readonly x0: number;
  readonly x1: number;
  readonly row: number;
}

/** Where a cluster is drawn: its cell, in pixels from the left of the plot. */
export interface ClusterLayout {
  readonly cluster: Cluster;
  readonly x0: number;
  readonly x1: number;
}

export interface MarksInView {
  marks: MarkLayout[];
  clusters: ClusterLayout[];
}

export interface ViewOptions extends Partial<MarkSizes> {
  /** Plot width in pixels: the window is drawn from 0 to `width`. */
  width: number;
  /** Width of each event's label in pixels, by index. */
  labelWidths: ArrayLike<number>;
}

/**
 * What is drawn in a window: the events placed in a row whose item reaches into it, at the
 * window's real scale, and the clusters whose cell does. Finding them costs what is in view
 * (binary search), never N, so DOM and work stay bounded by the viewport.
 */
export function layoutMarks(index: TimeIndex, placement: Placement, window: TimeWindow, options: ViewOptions): MarksInView {
  const { width, labelWidths } = options;
  const { pointSize, maxLabelWidth } = { ...MARK_DEFAULTS, ...options };
  const scale = width / (window[1] - window[0]);
  const toPixels = (time: number) => (time - window[0]) * scale;
  // A label reaches at most maxLabelWidth beside its mark, so events that far out may still show.
  const margin = (maxLabelWidth + pointSize) / scale;
  const marks: MarkLayout[] = [];
  const extent = [0, 0, 0, 0];
  for (const i of eventsOverlapping(index, window[0] - margin, window[1] + margin)) {
    const row = rowAt(placement, i);
    if (row < 0) continue;
    const kind = index.kinds[i]!;
    markExtent(kind, index.lo[i]!, index.hi[i]!, toPixels, pointSize, extent);
    // An open side runs on past the edge of the data, to the edge of the view.
    const { start, end } = index.events[i]!.when;
    if (start.undated === 'open') extent[0] = Math.min(extent[0]!, 0);
    if (end?.undated === 'open') extent[1] = Math.max(extent[1]!, width);
    const labelWidth = Math.min(labelWidths[i] ?? 0, maxLabelWidth);
    const flipped = placement.flipped[i] === 1;
    itemExtent(labelWidth, flipped, extent);
    const [markX0, markX1, x0, x1] = extent as [number, number, number, number];
    if (x1 < 0 || x0 > width) continue;
    // A label slides along its own item (a long bar) to stay in view; it never leaves the item's space.
    const labelX = clamp(flipped ? markX1 - labelWidth : markX0, x0, x1 - labelWidth, 0, width - labelWidth);
    marks.push({ event: index.events[i]!, kind, markX0, markX1, labelX, labelWidth, x0, x1, row });
  }
  return { marks, clusters: clustersInView(placement, toPixels, window, width) };
}

/** `x` moved into [viewLo, viewHi] as far as [lo, hi] allows. */
function clamp(x: number, lo: number, hi: number, viewLo: number, viewHi: number): number {
  return Math.max(lo, Math.min(hi, Math.max(viewLo, Math.min(viewHi, x))));
}

/** The clusters whose cell reaches into the window: a binary search for the first, then those up to the right edge. */
function clustersInView(placement: Placement, toPixels: (time: number) => number, window: TimeWindow, width: number): ClusterLayout[] {
  const { clusters, cellMs } = placement;
  const first = Math.floor(window[0] / cellMs);
  let low = 0;
  let high = clusters.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (clusters[middle]!.cell < first) low = middle + 1;
    else high = middle;
  }
  const shown: ClusterLayout[] = [];
  for (let i = low; i < clusters.length; i++) {
    const cluster = clusters[i]!;
    const x0 = toPixels(cluster.cell * cellMs);
    if (x0 > width) break;
    shown.push({ cluster, x0, x1: toPixels((cluster.cell + 1) * cellMs) });
  }
  return shown;
}
