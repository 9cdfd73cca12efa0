import { html, type TemplateResult } from 'lit';
import type { PlotLayout } from '../layout/plot.js';
import { ROW_HEIGHT } from '../layout/sizes.js';
import { renderAxis } from './axis.js';
import { renderMarks, type MarksContext } from './marks.js';
import { styleMap } from './style-map.js';

export interface HorizontalContext extends Omit<MarksContext, 'clusterRow'> {
  /** Whether marks glide to their new place (discrete zoom steps, unless reduced motion). */
  animate: boolean;
}

/**
 * The wide layout: the axis, and what the plot layout found in the window — events in rows,
 * clusters in a row below them. Events outside the window are not in the DOM. The height
 * follows the rows in use at the zoom level, so it does not jump while panning.
 */
export function renderHorizontal(layout: PlotLayout, context: HorizontalContext): TemplateResult {
  const { rowCount, clusters } = layout.placement;
  const rows = rowCount + (clusters.length > 0 ? 1 : 0);
  return html`<div class="plot ${context.animate ? 'animate' : ''}">
    ${renderAxis(layout.ticks, context.locale, context.rtl)}
    <div class="rows" style=${styleMap({ height: `${Math.max(rows, 1) * ROW_HEIGHT + 8}px` })}>
      ${renderMarks(layout.marks, layout.clusters, { ...context, clusterRow: rowCount })}
    </div>
  </div>`;
}
