import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { encodeLink, readFromHash, writeToHash, type LinkState } from '../state/hash-codec.js';

/** What the host tells the controller, and how the controller hands a state back. */
export interface HashControllerCallbacks {
  /** This timeline's name in the hash, e.g. the `history` attribute; undefined turns the controller off. */
  key(): string | undefined;
  /** The state to keep in the hash now: saved after every update of the host. */
  current(): LinkState;
  /** Applies a state read from the hash (on connect, and when the hash changes to a different one). */
  restore(state: LinkState): void;
}

/** Options of a HashController. */
export interface HashControllerOptions {
  /**
   * Least time between two writes to the URL, in ms (default 400). Browsers throttle
   * `history.replaceState` (Chrome near 200 calls in 10 s, Safari 100 in 30 s) and a pan saves
   * every frame: a save within this time of the last write is held, and only the latest held
   * state is written when the time is up. 0 writes every save at once.
   */
  minInterval?: number;
}

/**
 * Keeps a timeline's view — open event, window, hidden categories, query — in `location.hash`,
 * so the view can be linked to and survives a reload. Opt-in: it does nothing while `key()` is
 * undefined. Several timelines share one hash, each under its own key (see `writeToHash`).
 *
 * Writing uses `history.replaceState`: no history entry per zoom step, and no `hashchange`, so no
 * loop; bursts of saves are thinned out (see `HashControllerOptions.minInterval`). Reading
 * happens once on connect (when the hash holds an entry for the key) and on every `hashchange`
 * (back/forward to a linked view, a pasted link) that changes this timeline's entry; when the
 * entry disappears, `restore({})` returns the timeline to its default view.
 */
export class HashController implements ReactiveController {
  /** The encoded entry last read or written, to tell our own changes from the page's. */
  private last = '';
  /** The latest state saved while writes were held back, written when `timer` fires. */
  private pending: LinkState | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly minInterval: number;

  /** Adds itself to `host`; `callbacks` name the key and apply restored states. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: HashControllerCallbacks,
    options: HashControllerOptions = {},
  ) {
    this.minInterval = options.minInterval ?? 400;
    host.addController(this);
  }

  /** Restores from the hash once (when it holds an entry for the key) and starts listening to `hashchange`. */
  hostConnected(): void {
    this.restoreFromHash();
    window.addEventListener('hashchange', this.onHashChange);
  }

  /** Saves the host's current state (see `save`): every change the reader makes lands in the URL. */
  hostUpdated(): void {
    this.save(this.callbacks.current());
  }

  /** Stops listening to `hashchange`, and writes a held state now. */
  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.write(pending);
  }

  /**
   * Reads this timeline's entry from `location.hash` now and hands it to `restore` — e.g. after
   * the key was set on a connected element. Returns false (and restores nothing) when the key is
   * undefined or the hash holds no entry for it.
   */
  restoreFromHash(): boolean {
    const key = this.callbacks.key();
    if (key === undefined) return false;
    const state = readFromHash(location.hash, key);
    this.last = encodeLink(state ?? {});
    if (!state) return false;
    this.pending = undefined;
    this.callbacks.restore(state);
    return true;
  }

  /**
   * Writes `state` as this timeline's entry into `location.hash` with `history.replaceState`
   * (no new history entry, no `hashchange`), leaving the rest of the hash as it was. Does nothing
   * when `key()` is undefined or the hash would not change; an empty state removes the entry.
   * Within `minInterval` of the last write the state is held and written when the time is up.
   */
  save(state: LinkState): void {
    if (this.callbacks.key() === undefined) return;
    if (this.timer !== undefined) {
      this.pending = state;
      return;
    }
    if (this.write(state) && this.minInterval > 0) this.timer = setTimeout(this.flush, this.minInterval);
  }

  /** Writes the state now; true when the URL changed. */
  private write(state: LinkState): boolean {
    const key = this.callbacks.key();
    if (key === undefined) return false;
    const hash = writeToHash(location.hash, key, state);
    this.last = encodeLink(state);
    if (hash === location.hash) return false;
    const url = new URL(location.href);
    url.hash = hash; // '' drops the fragment, '#' and all
    history.replaceState(history.state, '', url.href);
    return true;
  }

  private readonly flush = (): void => {
    this.timer = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.save(pending);
  };

  private readonly onHashChange = (): void => {
    const key = this.callbacks.key();
    if (key === undefined) return;
    const state = readFromHash(location.hash, key) ?? {};
    const text = encodeLink(state);
    if (text === this.last) return;
    this.last = text;
    // The page's navigation wins over a state still held back from before it.
    this.pending = undefined;
    this.callbacks.restore(state);
  };
}
