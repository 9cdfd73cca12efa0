import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map.js';
import type { ClusterLayout, MarkLayout } from '../layout/marks.js';
import type { Cluster } from '../layout/clusters.js';
import { formatSpan, type DateWords } from '../model/format-date.js';
import type { NormalizedEvent } from '../model/types.js';
import { fill, plural, type TimelineStrings } from '../strings.js';
import { ROW_HEIGHT } from '../layout/sizes.js';
import { activateOnClick, inlineX, itemState, type EventListContext } from './event-list.js';
import { dateClasses, markParts, renderWhen } from './when.js';

export interface MarksContext extends EventListContext {
  strings: Pick<TimelineStrings, 'clusterCount' | 'clusterDetail'> & DateWords;
  /** The row clusters are drawn in: below every row of events. */
  clusterRow: number;
  /** The event an index in the plot's list stands for. */
  eventAt: (index: number) => NormalizedEvent;
  /** The events a cluster holds. */
  membersOf: (cluster: Cluster) => readonly NormalizedEvent[];
}

type Item = { x0: number; mark: MarkLayout } | { x0: number; cluster: ClusterLayout };

/**
 * Events and clusters as one chronological list of buttons, each placed at its row and time.
 * An event shows its label (title), its mark (dot, band or bar) and, for screen readers, its
 * date as `<time>`; a cluster shows "+N" and names its count and span.
 */
export function renderMarks(marks: readonly MarkLayout[], clusters: readonly ClusterLayout[], context: MarksContext): TemplateResult {
  const items: Item[] = [...marks.map((mark) => ({ x0: mark.markX0, mark })), ...clusters.map((cluster) => ({ x0: cluster.x0, cluster }))];
  items.sort((a, b) => a.x0 - b.x0);
  return html`<ol class="events" aria-label=${context.label} @click=${activateOnClick(context.onActivate)}>
    ${repeat(
      items,
      (item) => ('mark' in item ? item.mark.event.id : item.cluster.cluster.id),
      (item) => ('mark' in item ? renderMark(item.mark, context) : renderCluster(item.cluster, context)),
    )}
  </ol>`;
}

function renderMark(mark: MarkLayout, context: MarksContext): TemplateResult {
  const { event } = mark;
  return html`<li
    class="item item--${mark.kind} ${itemState(event.id, context)}${dateClasses(event)}"
    style=${styleMap({
      transform: `translate(${inlineX(mark.x0, context.rtl)}px, ${mark.row * ROW_HEIGHT}px)`,
      width: `${mark.x1 - mark.x0}px`,
      '--mark-color': context.colorOf(event.category),
    })}
  >
    <button
      part="event"
      class="event"
      type="button"
      data-id=${event.id}
      title=${event.title}
      tabindex=${event.id === context.tabStop ? 0 : -1}
      aria-expanded=${event.id === context.selected ? 'true' : 'false'}
    >
      <span part="label" class="label" style=${styleMap({ insetInlineStart: `${mark.labelX - mark.x0}px`, width: `${mark.labelWidth}px` })}
        >${context.renderTitle(event)}</span
      ><span
        part=${markParts(event, mark.kind === 'point')}
        class="mark"
        style=${styleMap({ insetInlineStart: `${mark.markX0 - mark.x0}px`, width: `${mark.markX1 - mark.markX0}px` })}
      ></span
      ><span class="visually-hidden">, ${renderWhen(event, context.locale, context.strings)}</span>
    </button>
  </li>`;
}

/** "+N" over the cell of events that did not fit; activating it zooms to their span. */
function renderCluster({ cluster, x0, x1 }: ClusterLayout, context: MarksContext): TemplateResult {
  const count = cluster.count;
  const matched = !context.matches || context.membersOf(cluster).some((event) => context.matches!.has(event.id));
  return html`<li
    class="item item--cluster ${matched ? '' : 'item--dimmed'}"
    style=${styleMap({ transform: `translate(${inlineX(x0, context.rtl)}px, ${context.clusterRow * ROW_HEIGHT}px)`, width: `${x1 - x0}px` })}
  >
    <button part="cluster" class="event cluster" type="button" data-id=${cluster.id} tabindex=${cluster.id === context.tabStop ? 0 : -1}>
      <span class="cluster-count" aria-hidden="true">${plural(context.strings.clusterCount, count, context.locale, { notation: 'compact' })}</span
      ><span class="visually-hidden">${fill(plural(context.strings.clusterDetail, count, context.locale), { range: clusterSpan(cluster, context) })}</span>
    </button>
  </li>`;
}

/** From the first start to the last end of a cluster's events, each at its own precision. */
function clusterSpan(cluster: ClusterLayout['cluster'], context: MarksContext): string {
  const first = context.eventAt(cluster.first);
  const last = context.eventAt(cluster.last);
  return formatSpan(first.when.start, last.when.end ?? last.when.start, context.locale, context.strings);
}
