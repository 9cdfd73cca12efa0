import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  WHEEL_LATCH_MS,
  dragWindow,
  pinchWindow,
  pressMove,
  wheelWindow,
  type Frame,
  type Point,
} from '../layout/gestures.js';
import { sameWindow, type TimeWindow, type WindowLimits } from '../layout/window.js';
import type { Scene } from '../state/scene.js';
import { moveWindow } from '../state/transitions.js';
import type { ViewState } from '../state/view-state.js';

/** What the gesture controller needs from its host: the element to listen on, and the view to move. */
export interface GestureCallbacks {
  /**
   * The element to listen on (the plot), read after every render of the host: the same node as
   * before keeps its listeners; a new node takes them over; undefined removes them.
   */
  target(): HTMLElement | undefined;
  /** The view state and the scene drawn from it: the window, its limits, the direction of time. No window (the vertical layout, no events): gestures do nothing. */
  current(): { view: ViewState; scene: Scene };
  /** Applies the view with the window a zoom or pan step moved to; the host re-renders and tells listeners. */
  commit(next: ViewState): void;
}

/**
 * What the pointers are doing. `press`: down, not yet moved far enough to be a drag. `drag`: one
 * pointer pans, measured from where it grabbed (`window` at `x0`), so the instant under it stays
 * under it. `pinch`: two touches zoom and pan, measured from where they were. `scroll`: a touch
 * that moved vertically — the page scrolls it, the timeline stays out of the way.
 */
type Gesture =
  | { kind: 'idle' }
  | { kind: 'press'; id: number; start: Point }
  | { kind: 'drag'; id: number; x0: number; window: TimeWindow; frame: Frame }
  | { kind: 'pinch'; ids: [number, number]; start: [Point, Point]; window: TimeWindow; frame: Frame }
  | { kind: 'scroll' };

/** One row of the listener table: an event type, its handler, and the options it is added with. */
type Listener = readonly [type: string, handler: EventListener, options?: AddEventListenerOptions];

/** A listener row, type-checked against the event its type names. */
function on<K extends keyof HTMLElementEventMap>(
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
  options?: AddEventListenerOptions,
): Listener {
  return [type, handler as EventListener, options];
}

/**
 * Zoom and pan by hand, with Pointer Events and the wheel (no d3-zoom: it would cost 11.8 KB of
 * a 30 KB budget). Listens on one element — the plot — that it asks the host for (`target()`)
 * after every render, following it when a render replaces the node; each step is one call to
 * `setWindow`, with no animation. This class is the event plumbing and the state between events;
 * how far each gesture moves the window is worked out in `layout/gestures.ts`.
 *
 * - **Wheel** (`wheelWindow`): vertical zooms around the pointer; ctrl+wheel (a trackpad pinch in
 *   Chromium) zooms faster; a mostly horizontal wheel (a two-finger swipe, or shift+wheel where
 *   the browser makes it horizontal) pans.
 * - **Drag** (`dragWindow`; mouse left button, pen, one finger): pans. A move under
 *   `DRAG_THRESHOLD` px is a click, so event buttons keep working; after a real drag the click
 *   that follows is swallowed. The plot captures the pointer, so a drag goes on outside it.
 * - **Two fingers** (`pinchWindow`): pinch zooms around their midpoint by the ratio of their
 *   distances, and the midpoint's movement pans. Lifting one finger goes on as a drag of the other.
 *
 * The page must stay scrollable: give the plot `touch-action: pan-y` (and `user-select: none`, or
 * a mouse drag selects the labels it crosses). Then the browser scrolls vertical swipes itself
 * and hands the timeline only horizontal moves and pinches; the controller never cancels a
 * pointer event, and a finger that moves mostly vertically is left alone.
 *
 * A plain wheel is cancelled only when it changed the window, or within `WHEEL_LATCH_MS` of one
 * that did: at the zoom limits the page scrolls on, as a nested scroller at its end lets it.
 * Horizontal and ctrl wheels are always cancelled — at an edge they would otherwise swipe the
 * browser back a page, or zoom the whole page. Non-cancelable wheels (the browser has already
 * committed the stream to scrolling the page) are ignored.
 */
export class GestureController implements ReactiveController {
  /** The element listened on (or to be, once the host connects): the last `target()` returned. */
  private element: HTMLElement | undefined;
  private listening = false;
  private connected: boolean;
  /** The pointers taking part in the gesture, where they are now. */
  private readonly pointers = new Map<number, Point>();
  /** Whether those pointers are touches (only touches pinch). */
  private touch = false;
  private gesture: Gesture = { kind: 'idle' };
  /** `timeStamp` of the last wheel event the timeline consumed. */
  private lastWheel = -Infinity;
  private swallowClick = false;
  private swallowTimer: ReturnType<typeof setTimeout> | undefined;

  /** Registers with `host`; nothing is listened to until the host's first render names the plot. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: GestureCallbacks,
  ) {
    this.connected = host.isConnected;
    host.addController(this);
  }

  /** Listens again on the last plot: a re-connected host need not render again. */
  hostConnected(): void {
    this.connected = true;
    this.listen();
  }

  /** Removes every listener and forgets any gesture under way. */
  hostDisconnected(): void {
    this.connected = false;
    this.unlisten();
  }

  /** After each render, follows the host's plot: the render may have replaced the node, or removed it. */
  hostUpdated(): void {
    this.follow(this.callbacks.target());
  }

  /** Listens on `element`: the same node again changes nothing; a new node replaces the old; undefined detaches. */
  private follow(element: HTMLElement | undefined): void {
    if (element === this.element) {
      this.listen();
      return;
    }
    this.unlisten();
    this.element = element;
    this.listen();
  }

  /** Every listener, for `listen` to add and `unlisten` to remove: one table, so the two cannot drift apart. */
  private listeners(): Listener[] {
    return [
      // Not passive: a wheel the timeline uses must not also scroll the page.
      on('wheel', this.onWheel, { passive: false }),
      on('pointerdown', this.onPointerDown),
      on('pointermove', this.onPointerMove),
      on('pointerup', this.onPointerUp),
      on('pointercancel', this.onPointerCancel),
      on('lostpointercapture', this.onLostCapture),
      // Capture phase: it must run before the click reaches the event button inside the plot.
      on('click', this.onClick, { capture: true }),
    ];
  }

  private listen(): void {
    const element = this.element;
    if (!element || this.listening || !this.connected) return;
    this.listening = true;
    for (const [type, handler, options] of this.listeners()) element.addEventListener(type, handler, options);
  }

  private unlisten(): void {
    const element = this.element;
    if (element && this.listening) {
      // Removal matches on the capture flag alone, which the same options carry.
      for (const [type, handler, options] of this.listeners()) element.removeEventListener(type, handler, options);
    }
    this.listening = false;
    this.pointers.clear();
    this.gesture = { kind: 'idle' };
    this.lastWheel = -Infinity;
    this.swallowClick = false;
    clearTimeout(this.swallowTimer);
  }

  /** The window and limits, or undefined when there is nothing to move. */
  private state(): { window: TimeWindow; limits: WindowLimits } | undefined {
    const { window, limits, vertical } = this.callbacks.current().scene;
    return window && limits && !vertical ? { window, limits } : undefined;
  }

  /** Hands `next` to the host when it differs from the current window; true when it did. */
  private apply(next: TimeWindow, current: TimeWindow): boolean {
    if (sameWindow(next, current)) return false;
    const { view, scene } = this.callbacks.current();
    this.callbacks.commit(moveWindow(view, scene, next));
    return true;
  }

  /** Where the plot is now; undefined when it has no width (not laid out), where no pixel maps to a time. */
  private frame(): Frame | undefined {
    const rect = this.element?.getBoundingClientRect();
    if (!rect || rect.width <= 0) return undefined;
    return { left: rect.left, right: rect.right, width: rect.width, height: rect.height, rtl: this.callbacks.current().scene.env.rtl };
  }

  private onWheel = (event: WheelEvent): void => {
    // Over lanes that scroll, an up-and-down wheel scrolls them (as in a performance panel); ctrl or a pinch still zooms.
    if (!event.ctrlKey && Math.abs(event.deltaY) > Math.abs(event.deltaX) && scrollsLanes(event)) return;
    const state = this.state();
    const frame = this.frame();
    if (!state || !frame || !event.cancelable) return;
    const step = wheelWindow(state.window, state.limits, frame, event);
    if (!step) return;
    const changed = this.apply(step.next, state.window);
    const latched = event.timeStamp - this.lastWheel < WHEEL_LATCH_MS;
    if (changed || step.pan || event.ctrlKey || latched) {
      event.preventDefault();
      this.lastWheel = event.timeStamp;
    }
  };

  private onPointerDown = (event: PointerEvent): void => {
    if (!this.state()) return;
    const touch = event.pointerType === 'touch';
    // Only the main button drags. A second pointer joins only touch to touch, as a pinch;
    // a third finger, or a mouse during a touch gesture, is ignored.
    if (event.button !== 0) return;
    if (this.pointers.size > 0 && !(touch && this.touch && this.pointers.size === 1)) return;
    const point = { x: event.clientX, y: event.clientY };
    this.pointers.set(event.pointerId, point);
    this.touch = touch;
    if (this.pointers.size === 1) {
      this.gesture = { kind: 'press', id: event.pointerId, start: { ...point } };
      return;
    }
    const ids = [...this.pointers.keys()] as [number, number];
    this.beginPinch(ids);
  };

  private onPointerMove = (event: PointerEvent): void => {
    const point = this.pointers.get(event.pointerId);
    if (!point) return;
    point.x = event.clientX;
    point.y = event.clientY;
    const gesture = this.gesture;
    if (gesture.kind === 'press') {
      const move = pressMove(point.x - gesture.start.x, point.y - gesture.start.y, this.touch);
      if (move === 'press') return;
      // A finger moving mostly up or down is scrolling the page (touch-action: pan-y); let it.
      if (move === 'scroll') {
        this.gesture = { kind: 'scroll' };
        return;
      }
      // Measured from where the pointer grabbed, so the content catches up with it at once.
      if (!this.beginDrag(gesture.id, gesture.start.x)) return;
    }
    this.step();
  };

  private onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId)) return;
    const moved = this.gesture.kind === 'drag' || this.gesture.kind === 'pinch';
    this.release(event.pointerId);
    if (moved && this.pointers.size === 0) this.swallowNextClick();
  };

  private onPointerCancel = (event: PointerEvent): void => {
    if (this.pointers.has(event.pointerId)) this.release(event.pointerId);
  };

  /**
   * Our capture was taken away (the plot left the page, say) and no pointerup may follow. Only
   * the plot's own loss counts: taking capture from the button a touch went down on (its
   * implicit capture) makes that button lose it, and the event bubbles up to here.
   */
  private onLostCapture = (event: PointerEvent): void => {
    if (event.target === this.element) this.onPointerCancel(event);
  };

  private onClick = (event: MouseEvent): void => {
    if (!this.swallowClick) return;
    this.swallowClick = false;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  /**
   * The browser fires the click of a drag in the same task as its pointerup, so a flag that
   * lives until the next task catches it — and cannot eat a later, real click (a touch drag or a
   * release outside the plot fires none).
   */
  private swallowNextClick(): void {
    this.swallowClick = true;
    clearTimeout(this.swallowTimer);
    this.swallowTimer = setTimeout(() => (this.swallowClick = false));
  }

  /** One pointer went away: a pinch goes on as a drag of the other finger, from where it is now. */
  private release(id: number): void {
    this.pointers.delete(id);
    const [rest] = this.pointers.entries();
    if (this.gesture.kind === 'pinch' && rest) {
      this.beginDrag(rest[0], rest[1].x);
    } else if (this.pointers.size === 0) {
      this.gesture = { kind: 'idle' };
    }
  }

  private beginDrag(id: number, x0: number): boolean {
    const window = this.state()?.window;
    const frame = this.frame();
    if (!window || !frame) return false;
    this.gesture = { kind: 'drag', id, x0, window, frame };
    this.capture(id);
    return true;
  }

  private beginPinch(ids: [number, number]): void {
    const window = this.state()?.window;
    const frame = this.frame();
    const [a, b] = ids.map((id) => this.pointers.get(id)!);
    if (!window || !frame || !a || !b) return;
    this.gesture = { kind: 'pinch', ids, start: [{ ...a }, { ...b }], window, frame };
    for (const id of ids) this.capture(id);
  }

  /** Keeps the pointer's moves coming when it leaves the plot mid-gesture. */
  private capture(id: number): void {
    try {
      this.element?.setPointerCapture(id);
    } catch {
      // The pointer is already gone (or was never a real one, as in a synthetic event): nothing to keep.
    }
  }

  /** Moves the window to where the current pointers say, measured from the gesture's start. */
  private step(): void {
    const gesture = this.gesture;
    const state = this.state();
    if (!state) return;
    const { window, limits } = state;
    if (gesture.kind === 'drag') {
      const x = this.pointers.get(gesture.id)?.x ?? gesture.x0;
      this.apply(dragWindow(gesture.window, limits, gesture.frame, gesture.x0, x), window);
    } else if (gesture.kind === 'pinch') {
      const [a0, b0] = gesture.start;
      const now: [Point, Point] = [this.pointers.get(gesture.ids[0]) ?? a0, this.pointers.get(gesture.ids[1]) ?? b0];
      this.apply(pinchWindow(gesture.window, limits, gesture.frame, gesture.start, now), window);
    }
  }
}

/** True when the wheel is over a lanes viewport that can scroll (see view/lanes.ts). */
function scrollsLanes(event: WheelEvent): boolean {
  const viewport = (event.composedPath()[0] as Element).closest?.('.lanes-viewport');
  return !!viewport && viewport.scrollHeight > viewport.clientHeight;
}
