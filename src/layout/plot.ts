import type { NormalizedEvent } from '../model/types.js';
import { zoomLevel } from './levels.js';
import { layoutMarks, type MarksInView } from './marks.js';
import { clusterMembers, MARK_DEFAULTS, placeEvents, type Cluster, type Placement } from './placement.js';
import { indexByTime, type TimeIndex } from './time-index.js';
import type { TimeWindow } from './window.js';

/** What the horizontal plot draws for one window. */
export interface PlotLayout extends MarksInView {
  readonly placement: Placement;
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
 * Placements kept for the levels seen last, so zooming back and forth does not redo them: as
 * many as fit 2 million events in all (each costs about 7 bytes an event), at least 4.
 */
const EVENTS_KEPT = 2_000_000;
const levelsKept = (events: number) => Math.max(4, Math.floor(EVENTS_KEPT / Math.max(events, 1)));

/**
 * A chronology this short shows every label it can in up to 16 lanes before clustering: its
 * DOM is small whatever happens, and a reader of 30 events wants to read them, not count them.
 */
const SHORT_CHRONOLOGY = 100;
const SHORT_CHRONOLOGY_LANES = 16;

/**
 * The horizontal plot's layout, cached: the time index once per data, the placement once per
 * zoom level, so a pan costs only what is in view and a zoom within a level the same.
 */
export class PlotLayouts {
  private input?: Omit<PlotInput, 'window' | 'width'>;
  private index?: TimeIndex;
  private readonly placements = new Map<number, Placement>();
  private current?: Placement;

  /** Lays out `input.window`; reuses the index and placements while the events, widths and end stay. */
  layout(input: PlotInput): PlotLayout {
    const { events, labelWidths, end, window, width } = input;
    if (!this.input || this.input.events !== events || this.input.labelWidths !== labelWidths || this.input.end !== end) {
      this.input = { events, labelWidths, end };
      this.index = indexByTime(events);
      this.placements.clear();
    }
    const level = zoomLevel(width / (window[1] - window[0]));
    let placement = this.placements.get(level);
    if (placement) this.placements.delete(level);
    else {
      const maxLanes = events.length <= SHORT_CHRONOLOGY ? SHORT_CHRONOLOGY_LANES : MARK_DEFAULTS.maxLanes;
      placement = placeEvents(this.index!, level, { labelWidths, end, maxLanes });
    }
    this.placements.set(level, placement);
    if (this.placements.size > levelsKept(events.length)) this.placements.delete(this.placements.keys().next().value!);
    this.current = placement;
    return { placement, ...layoutMarks(this.index!, placement, window, { width, labelWidths }) };
  }

  /**
   * What the reader can move to at the current level, in time order: the id of each event in a
   * lane and, once, each cluster's id where its first event would be.
   */
  units(): string[] {
    const placement = this.current;
    const events = this.index?.events ?? [];
    if (!placement) return events.map((event) => event.id);
    const ids: string[] = [];
    const listed = new Uint8Array(placement.clusters.length);
    events.forEach((event, i) => {
      const k = placement.clusterOf[i]!;
      if (k === -1) ids.push(event.id);
      else if (!listed[k]) {
        listed[k] = 1;
        ids.push(placement.clusters[k]!.id);
      }
    });
    return ids;
  }

  /** The cluster with this id at the current level, if any. */
  cluster(id: string): Cluster | undefined {
    return this.current?.clusters.find((cluster) => cluster.id === id);
  }

  /** The events of a cluster. */
  members(cluster: Cluster): NormalizedEvent[] {
    return clusterMembers(this.current!, cluster).map((i) => this.index!.events[i]!);
  }
}
