import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DENSITY_SLICE, laneClusterEvents, type LaneInView, type LanePlot } from '../layout/lane-plot.js';
import { DENSITY_HEIGHT } from '../layout/sizes.js';
import { plural, type TimelineStrings } from '../strings.js';
import { headerId } from '../state/lane-navigation.js';
import { renderAxis } from './axis.js';
import { renderMarks, type MarksContext } from './marks.js';
import { styleMap } from './style-map.js';

export interface LanesContext extends Omit<MarksContext, 'clusterRow' | 'eventAt' | 'membersOf'> {
  strings: MarksContext['strings'] & Pick<TimelineStrings, 'eventCount'>;
  /** The lane of the tab stop's copy. */
  tabLane: string | undefined;
  animate: boolean;
}

/**
 * The wide layout in lanes: the axis over a viewport that scrolls down through the lanes. Only
 * the lanes in view are in the DOM, each placed at its top in a track as tall as all of them, so
 * the scrollbar is true to the whole. Each lane is a header — its name and count, a button that
 * collapses it — over its own rows and clusters, or its density strip when collapsed.
 */
export function renderLanes(plot: LanePlot, context: LanesContext): TemplateResult {
  const total = plot.offsets[plot.offsets.length - 1]!;
  return html`<div class="plot plot--lanes ${context.animate ? 'animate' : ''}">
    ${renderAxis(plot.ticks, context.locale, context.rtl)}
    <div class="lanes-viewport" role="region" aria-label=${context.label}>
      <div class="lanes-track" style=${styleMap({ height: `${total}px` })}>
        ${repeat(
          plot.inView,
          (lane) => lane.lane.key,
          (lane) => renderLane(lane, context),
        )}
      </div>
    </div>
  </div>`;
}

/** "DPRK (North Korea), 155 events": a lane's header, and its list's name. */
export function laneName(lane: Pick<LaneInView, 'lane' | 'count'>, context: Pick<LanesContext, 'strings' | 'locale'>): string {
  return `${lane.lane.label}, ${plural(context.strings.eventCount, lane.count, context.locale)}`;
}

function renderLane(lane: LaneInView, context: LanesContext): TemplateResult {
  const id = headerId(lane.position);
  const name = laneName(lane, context);
  const tabStop = context.tabLane === lane.lane.key ? context.tabStop : '';
  const hasEvents = lane.shown.length > 0;
  return html`<section
    part="lane"
    class="lane ${lane.position % 2 ? 'lane--tinted' : ''} ${lane.collapsed ? 'lane--collapsed' : ''} ${hasEvents ? '' : 'lane--empty'}"
    data-lane=${lane.lane.key}
    style=${styleMap({ transform: `translateY(${lane.top}px)`, height: `${lane.height}px` })}
  >
    <button
      part="lane-header"
      class="lane-header"
      type="button"
      data-id=${id}
      tabindex=${id === tabStop ? 0 : -1}
      aria-expanded=${lane.collapsed || !hasEvents ? 'false' : 'true'}
      @click=${() => context.onActivate(id, lane.lane.key)}
    >
      <span class="lane-chevron" aria-hidden="true"></span><span class="lane-name">${lane.lane.label}</span
      ><span class="visually-hidden">, </span><span class="lane-count">${plural(context.strings.eventCount, lane.count, context.locale)}</span>
    </button>
    ${lane.marks && lane.placed
      ? html`<div class="rows">
          ${renderMarks(lane.marks, lane.clusters ?? [], {
            ...context,
            label: name,
            tabStop,
            clusterRow: lane.placed.placement.rowCount,
            eventAt: (index) => lane.placed!.index.events[index]!,
            membersOf: (cluster) => laneClusterEvents(lane.placed!, cluster),
          })}
        </div>`
      : lane.density
        ? renderDensity(lane.density, context.rtl)
        : nothing}
  </section>`;
}

/** A collapsed lane's events across the window as one path: a bar per slice, as tall as its share of the busiest slice. */
function renderDensity(counts: Uint32Array, rtl = false): TemplateResult {
  const most = counts.reduce((max, n) => Math.max(max, n), 0);
  const width = counts.length * DENSITY_SLICE;
  let d = '';
  counts.forEach((n, s) => {
    if (!n) return;
    // At least a third of the strip for one event, so a lone event still shows.
    const h = Math.max(DENSITY_HEIGHT / 3, (DENSITY_HEIGHT * Math.sqrt(n)) / Math.sqrt(most));
    const x = rtl ? width - (s + 1) * DENSITY_SLICE : s * DENSITY_SLICE;
    d += `M${x} ${DENSITY_HEIGHT}v${-h.toFixed(1)}h${DENSITY_SLICE - 1}v${h.toFixed(1)}z`;
  });
  return html`<svg class="density" aria-hidden="true" viewBox="0 0 ${width} ${DENSITY_HEIGHT}" preserveAspectRatio="none">${svg`<path d=${d}></path>`}</svg>`;
}
