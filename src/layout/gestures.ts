/**
 * What each gesture on the plot does to the time window — wheel, drag, pinch — as pure functions
 * of screen pixels (client coordinates) and UTC milliseconds. GestureController owns the events
 * and the state between them; it measures the plot once (a `Frame`) and asks these for the next
 * window. Every result is clamped to the limits by `zoomWindow` and `panWindow`.
 */
import { panWindow, zoomWindow, type TimeWindow, type WindowLimits } from './window.js';

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
export const LINE_HEIGHT = 16;

/** `WheelEvent.DOM_DELTA_LINE` and `DOM_DELTA_PAGE`, spelled out so this module needs no DOM. */
const DELTA_LINE = 1;
const DELTA_PAGE = 2;

/** A pointer's position in client pixels. */
export interface Point {
  x: number;
  y: number;
}

/** Where the plot is on screen, and which way time runs in it: pointer positions are measured against it. */
export interface Frame {
  left: number;
  right: number;
  width: number;
  height: number;
  rtl: boolean;
}

/** Where `clientX` lies along the plot, as a fraction from its inline-start edge (where time begins). */
export function along(frame: Frame, clientX: number): number {
  return (frame.rtl ? frame.right - clientX : clientX - frame.left) / frame.width;
}

/** A horizontal move of `dx` screen pixels, in pixels toward the inline end (later times). */
export function forward(frame: Frame, dx: number): number {
  return frame.rtl ? -dx : dx;
}

/** The parts of a wheel event the window depends on (a `WheelEvent` is one). */
export interface WheelInput {
  deltaX: number;
  deltaY: number;
  /** 0 pixels, 1 lines, 2 pages: as `WheelEvent.deltaMode`. */
  deltaMode: number;
  /** Set on a trackpad pinch in Chromium, as on a real ctrl+wheel. */
  ctrlKey: boolean;
  clientX: number;
}

/** Where one wheel event takes the window, and whether it panned (else it zoomed). */
export interface WheelStep {
  next: TimeWindow;
  pan: boolean;
}

/** The wheel's deltas in pixels: a line is `LINE_HEIGHT`, a page the plot's own width or height. */
function wheelPixels(frame: Frame, { deltaX, deltaY, deltaMode }: WheelInput): [dx: number, dy: number] {
  const page = deltaMode === DELTA_PAGE;
  const line = deltaMode === DELTA_LINE;
  const dx = deltaX * (page ? frame.width : line ? LINE_HEIGHT : 1);
  const dy = deltaY * (page ? frame.height : line ? LINE_HEIGHT : 1);
  return [dx, dy];
}

/**
 * One wheel event's step. A mostly horizontal wheel (a two-finger swipe, or shift+wheel where the
 * browser makes it horizontal) pans by `dx / width` of the span, later for a positive `deltaX`
 * (mirrored right to left). Any other zooms around the instant under the pointer by
 * 2^(−dy × `WHEEL_ZOOM_RATE`), `PINCH_WHEEL_BOOST` times that exponent with ctrl: wheel up zooms in.
 * Undefined when the wheel did not move (both deltas zero): such an event is no step at all.
 */
export function wheelWindow(window: TimeWindow, limits: WindowLimits, frame: Frame, wheel: WheelInput): WheelStep | undefined {
  const [dx, dy] = wheelPixels(frame, wheel);
  if (dx === 0 && dy === 0) return undefined;
  const pan = Math.abs(dx) > Math.abs(dy);
  const next = pan
    ? panWindow(window, forward(frame, dx) / frame.width, limits)
    : zoomWindow(window, 2 ** (-dy * WHEEL_ZOOM_RATE * (wheel.ctrlKey ? PINCH_WHEEL_BOOST : 1)), along(frame, wheel.clientX), limits);
  return { next, pan };
}

/**
 * The window while a pointer that grabbed `startWindow` at `x0` is now at `x` (client px). The
 * content follows the pointer: dragging toward the inline end pulls earlier times into view, and
 * the instant grabbed stays under the pointer until an extent edge stops it. Measured from the
 * start, not step by step, so rounding never builds up over a long drag.
 */
export function dragWindow(startWindow: TimeWindow, limits: WindowLimits, frame: Frame, x0: number, x: number): TimeWindow {
  return panWindow(startWindow, -forward(frame, x - x0) / frame.width, limits);
}

/** Distance between two points, in pixels. */
function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/**
 * The window while two fingers that began at `[a0, b0]` over `startWindow` are at `[a1, b1]`:
 * zoomed by the ratio of their distances about the instant under their first midpoint, then
 * panned by how far that midpoint moved — so the instant between the fingers stays between them.
 * Fingers within 1 px of each other (at the start or now) give no usable ratio: they pan only.
 */
export function pinchWindow(
  startWindow: TimeWindow,
  limits: WindowLimits,
  frame: Frame,
  [a0, b0]: readonly [Point, Point],
  [a1, b1]: readonly [Point, Point],
): TimeWindow {
  const before = distance(a0, b0);
  const after = distance(a1, b1);
  const factor = before >= 1 && after >= 1 ? after / before : 1;
  const mid0 = (a0.x + b0.x) / 2;
  const mid1 = (a1.x + b1.x) / 2;
  const zoomed = zoomWindow(startWindow, factor, along(frame, mid0), limits);
  return panWindow(zoomed, -forward(frame, mid1 - mid0) / frame.width, limits);
}

/**
 * What a pressed pointer that has moved `(dx, dy)` px from where it went down has become: still a
 * `press` (a click, under `DRAG_THRESHOLD`), a `drag`, or — a touch moving mostly up or down — a
 * `scroll`, which the page takes (the plot's `touch-action: pan-y`) and the timeline leaves alone.
 */
export function pressMove(dx: number, dy: number, touch: boolean): 'press' | 'drag' | 'scroll' {
  if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return 'press';
  return touch && Math.abs(dy) > Math.abs(dx) ? 'scroll' : 'drag';
}
