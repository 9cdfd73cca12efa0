/** The readers a bounded run can read its text with before normalizing it. */
export type Reader = 'csv' | 'ftm' | 'sheet';

/** What `hostile.worker.ts` reports of a run. */
export interface BoundedRun {
  events: number;
  ids: string[];
  problems: number;
  messages: string[];
  /** The first event drawn, in numbers: how much of it was kept. */
  first?: { title: string; summaryLength: number; tags: number; sources: number; dates: number };
  ticks: number;
  windows: string[];
}

/**
 * Normalizes `input` (read by `reader` first; `csv` is `reader: 'csv'`) and derives its scene,
 * zooming `zooms` times each way, in a Worker, and rejects if that takes longer than `ms`: a freeze
 * fails the test instead of hanging the suite.
 */
export function bounded(task: { input: unknown; csv?: boolean; reader?: Reader; zooms?: number }, ms: number): Promise<BoundedRun> {
  const worker = new Worker(new URL('./hostile.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<BoundedRun>((resolve, reject) => {
    const watchdog = setTimeout(() => reject(new Error(`did not finish within ${ms} ms`)), ms);
    worker.onmessage = ({ data }: MessageEvent<{ result?: BoundedRun; error?: string }>) => {
      clearTimeout(watchdog);
      if (data.error !== undefined) reject(new Error(data.error));
      else resolve(data.result!);
    };
    worker.onerror = (event) => {
      clearTimeout(watchdog);
      reject(new Error(`the worker failed: ${event.message}`));
    };
    worker.postMessage(task);
  }).finally(() => worker.terminate());
}
