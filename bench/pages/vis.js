// The bench page for vis-timeline (its standalone build, loaded as the global `vis`), driven like ours.js.
/* global vis -- the standalone build, loaded by a classic <script> in vis.html */
import { generateEvents } from '../generate-events.js';
import { generateLaneEvents, groupsOf } from '../generate-lanes.js';
import { toVisItems } from '../vis-items.js';
import { windowSteps } from '../window-steps.js';
import { afterNextPaint, countNodes, extentOf, nextFrame, paintDone } from './measure.js';

const host = document.querySelector('#host');
/** vis's defaults, except the clock line (a timer that redraws; ours has none) and a height like ours. */
const OPTIONS = { width: '100%', height: '480px', showCurrentTime: false };
/** The lanes case: the box of ours (pages.css), scrolled vertically as ours is. */
const LANE_OPTIONS = { height: '600px', verticalScroll: true };
let timeline;
let data = [];
let items = [];
/** vis groups (the lanes case), or undefined: no groups. */
let groups;

/** Resolves at vis's next "changed" event (emitted at the end of each of its redraws). */
function nextChange() {
  return new Promise((resolve) => timeline.once('changed', resolve));
}

window.bench = {
  library: 'vis-timeline',

  /**
   * Makes the events and their vis items in the page, outside the measured time; with `lanes`,
   * the same events as ours in that many groups, listed in the order of their first event.
   */
  generate(n, seed, lanes = 0) {
    data = lanes > 0 ? generateLaneEvents(n, lanes, seed) : generateEvents(n, seed);
    items = toVisItems(data);
    groups = lanes > 0 ? groupsOf(data).map((id) => ({ id, content: id })) : undefined;
    return data.length;
  },

  /**
   * Creates the timeline with the items: ms until the first frame showing them is painted. vis
   * draws over several frames and shows its root only when its initial draw is complete, which it
   * reports through `onInitialDrawComplete`.
   */
  async render() {
    const start = performance.now();
    const container = document.createElement('div');
    host.append(container);
    await new Promise((resolve) => {
      const options = { ...OPTIONS, ...(groups ? LANE_OPTIONS : {}), onInitialDrawComplete: resolve };
      timeline = groups
        ? new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet(groups), options)
        : new vis.Timeline(container, new vis.DataSet(items), options);
    });
    await afterNextPaint();
    return performance.now() - start;
  },

  /**
   * The same 60 windows as ours. vis redraws in the animation frame after setWindow, so a step
   * counts setWindow's own time plus that frame, from its start until it is painted: the wait
   * for the frame is left out, as it is for ours.
   */
  async steps() {
    const times = [];
    for (const [from, to] of windowSteps(...extentOf(data))) {
      await nextFrame();
      let frameStart = 0;
      // Queued before vis's own frame callback, so it marks the start of the frame vis redraws in.
      requestAnimationFrame(() => (frameStart = performance.now()));
      const changed = nextChange();
      const callStart = performance.now();
      timeline.setWindow(new Date(from), new Date(to), { animation: false });
      const callTime = performance.now() - callStart;
      await changed;
      const painted = await paintDone();
      // frameStart is 0 only if vis redrew within setWindow, in this very frame.
      times.push(frameStart ? callTime + (painted - frameStart) : painted - callStart);
    }
    return times;
  },

  /** What was drawn: DOM nodes under the host, item boxes and group labels. */
  stats() {
    return {
      nodes: countNodes(host),
      drawn: host.querySelectorAll('.vis-item').length,
      events: timeline.itemsData.length,
      ...(groups ? { lanesDrawn: host.querySelectorAll('.vis-label').length } : {}),
    };
  },
};
