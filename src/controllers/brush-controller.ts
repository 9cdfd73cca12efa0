import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { along, DRAG_THRESHOLD, type Frame } from '../layout/gestures.js';
import { brushExtent, brushGrip, brushWindow, type BrushGrip } from '../layout/overview.js';
import { sameWindow, type TimeWindow } from '../layout/window.js';
import type { Scene } from '../state/scene.js';
import { moveWindow } from '../state/transitions.js';
import type { ViewState } from '../state/view-state.js';

/** What the brush needs from its host: the strip to listen on, and the view to move. */
export interface BrushCallbacks {
  /** The overview strip, read after every render of the host (undefined: none drawn). */
  target(): HTMLElement | undefined;
  /** The view state and the scene drawn from it (its overview: extent and width). */
  current(): { view: ViewState; scene: Scene };
  /** Applies the view with the window the brush moved to; the host re-renders and tells listeners. */
  commit(next: ViewState): void;
}

/** A press on the strip: what it holds, where it started (an instant), the window then, and the strip's frame. */
interface Drag {
  id: number;
  grip: BrushGrip;
  x0: number;
  from: number;
  window: TimeWindow;
  frame: Frame;
  moved: boolean;
}

/**
 * The brush on the overview strip, by pointer: drag the brush to pan, drag its edges to zoom,
 * press elsewhere on the strip to centre the window there (and drag on from there). Each move
 * is one commit of the window, like a gesture on the plot (no gliding); the keys are the
 * KeyboardController's. The maths is in layout/overview.ts.
 */
export class BrushController implements ReactiveController {
  private element: HTMLElement | undefined;
  private drag: Drag | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: BrushCallbacks,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const next = this.callbacks.target();
    if (next === this.element) return;
    this.listen(false);
    this.element = next;
    this.listen(true);
  }

  hostConnected(): void {
    this.listen(true);
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  private listen(on: boolean): void {
    const element = this.element;
    if (!element) return;
    const method = on ? element.addEventListener.bind(element) : element.removeEventListener.bind(element);
    method('pointerdown', this.onDown as EventListener);
    method('pointermove', this.onMove as EventListener);
    method('pointerup', this.onUp as EventListener);
    method('pointercancel', this.onUp as EventListener);
    if (!on) this.drag = undefined;
  }

  /** The time under a pointer at `clientX` on the strip. */
  private timeAt(frame: Frame, clientX: number, scene: Scene): number {
    const { extent } = scene.overview!;
    return extent[0] + Math.min(1, Math.max(0, along(frame, clientX))) * (extent[1] - extent[0]);
  }

  private readonly onDown = (event: PointerEvent): void => {
    const { scene } = this.callbacks.current();
    const rect = this.element?.getBoundingClientRect();
    if (event.button !== 0 || !scene.overview || !scene.window || !rect || rect.width <= 0) return;
    const frame: Frame = { left: rect.left, right: rect.right, width: rect.width, height: rect.height, rtl: scene.env.rtl };
    const x = along(frame, event.clientX) * scene.overview.width;
    const grip = brushGrip(x, brushExtent(scene.window, scene.overview.extent, scene.overview.width));
    const from = this.timeAt(frame, event.clientX, scene);
    this.drag = { id: event.pointerId, grip, x0: event.clientX, from, window: scene.window, frame, moved: false };
    try {
      this.element!.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic pointer (tests, assistive tools) cannot be captured; the drag still works while over the strip.
    }
    // Pressing the strip beside the brush moves the window there at once; the brush keeps the focus it had.
    if (grip === 'strip') this.move(event.clientX);
    event.preventDefault();
  };

  private readonly onMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.id) return;
    if (!drag.moved && Math.abs(event.clientX - drag.x0) < DRAG_THRESHOLD) return;
    drag.moved = true;
    this.move(event.clientX);
  };

  private readonly onUp = (event: PointerEvent): void => {
    if (this.drag?.id === event.pointerId) this.drag = undefined;
  };

  private move(clientX: number): void {
    const drag = this.drag!;
    const { view, scene } = this.callbacks.current();
    if (!scene.limits || !scene.window) return;
    const next = brushWindow(drag.grip, drag.window, drag.from, this.timeAt(drag.frame, clientX, scene), scene.limits);
    if (!sameWindow(next, scene.window)) this.callbacks.commit(moveWindow(view, scene, next));
  }
}
