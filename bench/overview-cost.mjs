// The overview strip's cost at a size: binning the events (layout/bins.ts) as the element does for
// a 1,200 px strip — 400 bins at most, the seven largest categories stacked — timed in Node on the
// same generated events as the pages. Bundled from the TypeScript source with esbuild on the fly.
import { build } from 'esbuild';
import { generateEvents } from './generate-events.js';
import { median } from './report.mjs';

/** binEvents and normalize from the source, as one module. */
async function loadModules() {
  const result = await build({
    stdin: {
      contents: "export { binEvents } from './src/layout/bins.ts'; export { normalize } from './src/model/normalize.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** Median ms of `runs` binnings of `n` generated events, after one to warm up. */
export async function overviewCost(n, seed, runs = 5) {
  const { binEvents, normalize } = await loadModules();
  const { events } = normalize(generateEvents(n, seed));
  const extent = [events[0].when.lo, events.reduce((hi, event) => Math.max(hi, event.when.hi), -Infinity)];
  const counts = new Map();
  for (const event of events) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  const keys = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([key]) => key);
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const bins = binEvents(events, extent, 400, keys);
    if (i > 0) times.push(performance.now() - start);
    if (bins.count !== n) throw new Error(`binned ${bins.count} of ${n} events`);
  }
  return { n, runs, ms: median(times) };
}
