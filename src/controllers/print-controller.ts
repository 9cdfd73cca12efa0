import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows when the page is being printed, so the host can render its print-only content on demand
 * rather than keep it in the DOM all the time. `beforeprint` covers the print dialog and
 * `window.print()`; the `print` media query covers print emulation and PDF rendering, which may
 * fire no events. On `beforeprint` the host is rendered at once (`renderNow`): when a script
 * calls `window.print()`, the browser lays out the printed page before that script returns, so
 * an update left to a microtask would come too late.
 *
 * Chromium does not always report a switch to print media to the query's listeners (seen under
 * emulation, when the switch falls between frames), but the print styles hide most of the drawing,
 * so the host's box changes at once: a ResizeObserver on the host re-renders it when the media
 * it was last rendered for no longer holds.
 */
export class PrintController implements ReactiveController {
  private readonly query = matchMedia('print');
  private betweenPrintEvents = false;
  /** Whether the last render was for print: a box change that contradicts it re-renders the host. */
  private renderedForPrint = false;
  // Re-rendering in the next frame: rendering inside the observer's delivery changes the box again
  // at the same depth, which the browser reports as a ResizeObserver loop.
  private readonly boxes = new ResizeObserver(() => {
    if (this.printing !== this.renderedForPrint) requestAnimationFrame(() => this.host.requestUpdate());
  });

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  /** True while the page is printed (between `beforeprint` and `afterprint`, or under print media). */
  get printing(): boolean {
    return this.betweenPrintEvents || this.query.matches;
  }

  hostUpdated(): void {
    this.renderedForPrint = this.printing;
  }

  hostConnected(): void {
    this.boxes.observe(this.host);
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
    this.query.addEventListener('change', this.change);
  }

  hostDisconnected(): void {
    this.boxes.disconnect();
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
    this.query.removeEventListener('change', this.change);
  }

  private readonly before = (): void => {
    this.betweenPrintEvents = true;
    this.host.requestUpdate();
    this.renderNow();
  };

  private readonly after = (): void => {
    this.betweenPrintEvents = false;
    this.host.requestUpdate();
  };

  private readonly change = (): void => this.host.requestUpdate();
}
