import { levelScale } from './levels.js';
import type { MarkKind } from './mark-kind.js';
import { MAX_LABEL_WIDTH, POINT_SIZE } from './sizes.js';
import type { TimeIndex } from './time-index.js';

/** How marks are placed: sizes shared with the stylesheet (see `sizes.ts`), gaps, lanes and cells. */
export const MARK_DEFAULTS = {
  /** Diameter of a point mark, and the least width of a band or bar. */
  pointSize: POINT_SIZE,
  /** Widest a label may be before it is cut with an ellipsis. */
  maxLabelWidth: MAX_LABEL_WIDTH,
  /** Least space between two items in one lane. */
  gap: 8,
  /** Most lanes of labelled events; events that fit in none are counted in a cluster. */
  maxLanes: 8,
  /** Width of a cluster's cell at its level, in pixels (a little more when drawn). */
  clusterWidth: 48,
} as const;

export type MarkSizes = { readonly [K in keyof typeof MARK_DEFAULTS]: number };

/** Events that did not fit in any lane at a level, counted together per cell of time. */
export interface Cluster {
  /** Stable for the data and level: `cluster:<level>:<cell>`. */
  readonly id: string;
  /** The cell's number: it spans `[cell × cellMs, (cell + 1) × cellMs)`. */
  readonly cell: number;
  /** How many events it holds. */
  readonly count: number;
  /** Its first event (the earliest start) and the one that ends last, as indices into the index. */
  readonly first: number;
  readonly last: number;
  /** Earliest start and latest end of its events. */
  readonly lo: number;
  readonly hi: number;
}

/** Where every event goes at one zoom level. */
export interface Placement {
  readonly level: number;
  /** Each event's lane, or -1 when it is counted in a cluster. */
  readonly lane: Int16Array;
  /** 1 when the label sits left of its mark (near the end of the data, so it is not cut). */
  readonly flipped: Uint8Array;
  /** Lanes in use at this level, across all the data: stable while panning. */
  readonly laneCount: number;
  readonly clusters: readonly Cluster[];
  /** Each event's cluster (an index into `clusters`), or -1 when it is in a lane. */
  readonly clusterOf: Int32Array;
  /** Duration of one cluster cell. */
  readonly cellMs: number;
}

export interface PlacementOptions extends Partial<MarkSizes> {
  /** Width of each event's label in pixels, by index (already measured with the real font). */
  labelWidths: ArrayLike<number>;
  /** Labels that would run past this time are put left of their mark. */
  end: number;
}

/**
 * The mark's pixel extent under `toPixels`: a point is centred on its moment (mid-day for a
 * day); bands and bars are at least a point wide, keeping their centre. Written out with
 * plain numbers: it runs for every event at every zoom level.
 */
export function markExtent(kind: MarkKind, lo: number, hi: number, toPixels: (time: number) => number, size: number, out: number[]): void {
  const x0 = toPixels(lo);
  const x1 = toPixels(hi);
  if (kind !== 'point' && x1 - x0 >= size) {
    out[0] = x0;
    out[1] = x1;
    return;
  }
  const centre = kind === 'point' ? toPixels((lo + hi) / 2) : (x0 + x1) / 2;
  out[0] = centre - size / 2;
  out[1] = centre + size / 2;
}

/**
 * An item's extent — mark and label together — from the mark's extent (`out[0..1]`) and the
 * label width: the label starts at the mark, or (flipped) ends at the mark's end. Written to
 * `out[2..3]`.
 */
export function itemExtent(labelWidth: number, flipped: boolean, out: number[]): void {
  const [markX0, markX1] = out as [number, number];
  out[2] = flipped ? Math.min(markX0, markX1 - labelWidth) : markX0;
  out[3] = flipped ? markX1 : Math.max(markX1, markX0 + labelWidth);
}

interface OpenCluster {
  cell: number;
  count: number;
  first: number;
  last: number;
  lo: number;
  hi: number;
}

/**
 * Places every event at a zoom level, in world pixels: each goes to the first of `maxLanes`
 * lanes where it keeps `gap` pixels from the item before it; an event that fits in none is
 * counted in the cluster of the cell its mark's centre falls in. One pass in time order,
 * O(N × lanes), allocating nothing per event: it runs again whenever zooming crosses a level.
 */
export function placeEvents(index: TimeIndex, level: number, options: PlacementOptions): Placement {
  const { pointSize, gap, maxLanes, clusterWidth, maxLabelWidth } = { ...MARK_DEFAULTS, ...options };
  const { lo, hi, kinds } = index;
  const count = lo.length;
  const scale = levelScale(level);
  const toWorld = (time: number) => time * scale;
  const endX = options.end * scale;
  const lane = new Int16Array(count);
  const flipped = new Uint8Array(count);
  const cellOf = scratchCells(count);
  const laneEnds = new Float64Array(maxLanes);
  let lanes = 0;
  const open = new Map<number, OpenCluster>();
  let recent: OpenCluster | undefined;
  const extent = [0, 0, 0, 0];
  for (let i = 0; i < count; i++) {
    markExtent(kinds[i]!, lo[i]!, hi[i]!, toWorld, pointSize, extent);
    const labelWidth = Math.min(options.labelWidths[i] ?? 0, maxLabelWidth);
    const flip = extent[0]! + labelWidth > endX;
    itemExtent(labelWidth, flip, extent);
    flipped[i] = flip ? 1 : 0;
    let free = 0;
    while (free < lanes && laneEnds[free]! + gap > extent[2]!) free++;
    if (free < maxLanes) {
      if (free === lanes) lanes++;
      laneEnds[free] = extent[3]!;
      lane[i] = free;
      continue;
    }
    lane[i] = -1;
    const cell = Math.floor((extent[0]! + extent[1]!) / 2 / clusterWidth);
    cellOf[i] = cell;
    // Events come in time order, so most join the cluster the one before joined.
    let cluster = recent?.cell === cell ? recent : open.get(cell);
    if (!cluster) open.set(cell, (cluster = { cell, count: 0, first: i, last: i, lo: lo[i]!, hi: hi[i]! }));
    cluster.count++;
    if (hi[i]! > cluster.hi) {
      cluster.hi = hi[i]!;
      cluster.last = i;
    }
    recent = cluster;
  }
  const clusters = [...open.values()].sort((a, b) => a.cell - b.cell).map((cluster) => ({ ...cluster, id: `cluster:${level}:${cluster.cell}` }));
  const clusterOf = new Int32Array(count).fill(-1);
  if (clusters.length > 0) {
    const position = new Map(clusters.map((cluster, k) => [cluster.cell, k]));
    let lastCell = NaN;
    let lastK = -1;
    for (let i = 0; i < count; i++) {
      if (lane[i] !== -1) continue;
      if (cellOf[i] !== lastCell) {
        lastCell = cellOf[i]!;
        lastK = position.get(lastCell)!;
      }
      clusterOf[i] = lastK;
    }
  }
  return { level, lane, flipped, laneCount: lanes, clusters, clusterOf, cellMs: clusterWidth / scale };
}

let scratch = new Float64Array(0);

/** A work buffer for each event's cell, kept between calls: a new one per zoom level is garbage. */
function scratchCells(count: number): Float64Array {
  if (scratch.length < count) scratch = new Float64Array(count);
  return scratch;
}

/** The indices of a cluster's events, ascending. */
export function clusterMembers(placement: Placement, cluster: Cluster): number[] {
  const k = placement.clusters.indexOf(cluster);
  const members: number[] = [];
  for (let i = cluster.first; i < placement.clusterOf.length; i++) {
    if (placement.clusterOf[i] === k) members.push(i);
    if (members.length === cluster.count) break;
  }
  return members;
}
