import type { NormalizedEvent } from '../model/types.js';
import { zoomLevel } from './levels.js';
import { layoutMarks, type MarksInView } from './marks.js';
import { MARK_DEFAULTS } from './extents.js';
import type { Cluster } from './clusters.js';
import { clusterMembers, rowAt, LevelPlacements, type Placement } from './placement.js';
import { axisTicks, type Tick } from './ticks.js';
import { indexByTime, type TimeIndex } from './time-index.js';
import type { TimeWindow } from './window.js';

/** What the horizontal plot draws for one window: the axis, and the events and clusters in view. */
export interface PlotLayout extends MarksInView {
  readonly index: TimeIndex;
  readonly placement: Placement;
  readonly ticks: readonly Tick[];
}

export interface PlotInput {
  /** The events to draw, sorted by start (a new array means new data). */
  events: readonly NormalizedEvent[];
  /** Label widths by index into `events` (a new array means new measurements). */
  labelWidths: ArrayLike<number>;
  /** Labels that would run past this time are put left of their mark. */
  end: number;
  window: TimeWindow;
  width: number;
}

/**
 * A chronology this short shows every label it can in up to 16 rows before clustering: its
 * DOM is small whatever happens, and a reader of 30 events wants to read them, not count them.
 */
const SHORT_CHRONOLOGY = 100;
const SHORT_CHRONOLOGY_ROWS = 16;

/**
 * Lays out the horizontal plot, keeping what is costly: the time index once per data, and the
 * placements that hold across zoom levels (`LevelPlacements`), so a pan costs only what is in
 * view and a zoom step adds labels without moving any. It remembers nothing else: what was
 * drawn last is not its business.
 */
export class PlotLayouts {
  private input?: Omit<PlotInput, 'window' | 'width'>;
  private index?: TimeIndex;
  private placements?: LevelPlacements;

  /** Lays out `input.window`; reuses the index and placements while the events, widths and end stay. */
  layout(input: PlotInput): PlotLayout {
    const { events, labelWidths, end, window, width } = input;
    if (!this.input || this.input.events !== events || this.input.labelWidths !== labelWidths || this.input.end !== end) {
      this.input = { events, labelWidths, end };
      this.index = indexByTime(events);
      const maxRows = events.length <= SHORT_CHRONOLOGY ? SHORT_CHRONOLOGY_ROWS : MARK_DEFAULTS.maxRows;
      this.placements = new LevelPlacements(this.index, { labelWidths, end, maxRows });
    }
    const index = this.index!;
    const placement = this.placements!.at(zoomLevel(width / (window[1] - window[0])));
    return { index, placement, ticks: axisTicks(window, width), ...layoutMarks(index, placement, window, { width, labelWidths }) };
  }

  /**
   * Places one more of the levels down to `level` ahead of time (say, from an idle callback),
   * so that zooming in there later costs only what is in view. False when none is left to do.
   */
  prepare(level: number): boolean {
    return this.placements?.prepare(level, 1) ?? false;
  }
}

/**
 * What the reader can move to in this layout's level, in time order: the id of each event in a
 * row and, once, each cluster's id where its first event would be.
 */
export function plotUnits({ index, placement }: Pick<PlotLayout, 'index' | 'placement'>): string[] {
  const ids: string[] = [];
  const listed = new Uint8Array(placement.clusters.length);
  index.events.forEach((event, i) => {
    const k = placement.clusterOf[i]!;
    if (rowAt(placement, i) !== -1) ids.push(event.id);
    else if (!listed[k]) {
      listed[k] = 1;
      ids.push(placement.clusters[k]!.id);
    }
  });
  return ids;
}

/** The cluster with this id at the layout's level, if any. */
export function clusterById(plot: PlotLayout, id: string): Cluster | undefined {
  return plot.placement.clusters.find((cluster) => cluster.id === id);
}

/** The events of a cluster, in time order. */
export function clusterEvents(plot: PlotLayout, cluster: Cluster): NormalizedEvent[] {
  return clusterMembers(plot.placement, cluster).map((i) => plot.index.events[i]!);
}

/** The plot's tab stop: the first of `preferred` that is drawn, else the earliest drawn event or cluster. */
export function plotTabStop(plot: PlotLayout, preferred: readonly string[]): string {
  const drawn = [...plot.marks.map((mark) => ({ id: mark.event.id, x: mark.markX0 })), ...plot.clusters.map(({ cluster, x0 }) => ({ id: cluster.id, x: x0 }))];
  const found = preferred.find((id) => id && drawn.some((item) => item.id === id));
  return found ?? drawn.reduce<{ id: string; x: number } | undefined>((first, item) => (first && first.x <= item.x ? first : item), undefined)?.id ?? '';
}
