import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SanctionsTimelineViewChangeEvent } from '../events.js';
import type { TimeWindow } from '../layout/window.js';
import { isoInstant } from '../state/view-state.js';

/** What the controller reads from its host when it is time to tell. */
export interface ViewChangeCallbacks {
  /** The window drawn now (undefined: no events). */
  window(): TimeWindow | undefined;
  /** The window in words for screen readers ("Showing August 2018 – January 2019"). */
  describe(): string;
}

/** How long the window must rest before it is announced: a pinch is one announcement, not fifty. */
const ANNOUNCE_AFTER_MS = 400;

/**
 * Tells about the user's moves of the window: `sanctions-timeline-view-change` at most once per
 * animation frame (a pinch moves it many times a frame), and a polite announcement once it rests.
 * Code that sets the window (`start`/`end`, `zoomTo`, `fit`) does not come here.
 */
export class ViewChangeController implements ReactiveController {
  /** The latest announcement, for the live region. */
  announcement = '';
  private frame = 0;
  private timer = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: ViewChangeCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = 0;
  }

  /** The user moved the window. */
  moved(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      const window = this.callbacks.window();
      if (window) this.host.dispatchEvent(new SanctionsTimelineViewChangeEvent({ start: isoInstant(window[0]), end: isoInstant(window[1]) }));
    });
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.announcement = this.callbacks.describe();
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER_MS);
  }
}
