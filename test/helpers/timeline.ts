import { fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { scaleUtc } from 'd3-scale';
import '../../src/define.js';
import { fitDomain } from '../../src/layout/domain.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';

/** A timeline `width` px wide, fed `events` through the property, rendered and laid out. */
export async function timelineWith(events: unknown, width = 800): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(
    html`<sanctions-timeline style="width: ${width}px" locale="en-US" .events=${events as TimelineEvent[]}></sanctions-timeline>`,
  );
  await settle(el);
  return el;
}

/** Waits for the element's pending render and a frame, so the resize observer has reported. */
export async function settle(el: SanctionsTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

export function shadow(el: SanctionsTimeline): ShadowRoot {
  return el.shadowRoot!;
}

/** All nodes of a part, in DOM order. */
export function parts(el: SanctionsTimeline, part: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

/** An element's horizontal extent relative to the plot's left edge. */
export function plotExtent(el: SanctionsTimeline, node: Element): { left: number; right: number; centre: number } {
  const origin = shadow(el).querySelector('.plot')!.getBoundingClientRect().left;
  const { left, right } = node.getBoundingClientRect();
  return { left: left - origin, right: right - origin, centre: (left + right) / 2 - origin };
}

/** The scale the element should be drawing with: the data's fitted domain over its width. */
export function expectedScale(el: SanctionsTimeline) {
  const domain = fitDomain(el.normalizedEvents)!;
  return scaleUtc().domain(domain).range([0, el.getBoundingClientRect().width]);
}

/** True when two rectangles share any area. */
export function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Drags the mouse across the plot from `from` to `to` px (from its left edge); returns the plot's width. */
export async function dragPlot(el: SanctionsTimeline, from: number, to: number): Promise<number> {
  const box = shadow(el).querySelector('.plot')!.getBoundingClientRect();
  const y = Math.round(box.top + 10);
  await sendMouse({ type: 'move', position: [Math.round(box.left + from), y] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round(box.left + to), y] });
  await sendMouse({ type: 'up' });
  await settle(el);
  return box.width;
}

/** Every node under `root` (elements, text, comments): what the browser has to keep, style and lay out. */
export function countNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}
