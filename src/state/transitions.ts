/**
 * What the reader does, as pure functions of the view state and the scene drawn from it: each
 * returns the next view state (the same object when nothing changes). The element applies them
 * and does what follows — events, focus — in one place.
 */
import { clusterById, clusterEvents } from '../layout/plot.js';
import { PAGE_SIZE } from '../layout/pages.js';
import { clampWindow, MIN_SPAN, panWindow, revealInWindow, sameWindow, windowAround, zoomWindow, type TimeWindow } from '../layout/window.js';
import { DEFAULT_PLOT_HEIGHT } from '../layout/sizes.js';
import { cardAt, cardCount, cardIndexOf, type LaneCards } from '../layout/lane-pages.js';
import { laneClusterById, laneClusterEvents } from '../layout/lane-plot.js';
import { NO_FILTER } from './filter.js';
import { headerPosition, laneSpanOf, moveInLanes, revealLane } from './lane-navigation.js';
import { moveFocus, navigableIds, timeSpanOf } from './navigation.js';
import type { Scene } from './scene.js';
import type { ViewState } from './view-state.js';

/** Opens the event `id`, which takes the tab stop; `null` (or an unknown id) closes the panel. */
export function select(view: ViewState, scene: Scene, id: string | null): ViewState {
  const event = id === null ? undefined : scene.byId.get(id);
  if (!event) return view.selected ? { ...view, selected: '' } : view;
  return view.selected === event.id && view.focus === event.id ? view : { ...view, selected: event.id, focus: event.id };
}

/**
 * Activates an event (opens it) or a cluster: zooms to the span of the cluster's events, or —
 * zoomed in all the way, where they share an hour — opens the first of them, to walk them.
 */
export function activate(view: ViewState, scene: Scene, id: string, lane?: string): ViewState {
  const header = scene.lanePlot && headerPosition(id);
  if (header !== undefined && scene.lanes[header]) return toggleLane(view, scene.lanes[header].key);
  const inLane = scene.lanePlot && laneClusterById(scene.lanePlot, id);
  const cluster = inLane ? inLane.cluster : scene.plot && clusterById(scene.plot, id);
  if (!cluster || !scene.window || !scene.limits) return withLane(select(view, scene, id), lane);
  if (scene.window[1] - scene.window[0] <= MIN_SPAN * 1.01) {
    const first = inLane ? laneClusterEvents(inLane.placed, cluster)[0]! : clusterEvents(scene.plot!, cluster)[0]!;
    return withLane(select(view, scene, first.id), lane);
  }
  return withWindow(view, scene, windowAround(cluster.lo, cluster.hi, scene.limits), true);
}

/** The reader's focus entered `id` (in the lane `lane`, with lanes): it takes the tab stop, nothing moves. */
export function focusedOn(view: ViewState, id: string, lane: string | undefined): ViewState {
  return id === view.focus && lane === view.focusLane ? view : { ...view, focus: id, focusLane: lane };
}

/** Collapses the lane `key` to a density strip, or expands it again. */
export function toggleLane(view: ViewState, key: string): ViewState {
  const collapsed = new Set(view.collapsed);
  if (!collapsed.delete(key)) collapsed.add(key);
  return { ...view, collapsed };
}

/** The reader scrolled the lanes to `top` pixels down. */
export function scrollLanes(view: ViewState, top: number): ViewState {
  return Math.abs(view.laneTop - top) < 0.5 ? view : { ...view, laneTop: top };
}

/** The view with the focused copy in `lane` (when given). */
function withLane(view: ViewState, lane: string | undefined): ViewState {
  return lane === undefined || view.focusLane === lane ? view : { ...view, focusLane: lane };
}

/** The tab stop moves to `id` (an event or cluster), and the window pans just enough to show it. */
export function focusOn(view: ViewState, scene: Scene, id: string, lane?: string): ViewState {
  if (scene.lanePlot && lane !== undefined) return focusInLanes(view, scene, id, lane);
  const span = timeSpanOf(scene, id);
  if (!span) return view;
  const focused = withLane(view.focus === id ? view : { ...view, focus: id }, lane);
  if (scene.vertical || !scene.window || !scene.limits) return focused;
  return withWindow(focused, scene, revealInWindow(scene.window, span.lo, span.hi, scene.limits), true);
}

/**
 * A navigation key pressed on the event or cluster `from`: the tab stop moves along what the
 * arrows walk (see `navigableIds`). Undefined when `key` does not move focus.
 */
export function moveFrom(view: ViewState, scene: Scene, from: string, key: string, lane?: string): ViewState | undefined {
  if (scene.lanePlot && lane !== undefined) {
    const next = moveInLanes(scene, scene.lanePlot, { id: from, lane }, key);
    return next && focusOn(view, scene, next.id, next.lane);
  }
  if (scene.laneCards && lane !== undefined) return moveInCards(view, scene, scene.laneCards, from, key, lane);
  const ids = navigableIds(scene);
  const next = moveFocus(key, ids.indexOf(from), ids.length);
  return next === undefined ? undefined : focusOn(view, scene, ids[next]!);
}

/** The tab stop moves to `id` in `lane`: the lanes scroll to show that lane, the window pans to show the event. */
function focusInLanes(view: ViewState, scene: Scene, id: string, lane: string): ViewState {
  const plot = scene.lanePlot!;
  const position = plot.lanes.findIndex((candidate) => candidate.key === lane);
  if (position < 0) return view;
  const laneTop = revealLane(plot, position, view.laneTop, scene.env.plotHeight || DEFAULT_PLOT_HEIGHT);
  const moved = view.focus === id && view.focusLane === lane && view.laneTop === laneTop ? view : { ...view, focus: id, focusLane: lane, laneTop };
  const span = laneSpanOf(scene, plot, id);
  if (!span || !scene.window || !scene.limits) return moved;
  return withWindow(moved, scene, revealInWindow(scene.window, span.lo, span.hi, scene.limits), true);
}

/** The narrow layout in lanes: the arrows walk the cards lane by lane, each copy of an event a card of its own. */
function moveInCards(view: ViewState, scene: Scene, cards: LaneCards, from: string, key: string, lane: string): ViewState | undefined {
  const event = scene.byId.get(from);
  const next = moveFocus(key, (event && cardIndexOf(cards, event, lane)) ?? 0, cardCount(cards));
  const card = next === undefined ? undefined : cardAt(cards, next);
  return card && focusOn(view, scene, card.event.id, cards.lanes[card.position]!.key);
}

/** Shows the page of cards before (-1) or after (1), its first card taking the tab stop (its copy in its lane, in lanes). */
export function turnPage(view: ViewState, scene: Scene, direction: -1 | 1): ViewState {
  const [from] = scene.page ?? [0, 0];
  const index = Math.max(0, from + direction * PAGE_SIZE);
  if (scene.laneCards) {
    const card = cardAt(scene.laneCards, index);
    return card ? focusOn(view, scene, card.event.id, scene.laneCards.lanes[card.position]!.key) : view;
  }
  const first = scene.shown[index];
  return first ? focusOn(view, scene, first.id) : view;
}

/** Zooms by `factor` (> 1 in) about the middle of `around` (an event or cluster id) when it is in view, else the centre. */
export function zoomBy(view: ViewState, scene: Scene, factor: number, around?: string): ViewState {
  const { window, limits } = scene;
  if (!window || !limits) return view;
  const span = around === undefined ? undefined : timeSpanOf(scene, around);
  const anchor = span ? ((span.lo + span.hi) / 2 - window[0]) / (window[1] - window[0]) : 0.5;
  return withWindow(view, scene, zoomWindow(window, factor, anchor >= 0 && anchor <= 1 ? anchor : 0.5, limits), true);
}

/** Pans by a share of the visible span (positive: later). */
export function panBy(view: ViewState, scene: Scene, fraction: number): ViewState {
  return scene.window && scene.limits ? withWindow(view, scene, panWindow(scene.window, fraction, scene.limits), true) : view;
}

/** Takes the window, its span kept, to the start or the end of the events. */
export function panToEdge(view: ViewState, scene: Scene, edge: 'start' | 'end'): ViewState {
  const { window, limits } = scene;
  if (!window || !limits) return view;
  const span = window[1] - window[0];
  const start = edge === 'start' ? limits.extent[0] : limits.extent[1] - span;
  return withWindow(view, scene, clampWindow([start, start + span], limits), true);
}

/** Shows all events again. */
export function fitAll(view: ViewState): ViewState {
  return view.window ? { ...view, window: undefined, glide: true } : view;
}

/** The page shows `window` (undefined: all events), kept within the zoom limits; nothing glides. */
export function showWindow(view: ViewState, scene: Scene, window: TimeWindow | undefined): ViewState {
  return { ...view, window: window && scene.limits ? clampWindow(window, scene.limits) : window, glide: false };
}

/** A step of a gesture (wheel, drag, pinch) moved the window; gestures do not glide. */
export function moveWindow(view: ViewState, scene: Scene, window: TimeWindow): ViewState {
  return withWindow(view, scene, window, false);
}

/** Switches a category on or off (`''`: the events without one). */
export function toggleCategory(view: ViewState, key: string): ViewState {
  const hidden = new Set(view.filter.hiddenCategories);
  if (!hidden.delete(key)) hidden.add(key);
  return { ...view, filter: { ...view.filter, hiddenCategories: hidden } };
}

/** Searches for `query` (blank: no search). */
export function search(view: ViewState, query: string): ViewState {
  return query === view.filter.query ? view : { ...view, filter: { ...view.filter, query } };
}

/** Clears every filter and the search. */
export function showAll(view: ViewState): ViewState {
  return view.filter === NO_FILTER ? view : { ...view, filter: NO_FILTER };
}

/** The view with the window `next`, unless it is the one drawn already. */
function withWindow(view: ViewState, scene: Scene, next: TimeWindow, glide: boolean): ViewState {
  return scene.window && sameWindow(next, scene.window) ? view : { ...view, window: next, glide };
}
