import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The Prioritized Task Scheduling API, where the browser has it (Chromium, Firefox). */
interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background'; signal?: AbortSignal }): Promise<unknown>;
}

/**
 * Runs `callback` as a background task: after what the page and the reader are doing (input,
 * frames), but not only in the idle periods of a busy page, which a continuous zoom never leaves.
 * A short timeout where there is no task scheduler. Returns a way to cancel it.
 */
function inBackground(callback: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler?.postTask) {
    const controller = new AbortController();
    scheduler.postTask(callback, { priority: 'background', signal: controller.signal }).catch(() => undefined);
    return () => controller.abort();
  }
  const timer = window.setTimeout(callback, 0);
  return () => clearTimeout(timer);
}

/**
 * Runs work ahead of the reader in background tasks, one slice a task (the browser draws and
 * handles input between them): after each update of the host, `work()` is called until it says
 * nothing is left (returns false). Used to place the next zoom levels before the reader zooms
 * into them, so a zoom step costs only what is in view.
 */
export class IdleController implements ReactiveController {
  private cancel: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly work: () => boolean,
  ) {
    host.addController(this);
  }

  /** Starts after the frame the update is drawn in: work ahead must not delay what the reader waits for now. */
  hostUpdated(): void {
    if (this.cancel) return;
    const frame = requestAnimationFrame(() => (this.cancel = inBackground(this.run)));
    this.cancel = () => cancelAnimationFrame(frame);
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  private readonly run = (): void => {
    this.cancel = undefined;
    if (this.work()) this.cancel = inBackground(this.run);
  };
}
