import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PAN_STEP, ZOOM_STEP } from '../layout/window.js';
import type { Scene } from '../state/scene.js';
import { fitAll, moveFrom, panBy, zoomBy } from '../state/transitions.js';
import type { ViewState } from '../state/view-state.js';

/** Where the keys read the view and hand the next one back. */
export interface KeyboardCallbacks {
  /** The view state and the scene drawn from it, now. */
  current(): { view: ViewState; scene: Scene };
  /** Applies the next view state; `moveFocus` when the tab stop moved and focus should follow. */
  commit(next: ViewState, moveFocus: boolean): void;
}

/** In right-to-left, ← points toward later times and → toward earlier ones. */
const MIRRORED: Readonly<Record<string, string>> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/** Zoom and pan keys; zooming keeps the focused event or cluster (`around`), if any, where it is. */
const WINDOW_KEYS: Readonly<Record<string, (view: ViewState, scene: Scene, around?: string) => ViewState>> = {
  '+': (view, scene, around) => zoomBy(view, scene, ZOOM_STEP, around),
  '=': (view, scene, around) => zoomBy(view, scene, ZOOM_STEP, around),
  '-': (view, scene, around) => zoomBy(view, scene, 1 / ZOOM_STEP, around),
  _: (view, scene, around) => zoomBy(view, scene, 1 / ZOOM_STEP, around),
  '0': (view) => fitAll(view),
  ArrowLeft: (view, scene) => panBy(view, scene, -PAN_STEP),
  ArrowRight: (view, scene) => panBy(view, scene, PAN_STEP),
};

/**
 * The element's keys. On an event: ←/→ (and ↑/↓) to the previous/next event in time,
 * Home/End to the first/last, PageUp/PageDown ten at a time. Anywhere in the timeline:
 * + and − zoom, 0 shows all, Shift+←/→ pan (plain ←/→ too, off the events) — in the wide
 * layout only. In right-to-left, ← and → are mirrored: ← goes to later events and pans toward
 * later times. Keys typed into inputs are left alone.
 */
export class KeyboardController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: KeyboardCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as Element;
    if (target.closest?.('input, textarea, select') || event.altKey || event.ctrlKey || event.metaKey) return;
    const on = target.closest?.<HTMLElement>('button[data-id]')?.dataset.id;
    const { view, scene } = this.callbacks.current();
    const key = (scene.env.rtl && MIRRORED[event.key]) || event.key;
    const moved = on !== undefined && !event.shiftKey ? moveFrom(view, scene, on, key) : undefined;
    const step = scene.vertical ? undefined : WINDOW_KEYS[key];
    const next = moved ?? step?.(view, scene, on);
    if (!next) return;
    event.preventDefault();
    this.callbacks.commit(next, moved !== undefined);
  };
}
