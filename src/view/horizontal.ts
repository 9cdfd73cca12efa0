import { html, type TemplateResult } from 'lit';
import { styleMap } from './style-map.js';
import { scaleUtc } from 'd3-scale';
import { MARK_DEFAULTS, layoutMarks } from '../layout/marks.js';
import { axisTicks } from '../layout/ticks.js';
import type { TimeWindow } from '../layout/window.js';
import type { NormalizedEvent } from '../model/types.js';
import { renderAxis } from './axis.js';
import { LANE_HEIGHT, renderMarks, type MarksContext } from './marks.js';

export interface HorizontalContext extends MarksContext {
  width: number;
  measure: (text: string) => number;
  /** Whether marks glide to their new place (discrete zoom steps, unless reduced motion). */
  animate: boolean;
}

/**
 * The wide layout: the axis, and the events whose mark or label reaches into the window, laid
 * out in lanes. Events wholly outside the window are not in the DOM.
 */
export function renderHorizontal(events: readonly NormalizedEvent[], window: TimeWindow, context: HorizontalContext): TemplateResult {
  const { width } = context;
  const scale = scaleUtc().domain(window).range([0, width]);
  // A label reaches right of its mark by at most maxLabelWidth: events starting that far left of the window may still show.
  const reach = scale.invert(-MARK_DEFAULTS.maxLabelWidth).getTime();
  const visible = events.filter((event) => event.when.hi >= reach && event.when.lo <= window[1]);
  const { marks, laneCount } = layoutMarks(visible, scale, { width, measure: context.measure });
  return html`<div class="plot ${context.animate ? 'animate' : ''}">
    ${renderAxis(axisTicks(scale, width, context.locale))}
    <div class="lanes" style=${styleMap({ height: `${Math.max(laneCount, 1) * LANE_HEIGHT + 8}px` })}>
      ${renderMarks(marks, context)}
    </div>
  </div>`;
}
