// Timing and counting helpers shared by the two bench pages, so both libraries are measured alike.
import { unitOf } from '../vis-items.js';

/** Resolves at the start of the next frame, inside its requestAnimationFrame callbacks. */
export function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/**
 * Resolves once the current task, and with it the frame being produced (style, layout, paint),
 * has finished: a message posted now is handled only after that.
 */
export function paintDone() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  });
}

/** Resolves after the next frame has been painted (on the main thread). */
export async function afterNextPaint() {
  await nextFrame();
  return paintDone();
}

/**
 * Every node (elements, text, comments) under `root`, descending into open shadow roots: what
 * the browser has to keep, style and lay out.
 * @param {Node} root
 */
export function countNodes(root) {
  let count = 0;
  const visit = (node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return count;
}

/** The instants the generated events cover, first to last, which the zoom script is laid over. */
export function extentOf(events) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { start, end } of events) {
    lo = Math.min(lo, unitOf(start)[0]);
    hi = Math.max(hi, unitOf(end ?? start)[1]);
  }
  return [lo, hi];
}
