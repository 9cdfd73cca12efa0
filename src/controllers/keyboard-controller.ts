import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PAN_STEP, ZOOM_STEP } from '../layout/window.js';
import type { Scene } from '../state/scene.js';
import { fitAll, moveFrom, panBy, panToEdge, zoomBy } from '../state/transitions.js';
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

/** A brush key's step: a tenth of the visible span, a whole span with Shift or a page key. */
const BRUSH_STEP = 0.1;

/** The brush's keys, as a slider's: arrows (up and right later) and page keys move the window, Home and End take it to an end. */
const BRUSH_KEYS: Readonly<Record<string, (view: ViewState, scene: Scene, shift: boolean) => ViewState>> = {
  ArrowLeft: (view, scene, shift) => panBy(view, scene, shift ? -1 : -BRUSH_STEP),
  ArrowDown: (view, scene, shift) => panBy(view, scene, shift ? -1 : -BRUSH_STEP),
  ArrowRight: (view, scene, shift) => panBy(view, scene, shift ? 1 : BRUSH_STEP),
  ArrowUp: (view, scene, shift) => panBy(view, scene, shift ? 1 : BRUSH_STEP),
  PageDown: (view, scene) => panBy(view, scene, -1),
  PageUp: (view, scene) => panBy(view, scene, 1),
  Home: (view, scene) => panToEdge(view, scene, 'start'),
  End: (view, scene) => panToEdge(view, scene, 'end'),
};

/**
 * The element's keys. On an event: ←/→ (and ↑/↓) to the previous/next event in time,
 * Home/End to the first/last, PageUp/PageDown ten at a time; in lanes, ←/→ walk the lane (its
 * header first), ↑/↓ go to the lane above or below (see `moveInLanes`). Anywhere in the timeline:
 * + and − zoom, 0 shows all, Shift+←/→ pan (plain ←/→ too, off the events) — in the wide
 * layout only. In right-to-left, ← and → are mirrored: ← goes to later events and pans toward
 * later times. On the overview's brush, the keys of a slider move the window (`BRUSH_KEYS`),
 * and + − 0 zoom as anywhere. Keys typed into inputs are left alone.
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
    // Keys typed into inputs, and keys a toolbar has used to move among its buttons, are not ours.
    if (event.defaultPrevented || target.closest?.('input, textarea, select') || event.altKey || event.ctrlKey || event.metaKey) return;
    const button = target.closest?.<HTMLElement>('button[data-id]');
    const on = button?.dataset.id;
    const lane = button?.closest<HTMLElement>('[data-lane]')?.dataset.lane;
    const { view, scene } = this.callbacks.current();
    const key = (scene.env.rtl && MIRRORED[event.key]) || event.key;
    const moved = on !== undefined && !event.shiftKey ? moveFrom(view, scene, on, key, lane) : undefined;
    const brushed = target.closest?.('[part~="brush"]') ? BRUSH_KEYS[key]?.(view, scene, event.shiftKey) : undefined;
    const step = scene.vertical ? undefined : WINDOW_KEYS[key];
    const next = moved ?? brushed ?? step?.(view, scene, on);
    if (!next) return;
    event.preventDefault();
    this.callbacks.commit(next, moved !== undefined);
  };
}
