import type { Cluster } from './clusters.js';
import { itemExtent, markExtent, MARK_DEFAULTS, type MarkSizes } from './extents.js';
import { levelScale } from './levels.js';
import type { TimeIndex } from './time-index.js';

/**
 * Where the events go at one zoom level: each event's row, or none — then it is counted in the
 * cluster of the cell its mark's centre falls in. Rows are shared with the level's finer levels.
 */
export interface Placement {
  readonly level: number;
  /** Each event's row at some level: -1 while it fits in none. */
  readonly rows: Int16Array;
  /** The level each event got its row at: it is in that row at this level when `since[i] <= level`. */
  readonly since: Int16Array;
  /** 1 when the label sits left of its mark (near the end of the data, so it is not cut). */
  readonly flipped: Uint8Array;
  /** Rows in use at this level, across all the data: stable while panning. */
  readonly rowCount: number;
  /** The clusters of this level, in time order, and each event's cluster (an index into them), or -1 when it is in a row. */
  readonly clusters: readonly Cluster[];
  readonly clusterOf: Int32Array;
  /** Duration of one cluster cell. */
  readonly cellMs: number;
}

/** The row of event `i` at the placement's level, or -1 when it is counted in a cluster. */
export function rowAt(placement: Placement, i: number): number {
  return placement.since[i]! <= placement.level ? placement.rows[i]! : -1;
}

export interface PlacementOptions extends Partial<MarkSizes> {
  /** Width of each event's label in pixels, by index (already measured with the real font). */
  labelWidths: ArrayLike<number>;
  /** Labels that would run past this time are put left of their mark. */
  end: number;
  /** Put before each cluster's number in its id (`cluster:<prefix><first>`): lanes each place their own events, and ids must stay apart. */
  idPrefix?: string;
}

/** A level's clusters and each event's cluster. */
interface LevelClusters {
  readonly clusters: readonly Cluster[];
  readonly clusterOf: Int32Array;
}

/**
 * Placements that hold across zoom levels. The coarsest level asked for is placed first, greedily
 * in time order: each event goes to the first of `maxRows` rows where it keeps `gap` pixels
 * from its neighbours. Each finer level starts from the one before and only adds: an event keeps
 * the row (and the side of its label) it got at the coarsest level it fits, because zooming in
 * only widens the gaps between marks while labels keep their width. So zooming in never moves a
 * label, only shows more, and the drawing changes least from one step to the next.
 *
 * A level costs one pass over the events, O(N × rows), allocating nothing per event, which
 * also counts the level's clusters. Levels are worked out when first asked for — every level
 * from the coarsest on, in order — or ahead of time (`prepare`). The clusters of the last few
 * levels asked for are kept, as many as fit `eventsKept` events; rows are kept for all.
 */
export class LevelPlacements {
  private readonly sizes: MarkSizes;
  private readonly count: number;
  /** Each event's row, -1 while it fits in none. New arrays when the chain starts again: placements handed out keep theirs. */
  private row = new Int16Array(0);
  /** The level each event was placed at (meaningful where `row` ≥ 0). */
  private since = new Int16Array(0);
  private flipped = new Uint8Array(0);
  /** The next placed event in the same row, in time order (-1: none), and each row's first. */
  private nextInRow = new Int32Array(0);
  private head = new Int32Array(0);
  /** Levels worked out so far: `coarsest` to `finest`, and the rows in use at each. */
  private coarsest = NaN;
  private finest = NaN;
  private readonly rowsAt = new Map<number, number>();
  /** The clusters of recently used levels, least recently used first. */
  private readonly clustersAt = new Map<number, LevelClusters>();

  constructor(
    private readonly index: TimeIndex,
    private readonly options: PlacementOptions,
    private readonly eventsKept = 2_000_000,
  ) {
    this.sizes = { ...MARK_DEFAULTS, ...options };
    this.count = index.lo.length;
  }

  /** Where every event goes at `level` (an integer; see `levels.ts`). */
  at(level: number): Placement {
    if (!(level >= this.coarsest)) this.startAt(level);
    this.prepare(level);
    let found = this.clustersAt.get(level);
    if (found) this.clustersAt.delete(level);
    else found = this.countClusters(level);
    this.keep(level, found);
    return {
      level,
      rows: this.row,
      since: this.since,
      flipped: this.flipped,
      rowCount: this.rowsAt.get(level)!,
      ...found,
      cellMs: this.sizes.clusterWidth / levelScale(level),
    };
  }

  /**
   * Works out the levels down to `level` now, at most `budget` of them: zooming there later costs
   * only what is in view. True while levels down to `level` are left to do.
   */
  prepare(level: number, budget = Infinity): boolean {
    if (!(level >= this.coarsest)) return false;
    for (let n = 0; this.finest < level && n < budget; n++) this.keep(this.finest + 1, this.addLevel(this.finest + 1));
    return this.finest < level;
  }

  /** Keeps a level's clusters, forgetting the least recently used beyond what `eventsKept` allows. */
  private keep(level: number, clusters: LevelClusters): void {
    this.clustersAt.set(level, clusters);
    const most = Math.max(4, Math.floor(this.eventsKept / Math.max(this.count, 1)));
    if (this.clustersAt.size > most) this.clustersAt.delete(this.clustersAt.keys().next().value!);
  }

  /** Forgets every level: `level` becomes the coarsest, placed from nothing. */
  private startAt(level: number): void {
    this.row = new Int16Array(this.count).fill(-1);
    this.since = new Int16Array(this.count);
    this.flipped = new Uint8Array(this.count);
    this.nextInRow = new Int32Array(this.count).fill(-1);
    this.head = new Int32Array(this.sizes.maxRows).fill(-1);
    this.rowsAt.clear();
    this.clustersAt.clear();
    this.coarsest = level;
    this.finest = level - 1;
  }

  /** One pass in time order at `level`, the level after `finest`: places what newly fits, counts the rest. */
  private addLevel(level: number): LevelClusters {
    const { index, row, since, flipped, nextInRow, head } = this;
    const { gap, maxRows, pointSize, maxLabelWidth } = this.sizes;
    const scale = levelScale(level);
    const toWorld = (time: number) => time * scale;
    const endX = this.options.end * scale;
    const extent = [0, 0, 0, 0];
    /** Event `i`'s extent at this level with its label on side `flip`: left in extent[2], right in extent[3]. */
    const measure = (i: number, flip: boolean) => {
      markExtent(index.kinds[i]!, index.lo[i]!, index.hi[i]!, toWorld, pointSize, extent);
      itemExtent(Math.min(this.options.labelWidths[i] ?? 0, maxLabelWidth), flip, extent);
    };
    const leftOf = (i: number) => (i === -1 ? Infinity : (measure(i, flipped[i] === 1), extent[2]!));
    // Per row: where the last placed event before the current one ends, which placed event
    // comes next, and where it starts.
    const lastIn = new Int32Array(maxRows).fill(-1);
    const endOf = new Float64Array(maxRows).fill(-Infinity);
    const nextIn = Int32Array.from(head);
    const nextStart = Float64Array.from(nextIn, leftOf);
    const clusters = new ClusterCounter(index, this.count, this.sizes.clusterWidth, this.options.idPrefix ?? '');
    let rows = this.rowsAt.get(level - 1) ?? 0;
    for (let i = 0; i < this.count; i++) {
      const k = row[i]!;
      if (k >= 0) {
        measure(i, flipped[i] === 1);
        endOf[k] = extent[3]!;
        lastIn[k] = i;
        nextIn[k] = nextInRow[i]!;
        nextStart[k] = leftOf(nextIn[k]!);
        continue;
      }
      markExtent(index.kinds[i]!, index.lo[i]!, index.hi[i]!, toWorld, pointSize, extent);
      const labelWidth = Math.min(this.options.labelWidths[i] ?? 0, maxLabelWidth);
      const flip = extent[0]! + labelWidth > endX;
      const centre = (extent[0]! + extent[1]!) / 2;
      itemExtent(labelWidth, flip, extent);
      const [, , x0, x1] = extent as [number, number, number, number];
      let free = 0;
      while (free < maxRows && (endOf[free]! + gap > x0 || x1 + gap > nextStart[free]!)) free++;
      if (free === maxRows) {
        clusters.add(i, centre);
        continue;
      }
      row[i] = free;
      since[i] = level;
      flipped[i] = flip ? 1 : 0;
      nextInRow[i] = nextIn[free]!;
      if (lastIn[free] === -1) head[free] = i;
      else nextInRow[lastIn[free]!] = i;
      lastIn[free] = i;
      endOf[free] = x1;
      rows = Math.max(rows, free + 1);
    }
    this.rowsAt.set(level, rows);
    this.finest = level;
    return clusters.done();
  }

  /** A level's clusters again, when they were forgotten: one pass over the events not in a row. */
  private countClusters(level: number): LevelClusters {
    const { index } = this;
    const scale = levelScale(level);
    const toWorld = (time: number) => time * scale;
    const clusters = new ClusterCounter(index, this.count, this.sizes.clusterWidth, this.options.idPrefix ?? '');
    const extent = [0, 0];
    for (let i = 0; i < this.count; i++) {
      if (this.row[i]! >= 0 && this.since[i]! <= level) continue;
      markExtent(index.kinds[i]!, index.lo[i]!, index.hi[i]!, toWorld, this.sizes.pointSize, extent);
      clusters.add(i, (extent[0]! + extent[1]!) / 2);
    }
    return clusters.done();
  }
}

interface OpenCluster {
  cell: number;
  count: number;
  first: number;
  last: number;
  lo: number;
  hi: number;
  /** Set when the level is done: its id, and its place among the level's clusters. */
  id: string;
  k: number;
}

let scratch = new Float64Array(0);

/** Counts events into clusters by the cell their mark's centre (world pixels) falls in. */
class ClusterCounter {
  private readonly open = new Map<number, OpenCluster>();
  private recent: OpenCluster | undefined;
  /** Each added event's cell, in a work buffer kept between levels (a new one per level is garbage). */
  private readonly cellOf: Float64Array;
  private readonly added: Int32Array;
  private length = 0;

  constructor(
    private readonly index: TimeIndex,
    count: number,
    private readonly clusterWidth: number,
    private readonly idPrefix: string,
  ) {
    if (scratch.length < count) scratch = new Float64Array(count);
    this.cellOf = scratch;
    this.added = new Int32Array(count);
  }

  /** Counts event `i` (added in time order) whose mark is centred at `centre`. */
  add(i: number, centre: number): void {
    const cell = Math.floor(centre / this.clusterWidth);
    const { index } = this;
    // Events come in time order, so most join the cluster the one before joined.
    let cluster = this.recent?.cell === cell ? this.recent : this.open.get(cell);
    if (!cluster) this.open.set(cell, (cluster = { cell, count: 0, first: i, last: i, lo: index.lo[i]!, hi: index.hi[i]!, id: '', k: -1 }));
    cluster.count++;
    if (index.hi[i]! > cluster.hi) {
      cluster.hi = index.hi[i]!;
      cluster.last = i;
    }
    this.recent = cluster;
    this.cellOf[this.length] = cell;
    this.added[this.length++] = i;
  }

  /**
   * The clusters in time order — named `cluster:<first>` after their first event, not the level,
   * so that the cluster of the same first event keeps its id (and its DOM node) across levels —
   * and each event's cluster.
   */
  done(): LevelClusters {
    // Events come in time order, so the cells are met nearly always in order: sort only when not.
    const clusters = [...this.open.values()];
    if (clusters.some((cluster, k) => k > 0 && clusters[k - 1]!.cell > cluster.cell)) clusters.sort((a, b) => a.cell - b.cell);
    clusters.forEach((cluster, k) => {
      cluster.id = `cluster:${this.idPrefix}${cluster.first}`;
      cluster.k = k;
    });
    const clusterOf = new Int32Array(this.added.length).fill(-1);
    let lastCell = NaN;
    let lastK = -1;
    for (let n = 0; n < this.length; n++) {
      if (this.cellOf[n] !== lastCell) {
        lastCell = this.cellOf[n]!;
        lastK = this.open.get(lastCell)!.k;
      }
      clusterOf[this.added[n]!] = lastK;
    }
    return { clusters, clusterOf };
  }
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
