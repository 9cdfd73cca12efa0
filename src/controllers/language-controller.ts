import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickLocale } from '../model/locale.js';
import { loadStrings, stringsFor, type TimelineStrings } from '../strings.js';

/** The attributes that decide the host's language and direction, on it or on any ancestor. */
const WATCHED = ['lang', 'dir'];

/**
 * The host's language and direction. The language is the host's own choice (`chosen()`, its
 * `locale`), else the nearest `lang` attribute — looking out through shadow roots — else the
 * browser's; an invalid tag is skipped. The direction is the host's directionality, as the
 * `dir` attribute (its own or inherited) sets it, the same thing CSS `:dir(rtl)` matches.
 *
 * While connected it watches `lang` and `dir` on the host and its ancestors (one MutationObserver
 * per document or shadow root the host sits in, filtered to those two attributes), so switching
 * the page's language or direction re-renders the host.
 */
export class LanguageController implements ReactiveController {
  /** The language and direction as read since the last update began. */
  private read: { locale: string; rtl: boolean } | undefined;
  private readonly observer = new MutationObserver((records) => {
    if (records.some((record) => encloses(record.target, this.host))) this.host.requestUpdate();
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly chosen: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (let node: Node = this.host; ; ) {
      const root = node.getRootNode();
      this.observer.observe(root, { subtree: true, attributes: true, attributeFilter: WATCHED });
      if (!(root instanceof ShadowRoot)) break;
      node = root.host;
    }
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Every update reads the language and direction afresh (once: a zoom frame asks many times). */
  hostUpdate(): void {
    this.read = undefined;
  }

  /** The BCP 47 tag dates, numbers and texts are shown in. */
  get locale(): string {
    return this.current().locale;
  }

  /** Whether the host lays out right to left. */
  get rtl(): boolean {
    return this.current().rtl;
  }

  /** Settles once the texts of the language asked for last are loaded and the host asked to draw them. */
  ready: Promise<unknown> = Promise.resolve();

  /**
   * The built-in texts of the language. Other languages than English load on demand: until they
   * have, English; then the host is drawn again (and `ready` settles).
   */
  get texts(): TimelineStrings {
    const { locale } = this;
    const loading = loadStrings(locale);
    if (loading) this.ready = loading.then(() => this.host.requestUpdate());
    return stringsFor(locale);
  }

  private current(): { locale: string; rtl: boolean } {
    return (this.read ??= { locale: pickLocale(this.chosen(), nearestLang(this.host), navigator.language), rtl: this.host.matches(':dir(rtl)') });
  }
}

/** The value of the nearest `lang` attribute on `element` or its ancestors, across shadow roots. */
function nearestLang(element: Element): string | undefined {
  for (let node: Element | null = element; node; ) {
    const carrier = node.closest('[lang]');
    if (carrier) return carrier.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** Whether `node` is `element` or one of its ancestors, across shadow roots. */
function encloses(node: Node, element: Element): boolean {
  for (let at: Node | null = element; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at === node) return true;
  }
  return false;
}
