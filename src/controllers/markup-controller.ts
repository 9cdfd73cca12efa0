import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the events written as HTML inside the host (the `<ol>`/`<ul>` the element reads when it
 * has no other data) and re-renders the host when they change. The host's own attributes (style,
 * locale, a reflected `selected`) are not markup: changes to them alone are ignored.
 */
export class MarkupController implements ReactiveController {
  private changed = false;
  private readonly observer = new MutationObserver((records) => {
    if (records.every((record) => record.target === this.host)) return;
    this.changed = true;
    this.host.requestUpdate();
  });

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Whether the markup changed since the last call. */
  takeChange(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }
}
