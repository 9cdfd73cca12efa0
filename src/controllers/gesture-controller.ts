import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { panWindow, sameWindow, zoomWindow, type TimeWindow, type WindowLimits } from '../layout/window.js';

/** What the gesture controller needs from its host: the window, its limits, and a way to move it. */
export interface GestureCallbacks {
  /** The current window; undefined (nothing drawn) makes every gesture do nothing. */
  getWindow(): TimeWindow | undefined;
  /** How far the window may go; undefined makes every gesture do nothing. */
  getLimits(): WindowLimits | undefined;
  /** Called once for each zoom or pan step the user makes; the host re-renders and tells listeners. */
  setWindow(window: TimeWindow): void;
  /** Whether time runs right to left (the plot is mirrored); absent means left to right. */
  isRtl?(): boolean;
}

/** Pixels a pointer must travel before a press becomes a drag: less is a click, with some hand tremor. */
export const DRAG_THRESHOLD = 4;

/**
 * Zoom per wheel pixel: the factor is 2^(−deltaY × rate), so one 100 px mouse-wheel notch zooms by
 * 2^0.2 ≈ 1.15 and five notches about double or halve the window (d3-zoom's rate).
 */
export const WHEEL_ZOOM_RATE = 0.002;

/** Trackpad pinches arrive as ctrl+wheel with deltas of a few pixels; this scales them up to follow the fingers. */
export const PINCH_WHEEL_BOOST = 5;

/**
 * How long after a wheel event the timeline consumed it keeps consuming the stream, in ms. A
 * trackpad fling goes on for a second after the fingers leave; without this, its tail would
 * scroll the page the moment the zoom reaches its limit.
 */
export const WHEEL_LATCH_MS = 200;

/** Chromium's pixels per line for `deltaMode` lines (Firefox sends lines for a mouse wheel). */
const LINE_HEIGHT = 16;

interface Point {
  x: number;
  y: number;
}

/** Where the plot is on screen, and which way time runs in it: pointer positions are measured against it. */
interface Frame {
  left: number;
  right: number;
  width: number;
  height: number;
  rtl: boolean;
}

/** Where `clientX` lies along the plot, as a fraction from its inline-start edge (where time begins). */
function along(frame: Frame, clientX: number): number {
  return (frame.rtl ? frame.right - clientX : clientX - frame.left) / frame.width;
}

/** A horizontal move of `dx` screen pixels, in pixels toward the inline end (later times). */
function forward(frame: Frame, dx: number): number {
  return frame.rtl ? -dx : dx;
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

/**
 * Zoom and pan by hand, with Pointer Events and the wheel (no d3-zoom: it would cost 11.8 KB of
 * a 30 KB budget). Listens on one element — the plot — that the host hands to `attach()` after
 * every render; each step is one call to `setWindow`, with no animation.
 *
 * - **Wheel**: vertical zooms around the pointer; ctrl+wheel (a trackpad pinch in Chromium) zooms
 *   faster; a mostly horizontal wheel (a two-finger swipe, or shift+wheel where the browser makes it horizontal) pans.
 * - **Drag** (mouse left button, pen, one finger): pans. A move under `DRAG_THRESHOLD` px is a
 *   click, so event buttons keep working; after a real drag the click that follows is swallowed.
 * - **Two fingers**: pinch zooms around their midpoint by the ratio of their distances, and the
 *   midpoint's movement pans.
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
  private target: HTMLElement | undefined;
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

  /** Registers with `host`; nothing is listened to until `attach()` names the plot. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: GestureCallbacks,
  ) {
    this.connected = host.isConnected;
    host.addController(this);
  }

  /** Listens again on the last attached plot: a re-connected host need not render again. */
  hostConnected(): void {
    this.connected = true;
    this.listen();
  }

  /** Removes every listener and forgets any gesture under way. */
  hostDisconnected(): void {
    this.connected = false;
    this.unlisten();
  }

  /**
   * The element to listen on (the plot). Call after each render with the current node:
   * attaching the same node again does nothing; a new node replaces the old; undefined detaches.
   */
  attach(target: HTMLElement | undefined): void {
    if (target === this.target) {
      this.listen();
      return;
    }
    this.unlisten();
    this.target = target;
    this.listen();
  }

  private listen(): void {
    const target = this.target;
    if (!target || this.listening || !this.connected) return;
    this.listening = true;
    // Not passive: a wheel the timeline uses must not also scroll the page.
    target.addEventListener('wheel', this.onWheel, { passive: false });
    target.addEventListener('pointerdown', this.onPointerDown);
    target.addEventListener('pointermove', this.onPointerMove);
    target.addEventListener('pointerup', this.onPointerUp);
    target.addEventListener('pointercancel', this.onPointerCancel);
    target.addEventListener('lostpointercapture', this.onLostCapture);
    // Capture phase: it must run before the click reaches the event button inside the plot.
    target.addEventListener('click', this.onClick, { capture: true });
  }

  private unlisten(): void {
    const target = this.target;
    if (target && this.listening) {
      target.removeEventListener('wheel', this.onWheel);
      target.removeEventListener('pointerdown', this.onPointerDown);
      target.removeEventListener('pointermove', this.onPointerMove);
      target.removeEventListener('pointerup', this.onPointerUp);
      target.removeEventListener('pointercancel', this.onPointerCancel);
      target.removeEventListener('lostpointercapture', this.onLostCapture);
      target.removeEventListener('click', this.onClick, { capture: true });
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
    const window = this.callbacks.getWindow();
    const limits = this.callbacks.getLimits();
    return window && limits ? { window, limits } : undefined;
  }

  /** Hands `next` to the host when it differs from the current window; true when it did. */
  private apply(next: TimeWindow, current: TimeWindow): boolean {
    if (sameWindow(next, current)) return false;
    this.callbacks.setWindow(next);
    return true;
  }

  private frame(): Frame | undefined {
    const rect = this.target?.getBoundingClientRect();
    if (!rect || rect.width <= 0) return undefined;
    return { left: rect.left, right: rect.right, width: rect.width, height: rect.height, rtl: this.callbacks.isRtl?.() ?? false };
  }

  private onWheel = (event: WheelEvent): void => {
    const state = this.state();
    const frame = this.frame();
    if (!state || !frame || !event.cancelable) return;
    const page = event.deltaMode === WheelEvent.DOM_DELTA_PAGE;
    const line = event.deltaMode === WheelEvent.DOM_DELTA_LINE;
    const dx = event.deltaX * (page ? frame.width : line ? LINE_HEIGHT : 1);
    const dy = event.deltaY * (page ? frame.height : line ? LINE_HEIGHT : 1);
    if (dx === 0 && dy === 0) return;
    const { window, limits } = state;
    const pan = Math.abs(dx) > Math.abs(dy);
    const next = pan
      ? panWindow(window, forward(frame, dx) / frame.width, limits)
      : zoomWindow(
          window,
          2 ** (-dy * WHEEL_ZOOM_RATE * (event.ctrlKey ? PINCH_WHEEL_BOOST : 1)),
          along(frame, event.clientX),
          limits,
        );
    const changed = this.apply(next, window);
    const latched = event.timeStamp - this.lastWheel < WHEEL_LATCH_MS;
    if (changed || pan || event.ctrlKey || latched) {
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
      const dx = point.x - gesture.start.x;
      const dy = point.y - gesture.start.y;
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      // A finger moving mostly up or down is scrolling the page (touch-action: pan-y); let it.
      if (this.touch && Math.abs(dy) > Math.abs(dx)) {
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
    if (event.target === this.target) this.onPointerCancel(event);
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
    const window = this.callbacks.getWindow();
    const frame = this.frame();
    if (!window || !frame) return false;
    this.gesture = { kind: 'drag', id, x0, window, frame };
    this.capture(id);
    return true;
  }

  private beginPinch(ids: [number, number]): void {
    const window = this.callbacks.getWindow();
    const frame = this.frame();
    const [a, b] = ids.map((id) => this.pointers.get(id)!);
    if (!window || !frame || !a || !b) return;
    this.gesture = { kind: 'pinch', ids, start: [{ ...a }, { ...b }], window, frame };
    for (const id of ids) this.capture(id);
  }

  /** Keeps the pointer's moves coming when it leaves the plot mid-gesture. */
  private capture(id: number): void {
    try {
      this.target?.setPointerCapture(id);
    } catch {
      // The pointer is already gone (or was never a real one, as in a synthetic event): nothing to keep.
    }
  }

  /** Moves the window to where the current pointers say, measured from the gesture's start. */
  private step(): void {
    const gesture = this.gesture;
    const state = this.state();
    if (!state || (gesture.kind !== 'drag' && gesture.kind !== 'pinch')) return;
    const { window, limits } = state;
    const { frame } = gesture;
    if (gesture.kind === 'drag') {
      const x = this.pointers.get(gesture.id)?.x ?? gesture.x0;
      // The content follows the pointer: dragging toward the inline end pulls earlier times into view.
      this.apply(panWindow(gesture.window, -forward(frame, x - gesture.x0) / frame.width, limits), window);
      return;
    }
    const [a0, b0] = gesture.start;
    const a1 = this.pointers.get(gesture.ids[0]) ?? a0;
    const b1 = this.pointers.get(gesture.ids[1]) ?? b0;
    const before = Math.hypot(b0.x - a0.x, b0.y - a0.y);
    const after = Math.hypot(b1.x - a1.x, b1.y - a1.y);
    // Fingers (nearly) on one spot give no usable ratio: pan only.
    const factor = before >= 1 && after >= 1 ? after / before : 1;
    const mid0 = (a0.x + b0.x) / 2;
    const mid1 = (a1.x + b1.x) / 2;
    const zoomed = zoomWindow(gesture.window, factor, along(frame, mid0), limits);
    this.apply(panWindow(zoomed, -forward(frame, mid1 - mid0) / frame.width, limits), window);
  }
}
