// The bench page for <sanctions-timeline>: run.mjs drives it through window.bench.
import '/dist/sanctions-timeline.bundle.js';
import { generateEvents } from '../generate-events.js';
import { generateLaneEvents } from '../generate-lanes.js';
import { windowSteps } from '../window-steps.js';
import { afterNextPaint, countNodes, extentOf, nextFrame, paintDone } from './measure.js';

const host = document.querySelector('#host');
let timeline;
let data = [];
/** The lanes case: the events have a group and the element draws a lane per group. */
let inLanes = false;

function createTimeline() {
  timeline = document.createElement('sanctions-timeline');
  timeline.layout = 'horizontal';
  if (inLanes) timeline.setAttribute('lanes', 'group');
  return timeline;
}

window.bench = {
  library: 'sanctions-timeline',

  /**
   * Makes the events in the page, outside the measured time; with `lanes`, the same events in
   * that many lanes (generate-lanes.js), drawn in a plot of a fixed height (pages.css).
   */
  generate(n, seed, lanes = 0) {
    inLanes = lanes > 0;
    data = inLanes ? generateLaneEvents(n, lanes, seed) : generateEvents(n, seed);
    host.classList.toggle('lanes', inLanes);
    return data.length;
  },

  /** Creates the element with the events: ms until the first frame showing them is painted. */
  async render() {
    const start = performance.now();
    const element = createTimeline();
    element.events = data;
    host.append(element);
    await element.updateComplete;
    await afterNextPaint();
    return performance.now() - start;
  },

  /** Creates the element with `src`: ms from setting it until the first frame with the fetched events. */
  async load(url) {
    const element = createTimeline();
    const loaded = new Promise((resolve, reject) => {
      element.addEventListener('sanctions-timeline-load', resolve, { once: true });
      element.addEventListener('sanctions-timeline-error', (event) => reject(new Error(event.detail.message)), { once: true });
    });
    const start = performance.now();
    element.src = url;
    host.append(element);
    await loaded;
    await afterNextPaint();
    return performance.now() - start;
  },

  /** Runs the 60-step zoom script; each step's ms from the call (at a frame start) until that frame is painted. */
  async steps() {
    const times = [];
    for (const [from, to] of windowSteps(...extentOf(data))) {
      await nextFrame();
      const start = performance.now();
      timeline.zoomTo(new Date(from), new Date(to));
      await timeline.updateComplete;
      times.push((await paintDone()) - start);
    }
    return times;
  },

  /** What was drawn: DOM nodes under the host (through the shadow root), event buttons and lanes. */
  stats() {
    return {
      nodes: countNodes(host),
      drawn: timeline.shadowRoot.querySelectorAll('[part~="event"]').length,
      events: timeline.normalizedEvents.length,
      ...(inLanes ? { lanesDrawn: timeline.shadowRoot.querySelectorAll('[part~="lane"]').length } : {}),
    };
  },
};
