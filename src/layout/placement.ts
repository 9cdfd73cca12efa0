import { itemExtent, markExtent, MARK_DEFAULTS, type MarkSizes } from './extents.js';
import { levelScale } from './levels.js';
import type { TimeIndex } from './time-index.js';

/** Events that did not fit in any lane at a level, counted together per cell of time. */
export interface Cluster {
  /**
   * `cluster:<i>`, after its first event's place in the index: without the level, so the cluster
   * of the same first event keeps its id (and its DOM node) from one zoom level to the next.
   */
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
 * Placements that hold across zoom levels. The coarsest level asked for is placed first, greedily
 * in time order: each event goes to the first of `maxLanes` lanes where it keeps `gap` pixels
 * from its neighbours. Each finer level starts from the one before and only adds: an event keeps
 * the lane (and the side of its label) it got at the coarsest level it fits, because zooming in
 * only widens the gaps between marks while labels keep their width. So zooming in never moves a
 * label, only shows more, and the drawing changes least from one step to the next. Events that
 * fit in no lane at a level are counted in the cluster of the cell their mark's centre falls in.
 *
 * A level costs one pass over the events, O(N × lanes), allocating nothing per event; finer
 * levels are worked out when first asked for (every level from the coarsest on, in order), and
 * the last few asked for are kept, as many as fit `eventsKept` events.
 */
export class LevelPlacements {
  private readonly sizes: MarkSizes;
  private readonly count: number;
  /** Each event's lane, -1 while it fits in none. */
  private readonly lane: Int16Array;
  /** The level each event was placed at (meaningful where `lane` ≥ 0). */
  private readonly since: Int16Array;
  private readonly flipped: Uint8Array;
  /** The next placed event in the same lane, in time order (-1: none), and each lane's first. */
  private readonly nextInLane: Int32Array;
  private readonly head: Int32Array;
  /** Levels worked out so far: `coarsest` to `finest`, and the lanes in use at each. */
  private coarsest = NaN;
  private finest = NaN;
  private readonly lanesAt = new Map<number, number>();
  private readonly kept = new Map<number, Placement>();

  constructor(
    private readonly index: TimeIndex,
    private readonly options: PlacementOptions,
    private readonly eventsKept = 2_000_000,
  ) {
    this.sizes = { ...MARK_DEFAULTS, ...options };
    this.count = index.lo.length;
    this.lane = new Int16Array(this.count);
    this.since = new Int16Array(this.count);
    this.flipped = new Uint8Array(this.count);
    this.nextInLane = new Int32Array(this.count);
    this.head = new Int32Array(this.sizes.maxLanes);
  }

  /** Where every event goes at `level` (an integer; see `levels.ts`). */
  at(level: number): Placement {
    if (!(level >= this.coarsest)) this.startAt(level);
    while (this.finest < level) this.addLevel(this.finest + 1);
    let placement = this.kept.get(level);
    if (placement) this.kept.delete(level);
    else placement = this.placementAt(level);
    this.kept.set(level, placement);
    const keep = Math.max(4, Math.floor(this.eventsKept / Math.max(this.count, 1)));
    if (this.kept.size > keep) this.kept.delete(this.kept.keys().next().value!);
    return placement;
  }

  /** Forgets every level: `level` becomes the coarsest, placed from nothing. */
  private startAt(level: number): void {
    this.lane.fill(-1);
    this.nextInLane.fill(-1);
    this.head.fill(-1);
    this.lanesAt.clear();
    this.kept.clear();
    this.coarsest = level;
    this.finest = level - 1;
  }

  /** One pass in time order at `level`, the level after `finest`: places what newly fits. */
  private addLevel(level: number): void {
    const { index, lane, since, flipped, nextInLane, head } = this;
    const { gap, maxLanes, pointSize, maxLabelWidth } = this.sizes;
    const scale = levelScale(level);
    const toWorld = (time: number) => time * scale;
    const endX = this.options.end * scale;
    const extent = [0, 0, 0, 0];
    /** The extent (left in out[2], right in out[3]) of event `i` at this level, its label on side `flip`. */
    const measure = (i: number, flip: boolean) => {
      markExtent(index.kinds[i]!, index.lo[i]!, index.hi[i]!, toWorld, pointSize, extent);
      itemExtent(Math.min(this.options.labelWidths[i] ?? 0, maxLabelWidth), flip, extent);
    };
    const leftOf = (i: number) => (i === -1 ? Infinity : (measure(i, flipped[i] === 1), extent[2]!));
    // Per lane: where the last placed event before the current one ends, which placed event comes
    // next, and where it starts.
    const lastIn = new Int32Array(maxLanes).fill(-1);
    const endOf = new Float64Array(maxLanes).fill(-Infinity);
    const nextIn = Int32Array.from(head);
    const nextStart = Float64Array.from(nextIn, leftOf);
    let lanes = this.lanesAt.get(level - 1) ?? 0;
    for (let i = 0; i < this.count; i++) {
      const k = lane[i]!;
      if (k >= 0) {
        measure(i, flipped[i] === 1);
        endOf[k] = extent[3]!;
        lastIn[k] = i;
        nextIn[k] = nextInLane[i]!;
        nextStart[k] = leftOf(nextIn[k]!);
        continue;
      }
      markExtent(index.kinds[i]!, index.lo[i]!, index.hi[i]!, toWorld, pointSize, extent);
      const labelWidth = Math.min(this.options.labelWidths[i] ?? 0, maxLabelWidth);
      const flip = extent[0]! + labelWidth > endX;
      itemExtent(labelWidth, flip, extent);
      const [, , x0, x1] = extent as [number, number, number, number];
      for (let free = 0; free < maxLanes; free++) {
        if (endOf[free]! + gap > x0 || x1 + gap > nextStart[free]!) continue;
        lane[i] = free;
        since[i] = level;
        flipped[i] = flip ? 1 : 0;
        nextInLane[i] = nextIn[free]!;
        if (lastIn[free] === -1) head[free] = i;
        else nextInLane[lastIn[free]!] = i;
        lastIn[free] = i;
        endOf[free] = x1;
        lanes = Math.max(lanes, free + 1);
        break;
      }
    }
    this.lanesAt.set(level, lanes);
    this.finest = level;
  }

  /** The placement of a level already worked out: its lanes, and its clusters counted. */
  private placementAt(level: number): Placement {
    const { index, since } = this;
    const { pointSize, clusterWidth } = this.sizes;
    const scale = levelScale(level);
    const toWorld = (time: number) => time * scale;
    const lane = new Int16Array(this.count);
    const cellOf = scratchCells(this.count);
    const open = new Map<number, OpenCluster>();
    let recent: OpenCluster | undefined;
    const extent = [0, 0];
    for (let i = 0; i < this.count; i++) {
      const placed = this.lane[i]! >= 0 && since[i]! <= level;
      lane[i] = placed ? this.lane[i]! : -1;
      if (placed) continue;
      markExtent(index.kinds[i]!, index.lo[i]!, index.hi[i]!, toWorld, pointSize, extent);
      const cell = Math.floor((extent[0]! + extent[1]!) / 2 / clusterWidth);
      cellOf[i] = cell;
      // Events come in time order, so most join the cluster the one before joined.
      let cluster = recent?.cell === cell ? recent : open.get(cell);
      if (!cluster) open.set(cell, (cluster = { cell, count: 0, first: i, last: i, lo: index.lo[i]!, hi: index.hi[i]! }));
      cluster.count++;
      if (index.hi[i]! > cluster.hi) {
        cluster.hi = index.hi[i]!;
        cluster.last = i;
      }
      recent = cluster;
    }
    const clusters = [...open.values()].sort((a, b) => a.cell - b.cell).map((cluster) => ({ ...cluster, id: `cluster:${cluster.first}` }));
    const clusterOf = new Int32Array(this.count).fill(-1);
    if (clusters.length > 0) {
      const position = new Map(clusters.map((cluster, k) => [cluster.cell, k]));
      let lastCell = NaN;
      let lastK = -1;
      for (let i = 0; i < this.count; i++) {
        if (lane[i] !== -1) continue;
        if (cellOf[i] !== lastCell) {
          lastCell = cellOf[i]!;
          lastK = position.get(lastCell)!;
        }
        clusterOf[i] = lastK;
      }
    }
    return { level, lane, flipped: this.flipped, laneCount: this.lanesAt.get(level)!, clusters, clusterOf, cellMs: clusterWidth / scale };
  }
}

interface OpenCluster {
  cell: number;
  count: number;
  first: number;
  last: number;
  lo: number;
  hi: number;
}

let scratch = new Float64Array(0);

/** A work buffer for each event's cell, kept between calls: a new one per zoom level is garbage. */
function scratchCells(count: number): Float64Array {
  if (scratch.length < count) scratch = new Float64Array(count);
  return scratch;
}

/** Places every event at one zoom level from nothing (see `LevelPlacements`). */
export function placeEvents(index: TimeIndex, level: number, options: PlacementOptions): Placement {
  return new LevelPlacements(index, options).at(level);
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
