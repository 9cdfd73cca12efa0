import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SanctionsTimelineViewChangeEvent } from '../events.js';
import { clampWindow, panWindow, revealInWindow, sameWindow, zoomWindow, type TimeWindow, type WindowLimits } from '../layout/window.js';

export interface WindowCallbacks {
  /** How far out and in the user may go (undefined while there are no events). */
  limits(): WindowLimits | undefined;
  /** Mirrors the window in the host's `start`/`end` (undefined: fit, both empty). */
  mirror(window: TimeWindow | undefined): void;
  /** What to announce after the user moved to this window (undefined: fit all). */
  describe(window: TimeWindow | undefined): string;
}

/** How long the window must rest before it is announced: a pinch is one announcement, not fifty. */
const ANNOUNCE_AFTER_MS = 400;

/**
 * The visible time window: what code sets (`start`/`end`, zoomTo, fit — fires nothing) and what
 * the user does (zoom, pan, reveal — fires `sanctions-timeline-view-change` at most once per
 * animation frame, and is announced politely once it rests).
 */
export class WindowController implements ReactiveController {
  /** The chosen window, or undefined to fit all events. */
  chosen: TimeWindow | undefined;
  /** Whether the last change was a discrete step that marks may glide through. */
  animate = false;
  /** The latest announcement for the live region. */
  announcement = '';
  private frame = 0;
  private timer = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: WindowCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = 0;
  }

  /** The window drawn: the chosen one kept within limits, else all events. */
  get visible(): TimeWindow | undefined {
    const limits = this.callbacks.limits();
    return limits && (this.chosen ? clampWindow(this.chosen, limits) : limits.extent);
  }

  /** Code sets the window: no event, no announcement. */
  set(window: TimeWindow | undefined): void {
    this.chosen = window;
    this.animate = false;
    this.callbacks.mirror(window);
    this.host.requestUpdate();
  }

  /** The user moved to `next` (undefined: fit all). */
  user(next: TimeWindow | undefined, animate: boolean): void {
    const before = this.visible;
    this.chosen = next;
    this.animate = animate;
    this.callbacks.mirror(next);
    this.host.requestUpdate();
    const after = this.visible;
    if (!after || (before && sameWindow(before, after))) return;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      const now = this.visible;
      if (now) this.host.dispatchEvent(new SanctionsTimelineViewChangeEvent({ start: iso(now[0]), end: iso(now[1]) }));
    });
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.announcement = this.callbacks.describe(next && after);
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER_MS);
  }

  /** Zooms by `factor` (> 1 in) about the instant `around` when it is in view, else the centre. */
  zoomBy(factor: number, around?: number): void {
    this.step((window, limits) => {
      const anchor = around === undefined ? 0.5 : (around - window[0]) / (window[1] - window[0]);
      return zoomWindow(window, factor, anchor >= 0 && anchor <= 1 ? anchor : 0.5, limits);
    });
  }

  /** Pans by a fraction of the visible span (positive: later). */
  panBy(fraction: number): void {
    this.step((window, limits) => panWindow(window, fraction, limits));
  }

  /** Pans just enough to show [lo, hi), for an event reached by keyboard. */
  reveal(lo: number, hi: number): void {
    this.step((window, limits) => revealInWindow(window, lo, hi, limits));
  }

  private step(move: (window: TimeWindow, limits: WindowLimits) => TimeWindow): void {
    const window = this.visible;
    const limits = this.callbacks.limits();
    if (!window || !limits) return;
    const next = move(window, limits);
    if (!sameWindow(next, window)) this.user(next, true);
  }
}

function iso(time: number): string {
  return new Date(time).toISOString();
}
