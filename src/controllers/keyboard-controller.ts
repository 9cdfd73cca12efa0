import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { moveFocus } from '../model/navigation.js';
import { ZOOM_STEP } from '../view/controls.js';
import type { WindowController } from './window-controller.js';

/** Arrow keys pan by a quarter of the visible span. */
const PAN_STEP = 0.25;

export interface KeyboardCallbacks {
  /** Ids of the events the arrows walk through, in time order. */
  ids(): string[];
  /** The instant an event is drawn at, so zooming from an event keeps it in view. */
  timeOf(id: string): number | undefined;
  /** Moves focus to an event (revealing it). */
  focus(id: string): void;
  /** Whether zoom and pan keys apply (the horizontal layout). */
  canZoom(): boolean;
  /** Whether time runs right to left: ← and → then swap meanings. Absent means left to right. */
  isRtl?(): boolean;
}

/** In right-to-left, ← points toward later times and → toward earlier ones. */
const MIRRORED: Readonly<Record<string, string>> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/**
 * The element's keys. On an event: ←/→ (and ↑/↓) to the previous/next event in time,
 * Home/End to the first/last, PageUp/PageDown ten at a time. Anywhere in the timeline:
 * + and − zoom, 0 shows all, Shift+←/→ pan (plain ←/→ too, off the events).
 * In right-to-left, ← and → are mirrored: ← goes to later events and pans toward later times.
 * Keys typed into inputs are left alone.
 */
export class KeyboardController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly view: WindowController,
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
    const onEvent = target.closest?.<HTMLElement>('button[data-id]');
    const key = (this.callbacks.isRtl?.() && MIRRORED[event.key]) || event.key;
    if (onEvent && !event.shiftKey) {
      const ids = this.callbacks.ids();
      const next = moveFocus(key, ids.indexOf(onEvent.dataset.id!), ids.length);
      if (next !== undefined) {
        event.preventDefault();
        this.callbacks.focus(ids[next]!);
        return;
      }
    }
    const action = this.callbacks.canZoom() ? this.actions[key] : undefined;
    if (action) {
      event.preventDefault();
      action(onEvent ? this.callbacks.timeOf(onEvent.dataset.id!) : undefined);
    }
  };

  /** Each key's action; zooming keeps the focused event (if any) where it is. */
  private readonly actions: Record<string, (around?: number) => void> = {
    '+': (around) => this.view.zoomBy(ZOOM_STEP, around),
    '=': (around) => this.view.zoomBy(ZOOM_STEP, around),
    '-': (around) => this.view.zoomBy(1 / ZOOM_STEP, around),
    _: (around) => this.view.zoomBy(1 / ZOOM_STEP, around),
    '0': () => this.view.user(undefined, true),
    ArrowLeft: () => this.view.panBy(-PAN_STEP),
    ArrowRight: () => this.view.panBy(PAN_STEP),
  };
}
