// Generates N events, draws them, and says how long the first frame took to paint.
import { generateEvents } from '../bench/generate-events.js';
import { toVisItems } from '../bench/vis-items.js';

const form = document.querySelector('#generator');
const timeline = document.querySelector('#generated');
const oursStatus = document.querySelector('#ours-status');
const visSection = document.querySelector('#vis-section');
const visStatus = document.querySelector('#vis-status');
const VIS_SCRIPT = '../node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const VIS_STYLES = '../node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';
let visTimeline;

/** Resolves after the next frame has been painted: a message posted in a frame is handled after it. */
function afterNextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    }),
  );
}

/** Lets the status text paint before a long, blocking draw starts. */
function showThenContinue(output, text) {
  output.textContent = text;
  return afterNextPaint();
}

const format = (value) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** vis-timeline is only loaded when asked for: a classic script defining the global `vis`. */
function loadVis() {
  if (window.vis) return Promise.resolve(window.vis);
  const styles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: VIS_STYLES });
  document.head.append(styles);
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: VIS_SCRIPT });
    script.addEventListener('load', () => resolve(window.vis));
    script.addEventListener('error', () => reject(new Error(`could not load ${VIS_SCRIPT}`)));
    document.head.append(script);
  });
}

async function drawOurs(events) {
  await showThenContinue(oursStatus, `Drawing ${format(events.length)} events…`);
  const start = performance.now();
  timeline.events = events;
  await timeline.updateComplete;
  await afterNextPaint();
  const ms = performance.now() - start;
  const errors = timeline.problems.filter((problem) => problem.severity !== 'warning').length;
  oursStatus.textContent =
    `${format(timeline.normalizedEvents.length)} events drawn; first frame painted after ${format(ms)} ms; ` +
    `${errors} ${errors === 1 ? 'problem' : 'problems'}.`;
}

async function drawVis(events) {
  await showThenContinue(visStatus, `Drawing ${format(events.length)} events with vis-timeline…`);
  const vis = await loadVis();
  visTimeline?.destroy();
  const start = performance.now();
  await new Promise((resolve) => {
    visTimeline = new vis.Timeline(document.querySelector('#vis-timeline'), new vis.DataSet(toVisItems(events)), {
      height: '480px',
      showCurrentTime: false,
      onInitialDrawComplete: resolve,
    });
  });
  await afterNextPaint();
  visStatus.textContent = `${format(events.length)} items drawn; first frame painted after ${format(performance.now() - start)} ms.`;
}

async function generate() {
  const fields = new FormData(form);
  const count = Number(fields.get('count'));
  const seed = Number(fields.get('seed')) || 0;
  const events = generateEvents(count, seed);
  await drawOurs(events);
  const compare = fields.get('compare') === 'on';
  visSection.hidden = !compare;
  if (compare) await drawVis(events).catch((error) => (visStatus.textContent = `vis-timeline failed: ${error.message}`));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void generate();
});
// The element may not be defined yet when this module runs; draw once it is.
void customElements.whenDefined('sanctions-timeline').then(generate);
