import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's content-box width, and re-renders the host when it changes. */
export class ResizeController implements ReactiveController {
  /** The host's width in CSS pixels (0 until first measured). */
  width = 0;
  private readonly observer: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      if (width === this.width) return;
      this.width = width;
      // Re-render in the next frame: rendering inside the observer's delivery changes the host's
      // height at the same depth, which the browser reports as a ResizeObserver loop.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Measure once now so the first render is laid out; the observer keeps it current.
    this.width = Math.floor(this.host.clientWidth);
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
