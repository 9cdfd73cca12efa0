import { html, nothing, type TemplateResult } from 'lit';
import { clusterEvents } from '../layout/plot.js';
import type { NormalizedEvent } from '../model/types.js';
import { highlightRanges } from '../state/filter.js';
import { failuresOf, type SrcState } from '../state/load-state.js';
import type { TimelineActions } from '../state/actions.js';
import type { Scene } from '../state/scene.js';
import { renderControls } from './controls.js';
import { renderDateKey } from './date-key.js';
import type { EventListContext } from './event-list.js';
import { renderExport } from './export.js';
import { renderHorizontal } from './horizontal.js';
import { renderLanes } from './lanes.js';
import { hostPicture } from './host-picture.js';
import { svgOf } from './svg.js';
import { renderHighlighted, renderLegend } from './legend.js';
import { renderEmpty, renderLoadErrors, renderLoading, renderProblems } from './notices.js';
import { renderOverview } from './overview.js';
import { renderPanel } from './panel.js';
import { renderPrintList, type PrintLane } from './print-list.js';
import { renderVertical, renderVerticalLanes } from './vertical.js';

/**
 * The whole drawing, from the scene: the load state or the problems notice, the legend, the
 * wide plot or the narrow cards with their toolbar, the open event's panel, the print list
 * while printing, and the live region that announces where the reader moved.
 */
export function renderTimeline(scene: Scene, load: SrcState, announcement: string, actions: TimelineActions): TemplateResult {
  const { strings, data } = scene;
  const { locale } = scene.env;
  if (load.status === 'loading') return renderLoading(strings);
  // Files of `src` that failed are said beside what the others loaded.
  const failed = renderLoadErrors(failuresOf(load), strings, actions.retry);
  if (load.status === 'error') return html`${failed}`;
  const notice = html`${failed}${renderProblems(data, strings, locale)}`;
  if (!scene.window) return html`${notice}${renderEmpty(strings)}`;
  const { filter } = scene.view;
  return html`${notice}
    ${renderLegend({
      counts: scene.counts,
      hidden: filter.hiddenCategories,
      colorOf: scene.colorOf,
      query: filter.query,
      shownCount: scene.listed.length,
      totalCount: data.events.length,
      locale,
      strings,
      onToggle: actions.toggleCategory,
      onQuery: actions.search,
      onShowAll: actions.showAll,
    })}
    ${renderDateKey(scene.dateKinds, strings)}
    ${scene.vertical ? renderNarrow(scene, load, actions) : renderWide(scene, load, actions)}
    ${renderOpenEvent(scene, actions)}
    ${scene.env.printing
      ? renderPrintList(scene.listed, {
          locale,
          strings,
          heading: scene.label,
          headingLevel: scene.headingLevel,
          totalCount: data.events.length,
          categoryLabel: scene.categoryLabel,
          lanes: scene.lanes.length ? listedInLanes(scene) : undefined,
        })
      : nothing}
    <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>`;
}

/** Each lane's name and its events that the count says are shown (the printed list's groups). */
function listedInLanes({ lanes, laneShown, matches }: Scene): PrintLane[] {
  return lanes.map((lane, k) => ({ label: lane.label, events: matches ? laneShown[k]!.filter((event) => matches.has(event.id)) : laneShown[k]! }));
}

/** The narrow layout: downloads above a page of cards, in lanes when there are lanes. */
function renderNarrow(scene: Scene, load: SrcState, actions: TimelineActions): TemplateResult {
  const context = { ...eventList(scene, actions), strings: scene.strings, categoryLabel: scene.categoryLabel, onPage: actions.page };
  return html`${renderDownloads(scene, load)}${scene.laneCards
    ? renderVerticalLanes(scene.laneCards, scene.page!, { ...context, headingLevel: scene.headingLevel, counts: scene.laneCounts, tabLane: scene.tabLane })
    : renderVertical(scene.shown, scene.page!, context)}`;
}

/** The wide layout: downloads and zoom buttons above the plot. */
function renderWide(scene: Scene, load: SrcState, actions: TimelineActions): TemplateResult {
  const { plot, lanePlot } = scene;
  return html`<div class="toolbar">
      ${renderDownloads(scene, load)}${renderControls({
        strings: scene.strings,
        canZoomIn: scene.canZoomIn,
        canZoomOut: scene.canZoomOut,
        onZoom: actions.zoom,
        onFit: actions.fit,
      })}
    </div>
    ${scene.overview
      ? renderOverview(scene.overview, { strings: scene.strings, locale: scene.env.locale, rtl: scene.env.rtl, window: scene.window!, colorOf: scene.colorOf })
      : nothing}
    ${lanePlot
      ? renderLanes(lanePlot, { ...eventList(scene, actions), strings: scene.strings, tabLane: scene.tabLane, animate: scene.view.glide })
      : renderHorizontal(plot!, {
          ...eventList(scene, actions),
          strings: scene.strings,
          eventAt: (index) => plot!.index.events[index]!,
          membersOf: (cluster) => clusterEvents(plot!, cluster),
          animate: scene.view.glide,
        })}`;
}

/** What both layouts need to draw the events as buttons. */
function eventList(scene: Scene, actions: TimelineActions): EventListContext {
  const { query } = scene.view.filter;
  return {
    locale: scene.env.locale,
    rtl: scene.env.rtl,
    label: scene.label,
    selected: scene.view.selected,
    tabStop: scene.tabStop,
    matches: scene.matches,
    colorOf: scene.colorOf,
    renderTitle: (event: NormalizedEvent) => (query ? renderHighlighted(event.title, highlightRanges(event.title, query)) : event.title),
    onActivate: actions.activate,
  };
}

/** "Download JSON" and "Download CSV" of what the count says is shown, and the picture of the view. */
function renderDownloads(scene: Scene, load: SrcState): TemplateResult {
  const { data } = scene;
  return renderExport({
    strings: scene.strings,
    events: () => scene.listed,
    meta: () => ({ title: data.title, description: data.description, categories: scene.categories }),
    picture: (host) => hostPicture(scene, host, load),
  });
}

function renderOpenEvent(scene: Scene, actions: TimelineActions): TemplateResult | typeof nothing {
  const { open } = scene;
  if (!open) return nothing;
  return renderPanel(open.event, {
    headingLevel: scene.headingLevel,
    locale: scene.env.locale,
    strings: scene.strings,
    colorOf: scene.colorOf,
    categoryLabel: scene.categoryLabel,
    previous: open.previous,
    next: open.next,
    hiddenByFilter: open.hiddenByFilter,
    onShow: actions.showAll,
    onSelect: actions.select,
  });
}

/** The whole drawing as a standalone SVG document, in `host`'s theme (see `drawPicture`, `svgOf`): what `toSVG()` returns. */
export function timelineSvg(scene: Scene, host: HTMLElement, load: SrcState): string {
  return svgOf(hostPicture(scene, host, load));
}
