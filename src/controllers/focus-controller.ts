import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller tells its host, and asks it. */
export interface FocusCallbacks {
  /** The reader's focus entered the event or cluster button `id` (by click, Tab or script), in the lane `lane` (lanes only). */
  focused(id: string, lane: string | undefined): void;
  /** Whether focusing an event may scroll: the narrow layout's cards scroll with the page; the plot clips its lanes, and scrolling it would shift every mark. */
  mayScroll(): boolean;
}

/** The event and cluster buttons: each carries its id. */
const EVENT_BUTTON = 'button[data-id]';

/**
 * Keyboard focus inside the element. Reports which event the reader's focus is on; moves focus
 * after an update to what a transition asked for (an event, the open panel's title); and when an
 * update removed the focused event (a zoom, a filter), keeps focus in the list, on its tab stop.
 */
export class FocusController implements ReactiveController {
  /** What to focus after the next update, and whether the page may scroll to it. */
  private pending: { selector: string; scroll: boolean } | undefined;
  /** Whether an event button had focus before this update (it may be gone after it). */
  private eventHadFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: FocusCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.onFocusin);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.onFocusin);
  }

  /** After the next update, focuses the button of the event or cluster `id` (its copy in the lane `lane`, when given). */
  toEvent(id: string, lane?: string): void {
    const scope = lane === undefined ? '' : `[data-lane="${CSS.escape(lane)}"] `;
    this.request(`${scope}${EVENT_BUTTON}[data-id="${CSS.escape(id)}"]`, this.callbacks.mayScroll());
  }

  /** After the next update, focuses the open event's title in the panel, scrolling the page to it. */
  toPanel(): void {
    this.request('#panel-title', true);
  }

  hostUpdate(): void {
    this.eventHadFocus = !!this.root?.querySelector(`${EVENT_BUTTON}:focus`);
  }

  hostUpdated(): void {
    const root = this.root;
    if (!root) return;
    const pending = this.pending;
    this.pending = undefined;
    const lost = this.eventHadFocus && !root.querySelector(`${EVENT_BUTTON}:focus`);
    const target = pending ?? (lost ? { selector: `${EVENT_BUTTON}[tabindex="0"]`, scroll: false } : undefined);
    if (target) root.querySelector<HTMLElement>(target.selector)?.focus({ preventScroll: !target.scroll });
  }

  private get root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }

  private request(selector: string, scroll: boolean): void {
    this.pending = { selector, scroll };
    this.host.requestUpdate();
  }

  private readonly onFocusin = (event: FocusEvent): void => {
    const button = (event.composedPath()[0] as Element).closest?.<HTMLElement>(EVENT_BUTTON);
    if (button) this.callbacks.focused(button.dataset.id!, button.closest<HTMLElement>('[data-lane]')?.dataset.lane);
  };
}
