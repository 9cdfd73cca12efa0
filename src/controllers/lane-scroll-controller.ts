import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller reads from its host and tells it. */
export interface LaneScrollCallbacks {
  /** How far down the view state has the lanes scrolled. */
  laneTop(): number;
  /** The reader scrolled the lanes to `top`. */
  scrolled(top: number): void;
}

/** The scroll container of the lanes (see view/lanes.ts). */
const VIEWPORT = '.lanes-viewport';

/**
 * The lanes' vertical scroll, kept in the view state: the reader's scrolling is reported (once
 * per animation frame), a transition's (Up and Down moving to a lane out of view) is applied to
 * the viewport after the update; and the viewport's height is measured, so only the lanes it
 * shows are drawn. A scroll the reader made is never written back, so it cannot fight the reader.
 */
export class LaneScrollController implements ReactiveController {
  /** The viewport's height in CSS pixels (0 until measured). */
  height = 0;
  private viewport: Element | undefined;
  /** The last top reported or applied: a view state still at it asks for nothing. */
  private known = 0;
  private frame = 0;
  private readonly observer = new ResizeObserver(([entry]) => {
    const height = Math.round(entry?.contentRect.height ?? 0);
    if (height === this.height) return;
    this.height = height;
    // A frame later: an update inside the observer's delivery is reported as a loop.
    requestAnimationFrame(() => this.host.requestUpdate());
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: LaneScrollCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Scroll does not bubble; it is caught on its way down.
    this.host.shadowRoot?.addEventListener('scroll', this.onScroll, true);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('scroll', this.onScroll, true);
    this.observer.disconnect();
    this.viewport = undefined;
    cancelAnimationFrame(this.frame);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const viewport = root.querySelector(VIEWPORT) ?? undefined;
    if (viewport !== this.viewport) {
      this.observer.disconnect();
      if (viewport) this.observer.observe(viewport);
      this.viewport = viewport;
      this.known = viewport ? viewport.scrollTop : 0;
    }
    const wanted = this.callbacks.laneTop();
    if (viewport && wanted !== this.known) {
      this.known = wanted;
      if (Math.abs(viewport.scrollTop - wanted) > 1) viewport.scrollTop = wanted;
    }
  }

  private readonly onScroll = (event: Event): void => {
    const target = event.target as Element;
    if (!target.matches?.(VIEWPORT)) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.known = target.scrollTop;
      this.callbacks.scrolled(target.scrollTop);
    });
  };
}
