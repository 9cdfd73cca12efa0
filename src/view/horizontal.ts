import { html, type TemplateResult } from 'lit';
import { styleMap } from './style-map.js';
import { scaleUtc } from 'd3-scale';
import type { PlotLayout } from '../layout/plot.js';
import { axisTicks } from '../layout/ticks.js';
import type { TimeWindow } from '../layout/window.js';
import { renderAxis } from './axis.js';
import { LANE_HEIGHT, renderMarks, type MarksContext } from './marks.js';

export interface HorizontalContext extends Omit<MarksContext, 'clusterLane'> {
  width: number;
  /** Whether marks glide to their new place (discrete zoom steps, unless reduced motion). */
  animate: boolean;
}

/**
 * The wide layout: the axis, and what the plot layout found in the window — events in lanes,
 * clusters in a row below them. Events outside the window are not in the DOM. The height
 * follows the lanes in use at the zoom level, so it does not jump while panning.
 */
export function renderHorizontal(layout: PlotLayout, window: TimeWindow, context: HorizontalContext): TemplateResult {
  const { width } = context;
  const { laneCount, clusters } = layout.placement;
  const lanes = laneCount + (clusters.length > 0 ? 1 : 0);
  const scale = scaleUtc().domain(window).range([0, width]);
  return html`<div class="plot ${context.animate ? 'animate' : ''}">
    ${renderAxis(axisTicks(scale, width, context.locale), context.rtl)}
    <div class="lanes" style=${styleMap({ height: `${Math.max(lanes, 1) * LANE_HEIGHT + 8}px` })}>
      ${renderMarks(layout.marks, layout.clusters, { ...context, clusterLane: laneCount })}
    </div>
  </div>`;
}
