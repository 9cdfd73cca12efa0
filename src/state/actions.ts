import type { Scene } from './scene.js';
import * as act from './transitions.js';
import type { ViewState } from './view-state.js';

/** What the reader can do from the drawing's buttons, links and inputs. */
export interface TimelineActions {
  /** An event, cluster or lane header was clicked, tapped or pressed (`lane`: the key of the lane it is in). */
  activate(id: string, lane?: string): void;
  /** The reader scrolled the lanes. */
  scrollLanes(top: number): void;
  /** The panel opens another event (Previous, Next) or closes (`null`). */
  select(id: string | null): void;
  /** The page of cards before (-1) or after (1). */
  page(direction: -1 | 1): void;
  /** A zoom button: `factor` > 1 zooms in. */
  zoom(factor: number): void;
  /** "Whole timeline". */
  fit(): void;
  toggleCategory(key: string): void;
  search(query: string): void;
  /** Clears the filters and the search. */
  showAll(): void;
  /** Loads `src` again after a failure. */
  retry(): void;
}

/** Where the actions read the view and hand the next one back (the element). */
export interface ActionHost {
  /** The view state and the scene drawn from it, now. */
  current(): { view: ViewState; scene: Scene };
  /** Applies the next view state; `moveFocus` when the tab stop moved and focus should follow. */
  commit(next: ViewState, moveFocus?: boolean): void;
  /** Loads `src` again. */
  retry(): void;
}

/** Each action as the transition it stands for, applied through the host. */
export function timelineActions(host: ActionHost): TimelineActions {
  const apply = (transition: (view: ViewState, scene: Scene) => ViewState, moveFocus = false) => {
    const { view, scene } = host.current();
    host.commit(transition(view, scene), moveFocus);
  };
  return {
    activate: (id, lane) => apply((view, scene) => act.activate(view, scene, id, lane)),
    scrollLanes: (top) => apply((view) => act.scrollLanes(view, top)),
    select: (id) => apply((view, scene) => act.select(view, scene, id)),
    page: (direction) => apply((view, scene) => act.turnPage(view, scene, direction), true),
    zoom: (factor) => apply((view, scene) => act.zoomBy(view, scene, factor)),
    fit: () => apply(act.fitAll),
    toggleCategory: (key) => apply((view) => act.toggleCategory(view, key)),
    search: (query) => apply((view) => act.search(view, query)),
    showAll: () => apply(act.showAll),
    retry: () => host.retry(),
  };
}
