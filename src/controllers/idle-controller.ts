import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Schedules a callback for when the browser is idle (a short timeout where there is no `requestIdleCallback`). */
const whenIdle: (callback: () => void) => number =
  typeof requestIdleCallback === 'function' ? (callback) => requestIdleCallback(callback, { timeout: 1000 }) : (callback) => window.setTimeout(callback, 50);
const cancelIdle: (handle: number) => void = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout;

/**
 * Runs work ahead of the reader in the browser's idle time, one slice per idle period: after each
 * update of the host, `work()` is called until it says nothing is left (returns false). Used to
 * place the next zoom levels before the reader zooms into them.
 */
export class IdleController implements ReactiveController {
  private handle: number | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly work: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.handle ??= whenIdle(this.run);
  }

  hostDisconnected(): void {
    if (this.handle !== undefined) cancelIdle(this.handle);
    this.handle = undefined;
  }

  private readonly run = (): void => {
    this.handle = undefined;
    if (this.work()) this.handle = whenIdle(this.run);
  };
}
