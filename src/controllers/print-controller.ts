import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows when the page is being printed, so the host can render its print-only content on demand
 * rather than keep it in the DOM all the time. `beforeprint` covers the print dialog and
 * `window.print()`; the `print` media query covers print emulation and PDF rendering, which may
 * fire no events. On `beforeprint` the host is rendered at once (`renderNow`): when a script
 * calls `window.print()`, the browser lays out the printed page before that script returns, so
 * an update left to a microtask would come too late.
 */
export class PrintController implements ReactiveController {
  private readonly query = matchMedia('print');
  private betweenPrintEvents = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  /** True while the page is printed (between `beforeprint` and `afterprint`, or under print media). */
  get printing(): boolean {
    return this.betweenPrintEvents || this.query.matches;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
    this.query.addEventListener('change', this.change);
  }

  hostDisconnected(): void {
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
