import { html, type TemplateResult } from 'lit';
import type { PlotLayout } from '../layout/plot.js';
import { LANE_HEIGHT } from '../layout/sizes.js';
import { renderAxis } from './axis.js';
import { renderMarks, type MarksContext } from './marks.js';
import { styleMap } from './style-map.js';

export interface HorizontalContext extends Omit<MarksContext, 'clusterLane'> {
  /** Whether marks glide to their new place (discrete zoom steps, unless reduced motion). */
  animate: boolean;
}

/**
 * The wide layout: the axis, and what the plot layout found in the window — events in lanes,
 * clusters in a row below them. Events outside the window are not in the DOM. The height
 * follows the lanes in use at the zoom level, so it does not jump while panning.
 */
export function renderHorizontal(layout: PlotLayout, context: HorizontalContext): TemplateResult {
  const { laneCount, clusters } = layout.placement;
  const lanes = laneCount + (clusters.length > 0 ? 1 : 0);
  return html`<div class="plot ${context.animate ? 'animate' : ''}">
    ${renderAxis(layout.ticks, context.locale, context.rtl)}
    <div class="lanes" style=${styleMap({ height: `${Math.max(lanes, 1) * LANE_HEIGHT + 8}px` })}>
      ${renderMarks(layout.marks, layout.clusters, { ...context, clusterLane: laneCount })}
    </div>
  </div>`;
}
