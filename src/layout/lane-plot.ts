import type { NormalizedEvent } from '../model/types.js';
import type { Cluster } from './clusters.js';
import { MARK_DEFAULTS } from './extents.js';
import type { Lane } from './lanes.js';
import { zoomLevel } from './levels.js';
import { layoutMarks, type MarksInView } from './marks.js';
import { clusterMembers, LevelPlacements, type Placement } from './placement.js';
import { LANE_HEADER_HEIGHT, DENSITY_HEIGHT, ROW_HEIGHT } from './sizes.js';
import { axisTicks, type Tick } from './ticks.js';
import { firstStartingAt, indexByTime, type TimeIndex } from './time-index.js';
import type { TimeWindow } from './window.js';

/** One lane's events placed at the drawn level: enough to walk it with the keys, drawn or not. */
export interface LanePlacement {
  readonly index: TimeIndex;
  readonly placement: Placement;
}

/** A lane in the viewport, with what is drawn of it. */
export interface LaneInView extends Partial<MarksInView> {
  /** Its place among the lanes. */
  readonly position: number;
  readonly lane: Lane;
  /** Its events that the filters leave. */
  readonly shown: readonly NormalizedEvent[];
  /** Its events that the count says are shown (shown and matching the search). */
  readonly count: number;
  readonly top: number;
  readonly height: number;
  readonly collapsed: boolean;
  /** Expanded, with events: the rows and clusters of the window. */
  readonly placed?: LanePlacement;
  /** Collapsed, with events: events per slice of the window (`DENSITY_SLICE` pixels each). */
  readonly density?: Uint32Array;
}

/** The plot of lanes for one window: the axis, where each lane is, and what is drawn of those in view. */
export interface LanePlot {
  readonly lanes: readonly Lane[];
  /** Each lane's shown events, by position. */
  readonly shown: readonly (readonly NormalizedEvent[])[];
  /** Top of each lane, and the height of them all at the end (`lanes.length + 1` values). */
  readonly offsets: Float64Array;
  readonly inView: readonly LaneInView[];
  readonly ticks: readonly Tick[];
  /** The zoom level drawn. */
  readonly level: number;
  /** Which lanes are collapsed, by position. */
  readonly collapsed: Uint8Array;
  /** Lane `position`'s events placed at this level; undefined when it is collapsed or has none shown. */
  readonly placedAt: (position: number) => LanePlacement | undefined;
}

export interface LanePlotInput {
  readonly lanes: readonly Lane[];
  /** Each lane's shown events (a new array means a new filter). */
  readonly shown: readonly (readonly NormalizedEvent[])[];
  /** Each lane's count of events the count says are shown. */
  readonly counts: readonly number[];
  /** Label width of an event (already measured). */
  readonly labelWidth: (event: NormalizedEvent) => number;
  /** Labels that would run past this time are put left of their mark. */
  readonly end: number;
  readonly window: TimeWindow;
  /** The widest window (the zoom limits' extent): lanes are as tall as they are there. */
  readonly extent: TimeWindow;
  readonly width: number;
  /** Keys of the collapsed lanes. */
  readonly collapsed: ReadonlySet<string>;
  /** The viewport: how far down it is scrolled and how tall it is. */
  readonly top: number;
  readonly height: number;
}

/** Width of one slice of a collapsed lane's density strip, in pixels. */
export const DENSITY_SLICE = 4;

/**
 * A lane's "+N" covers twice the stretch of the single band's: with a lane per authority the
 * clusters of every lane in view share the DOM, and a reader of lanes compares stretches, not days.
 */
const LANE_CLUSTER_WIDTH = 2 * MARK_DEFAULTS.clusterWidth;

/** How far beyond the viewport lanes are drawn, so a short scroll shows no blank before the next frame. */
const OVERSCAN = 120;

/** Rows of labels per lane: fewer as lanes multiply, so a lane stays one glance tall. */
export function rowsPerLane(laneCount: number, eventCount: number): number {
  const rows = laneCount <= 3 ? MARK_DEFAULTS.maxRows : laneCount <= 8 ? 4 : 3;
  // A short chronology shows its labels rather than counting them.
  return eventCount <= 100 ? Math.min(rows * 2, 8) : rows;
}

/**
 * The height of a lane: its header over the rows it uses when all its events are in view (and
 * its row of clusters, if any), or its density strip, or nothing. Zooming in never needs more:
 * a finer level only adds events to rows, and an event is counted in a cluster only when every
 * row is taken. So lanes keep their place while zooming, and a lane is placed once, at the
 * coarsest level, to learn its height — the finer levels are placed only for the lanes in view.
 */
export function laneHeight(collapsed: boolean, shownCount: number, coarsest: Placement | undefined): number {
  if (shownCount === 0) return LANE_HEADER_HEIGHT;
  if (collapsed || !coarsest) return LANE_HEADER_HEIGHT + DENSITY_HEIGHT;
  return LANE_HEADER_HEIGHT + Math.max(1, coarsest.rowCount + (coarsest.clusters.length > 0 ? 1 : 0)) * ROW_HEIGHT + 4;
}

/**
 * Lays out lanes, each placed by its own `LevelPlacements` (rows and clusters per lane, holding
 * across zoom levels as the single band's do), kept while the lanes and filter stay. Only the
 * lanes in the viewport are placed and get marks (a lane's height needs no placing: see
 * `laneHeight`), so a frame — and a new zoom level — costs the lanes in view, and the DOM holds only them.
 */
export class LanePlotLayouts {
  private input?: Pick<LanePlotInput, 'shown' | 'labelWidth' | 'end'>;
  private placements: (LevelPlacements | undefined)[] = [];
  private indexes: (TimeIndex | undefined)[] = [];
  private widths: (Float64Array | undefined)[] = [];
  /** Rows of labels each lane gets. */
  private rows = 0;
  /** Each lane's height expanded, worked out at the coarsest level `heightsLevel` (see `laneHeight`). */
  private heights = new Float64Array(0);
  private heightsLevel = NaN;

  layout(input: LanePlotInput): LanePlot {
    const { lanes, shown, counts, window, width, collapsed: collapsedKeys } = input;
    this.reset(input);
    const level = zoomLevel(width / (window[1] - window[0]));
    const collapsed = Uint8Array.from(lanes, (lane) => (collapsedKeys.has(lane.key) ? 1 : 0));
    const offsets = new Float64Array(lanes.length + 1);
    const placedAt = (position: number): LanePlacement | undefined => {
      if (collapsed[position] || shown[position]!.length === 0) return undefined;
      return { index: this.indexOf(position), placement: this.placementsOf(position).at(level) };
    };
    const heights = this.heightsAt(zoomLevel(width / (input.extent[1] - input.extent[0])));
    for (let k = 0; k < lanes.length; k++) offsets[k + 1] = offsets[k]! + (collapsed[k] ? laneHeight(true, shown[k]!.length, undefined) : heights[k]!);
    const inView: LaneInView[] = [];
    const from = input.top - OVERSCAN;
    const to = input.top + input.height + OVERSCAN;
    for (let k = firstEndingAfter(offsets, from); k < lanes.length && offsets[k]! < to; k++) {
      const placed = placedAt(k);
      const base = { position: k, lane: lanes[k]!, shown: shown[k]!, count: counts[k]!, top: offsets[k]!, height: offsets[k + 1]! - offsets[k]!, collapsed: collapsed[k] === 1 };
      if (placed) inView.push({ ...base, placed, ...layoutMarks(placed.index, placed.placement, window, { width, labelWidths: this.widthsOf(k) }) });
      else inView.push(shown[k]!.length ? { ...base, density: density(this.indexOf(k), window, width) } : base);
    }
    return { lanes, shown, offsets, inView, ticks: axisTicks(window, width), level, collapsed, placedAt };
  }

  /**
   * Places the lanes at `positions` (those in view) at the levels down to `level` ahead of time,
   * one level of one lane at a time, at most `budget` events: zooming there later costs only
   * drawing. True while some are left to do.
   */
  prepare(level: number, positions: readonly number[], budget = 20_000): boolean {
    const shown = this.input?.shown ?? [];
    let spent = 0;
    for (const k of positions) {
      const events = shown[k]?.length ?? 0;
      while (events && this.placementsOf(k).prepare(level, 1)) {
        spent += events;
        if (spent >= budget) return true;
      }
    }
    return false;
  }

  /** Forgets the placements when the events, widths or end change. */
  private reset(input: LanePlotInput): void {
    const last = this.input;
    if (last && last.shown === input.shown && last.labelWidth === input.labelWidth && last.end === input.end) return;
    this.input = { shown: input.shown, labelWidth: input.labelWidth, end: input.end };
    this.placements = new Array(input.shown.length);
    this.indexes = new Array(input.shown.length);
    this.widths = new Array(input.shown.length);
    this.rows = rowsPerLane(input.shown.length, input.shown.reduce((sum, events) => sum + events.length, 0));
    this.heightsLevel = NaN;
  }

  /** Each lane's expanded height: every lane placed at the coarsest level, once per data, filter and width. */
  private heightsAt(level: number): Float64Array {
    if (level === this.heightsLevel) return this.heights;
    const { shown } = this.input!;
    this.heights = Float64Array.from(shown, (events, k) => laneHeight(false, events.length, events.length ? this.placementsOf(k).at(level) : undefined));
    this.heightsLevel = level;
    return this.heights;
  }

  private widthsOf(position: number): Float64Array {
    return (this.widths[position] ??= Float64Array.from(this.input!.shown[position]!, this.input!.labelWidth));
  }

  private indexOf(position: number): TimeIndex {
    return (this.indexes[position] ??= indexByTime(this.input!.shown[position]!));
  }

  private placementsOf(position: number): LevelPlacements {
    return (this.placements[position] ??= new LevelPlacements(this.indexOf(position), {
      labelWidths: this.widthsOf(position),
      end: this.input!.end,
      maxRows: this.rows,
      clusterWidth: LANE_CLUSTER_WIDTH,
      idPrefix: `${position}:`,
    }));
  }
}

/** The first lane whose bottom is below `y` (binary search over the tops). */
function firstEndingAfter(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[middle + 1]! <= y) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A collapsed lane's events per slice of the window: each event counted in every slice its span
 * covers (a point in one). Two binary searches per slice bound the events that start in it; the
 * few long ones are added over their slices. Costs the slices and the long events, not the lane.
 */
export function density(index: TimeIndex, window: TimeWindow, width: number): Uint32Array {
  const slices = Math.max(1, Math.ceil(width / DENSITY_SLICE));
  const counts = new Uint32Array(slices);
  const span = (window[1] - window[0]) / slices;
  const longs = new Set(index.long);
  let start = firstStartingAt(index, window[0]);
  for (let s = 0; s < slices; s++) {
    const end = firstStartingAt(index, window[0] + (s + 1) * span);
    counts[s] = end - start;
    start = end;
  }
  // Long events are counted over every slice they cover (once only, where they start, above).
  for (const i of longs) {
    const first = Math.max(0, Math.floor((index.lo[i]! - window[0]) / span));
    const last = Math.min(slices - 1, Math.floor((index.hi[i]! - window[0]) / span));
    for (let s = first; s <= last; s++) if (s !== Math.floor((index.lo[i]! - window[0]) / span)) counts[s]!++;
  }
  return counts;
}

/** The lane position a cluster id (`cluster:<position>:<first>`) names, or undefined. */
export function laneOfCluster(id: string): number | undefined {
  const match = /^cluster:(\d+):\d+$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** The cluster with this id at the plot's level, with its lane's placement. */
export function laneClusterById(plot: LanePlot, id: string): { cluster: Cluster; placed: LanePlacement } | undefined {
  const position = laneOfCluster(id);
  const placed = position === undefined ? undefined : plot.placedAt(position);
  const cluster = placed?.placement.clusters.find((candidate) => candidate.id === id);
  return cluster && placed ? { cluster, placed } : undefined;
}

/** The events of a lane's cluster, in time order. */
export function laneClusterEvents(placed: LanePlacement, cluster: Cluster): NormalizedEvent[] {
  return clusterMembers(placed.placement, cluster).map((i) => placed.index.events[i]!);
}
