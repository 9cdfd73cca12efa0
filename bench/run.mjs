// `npm run bench`: <sanctions-timeline> against vis-timeline in headless Chromium, on the same
// generated events. Prints a markdown table and writes bench/results.json (see bench/README.md).
//
// Options: --quick (one run each, 1k and 10k only, no results.json), --runs=N (runs per case),
// --only=100000,ftm (chosen cases and libraries; `ftm` is the 100k FollowTheMoney designations through
// `src`; `eu`, `uk`, `ofac`, `seco` the 100k designations of the EU's, UK's, OFAC's and SECO's own lists;
// `lanes` the 100k events in 1,000 lanes); BENCH_CASES=lanes,vis is the same as --only=lanes,vis.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, release, totalmem, type } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { generateEvents } from './generate-events.js';
import { generateEuFsf } from './generate-eu.js';
import { generateFtm } from './generate-ftm.js';
import { generateOfacAdvanced } from './generate-ofac.js';
import { generateSeco } from './generate-seco.js';
import { generateUkSanctions } from './generate-uk.js';
import { overviewCost } from './overview-cost.mjs';
import { frameStats, laneRatios, markdown, summarize, checkTargets } from './report.mjs';
import { serve } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const runsOption = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7)) || undefined;
/**
 * `--only=100000,ours` or `BENCH_CASES=100000,ours`: just these cases (a size, or `lanes`) and
 * libraries, printed and not written (for profiling one case).
 */
const only = (process.argv.find((arg) => arg.startsWith('--only='))?.slice(7) ?? (process.env.BENCH_CASES || undefined))?.split(',');

/** A phase (render, load, the 60 steps) that takes longer than this is reported as timed out. */
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS) || 90_000;
/** Every run draws the same events. */
const SEED = 1;
/**
 * The cases (named by `key` for --only) with their runs per library; vis-timeline is not run at
 * 1M. `ftm` is ours loading generated OpenSanctions designations (FollowTheMoney lines, each with
 * its target) through `src`. `lanes` is the 100k events in 1,000 lanes (generate-lanes.js): ours
 * with `lanes="group"`, vis-timeline with 1,000 groups, both in a plot 600 px high.
 *
 * Files of sanctions lists that ours loads through `src`, measured for load + first render only:
 * generated OpenSanctions designations (FollowTheMoney lines, each with its target), and the
 * EU's, the UK's, OFAC's and SECO's own XML, each written by its generator.
 */
const LISTS = {
  ftm: { file: 'entities', ext: 'ftm.json', generate: generateFtm },
  eu: { file: 'eu-fsf', ext: 'xml', generate: generateEuFsf },
  uk: { file: 'uk-sanctions', ext: 'xml', generate: generateUkSanctions },
  ofac: { file: 'sdn-advanced', ext: 'xml', generate: generateOfacAdvanced },
  seco: { file: 'seco', ext: 'xml', generate: generateSeco },
};
/** Sizes with their runs per library; vis-timeline is not run at 1M; the lists (`LISTS`) at 100k. */
const SIZES = quick
  ? [{ key: '1000', n: 1_000, runs: 1, libraries: ['ours', 'vis'] }, { key: '10000', n: 10_000, runs: 1, libraries: ['ours', 'vis'] }]
  : [
      { key: '1000', n: 1_000, runs: 5, libraries: ['ours', 'vis'] },
      { key: '10000', n: 10_000, runs: 3, libraries: ['ours', 'vis'] },
      { key: '100000', n: 100_000, runs: 3, libraries: ['ours', 'vis', ...Object.keys(LISTS)] },
      // vis-timeline's steps take 1–4 s each with 1,000 groups, about 2 minutes for the 60: they
      // get twice the timeout. Its one run takes about 3 minutes and its figures are tens of
      // times ours: more runs would not move the ratios.
      { key: 'lanes', n: 100_000, lanes: 1_000, runs: 3, runsOf: { vis: 1 }, timeouts: { steps: 2 * TIMEOUT_MS }, libraries: ['ours', 'vis'] },
      { key: '1000000', n: 1_000_000, runs: 3, libraries: ['ours'] },
    ];
const LIBRARIES = { ours: 1, vis: 1, ...LISTS };
const PLANNED = only
  ? SIZES.filter(({ key }) => only.includes(key)).map((size) => ({
      ...size,
      libraries: size.libraries.filter((library) => !only.some((word) => word in LIBRARIES) || only.includes(library)),
    }))
  : SIZES;
const PAGES = { ours: '/bench/pages/ours.html', vis: '/bench/pages/vis.html', ...Object.fromEntries(Object.keys(LISTS).map((list) => [list, '/bench/pages/ours.html'])) };

class Timeout extends Error {}

function log(message) {
  process.stderr.write(`${message}\n`);
}

/** `promise`, or a Timeout error after `ms` (TIMEOUT_MS unless the case says otherwise). */
function limited(promise, ms = TIMEOUT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Timeout()), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Waits at most 5 s for a close: a renderer stuck in a long task may never answer. */
function closeSoon(closing) {
  return Promise.race([closing.catch(() => {}), new Promise((done) => setTimeout(done, 5000))]);
}

function requireChromium() {
  if (existsSync(chromiumPath)) return;
  console.error(
    `\nChromium was not found at ${chromiumPath}.\n` +
      'The benchmark runs both timelines in a real headless Chromium. Install it (Debian/Ubuntu: `apt-get install -y chromium`)\n' +
      'or point CHROME_PATH at a Chrome/Chromium binary, e.g. CHROME_PATH=/path/to/chrome npm run bench\n',
  );
  process.exit(1);
}

function launch() {
  // --expose-gc is not needed: the heap is measured after a collection forced through the DevTools protocol.
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, protocolTimeout: TIMEOUT_MS * 3 });
}

/**
 * The file `src` loads, written once per size into the gitignored bench/.data/: our JSON, or a
 * list in its publisher's format (`LISTS`; for `ftm` FollowTheMoney lines as OpenSanctions'
 * entities.ftm.json, 2n lines for n designations).
 */
async function dataFile(n, library) {
  const list = LISTS[library];
  const path = list ? `bench/.data/${list.file}-${n}-seed${SEED}.${list.ext}` : `bench/.data/events-${n}-seed${SEED}.json`;
  if (!existsSync(resolve(root, path))) {
    await mkdir(resolve(root, 'bench/.data'), { recursive: true });
    await writeFile(resolve(root, path), list ? list.generate(n, SEED) : JSON.stringify({ events: generateEvents(n, SEED) }));
  }
  return `/${path}`;
}

/** A fresh page with the library's bench page loaded; errors in the page end the run. */
async function openPage(browser, origin, library) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.on('pageerror', (error) => log(`  page error (${library}): ${error.message}`));
  await page.goto(`${origin}${PAGES[library]}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined);
  return page;
}

/** JS heap in MB after a full garbage collection. */
async function heapAfterGC(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  const { JSHeapUsedSize } = await page.metrics();
  return JSHeapUsedSize / 2 ** 20;
}

/**
 * Runs `work(page)` on a fresh page of the library's bench page. A phase that times out may leave
 * the renderer busy, one that fails may have crashed it: the browser is replaced, the error passed on.
 */
async function onFreshPage(session, library, work) {
  const page = await openPage(session.browser, session.origin, library);
  try {
    return await work(page);
  } catch (error) {
    await closeSoon(session.browser.close());
    session.browser.process()?.kill('SIGKILL');
    session.browser = await launch();
    throw error;
  } finally {
    await closeSoon(page.close());
  }
}

/** First render, DOM nodes and heap after it, then the 60 steps (unless `skipSteps`). */
async function renderAndSteps(page, { n, lanes = 0, timeouts }, run, skipSteps) {
  await page.evaluate((count, seed, laneCount) => window.bench.generate(count, seed, laneCount), n, SEED, lanes);
  run.render = await limited(page.evaluate(() => window.bench.render()));
  Object.assign(run, await page.evaluate(() => window.bench.stats()));
  run.heapMB = await heapAfterGC(page);
  if (skipSteps) return;
  run.phase = 'steps';
  Object.assign(run, frameStats(await limited(page.evaluate(() => window.bench.steps()), timeouts?.steps)));
}

/** Whether the case measures load + render through `src`: the lists, and ours except in the lanes case. */
const measuresLoad = ({ library, lanes }) => library in LISTS || (library === 'ours' && !lanes);

/**
 * One run of one case: for ours first load + render through `src` (its own page), then for both
 * the first render with the events set directly, DOM, heap and the 60 steps. A phase that timed
 * out or failed in an earlier run (`skip`: phase → error) is not tried again but reported the
 * same way.
 */
async function measure(session, entry) {
  const { library, n, skip } = entry;
  const run = { timedOut: [] };
  const record = (phase, error) => {
    if (error instanceof Timeout) run.timedOut.push(phase);
    else (run.failed ??= {})[phase] = error.message;
  };
  const attempt = async (phase, work) => {
    if (skip.has(phase)) return record(phase, skip.get(phase));
    run.phase = phase;
    try {
      await onFreshPage(session, library, work);
    } catch (error) {
      // A crash (e.g. the renderer out of memory) is reported like a timeout, not fatal to the bench.
      record(run.phase, error);
      skip.set(run.phase, error instanceof Timeout ? error : new Error(`failed in an earlier run: ${error.message}`));
    }
  };
  if (measuresLoad(entry)) {
    const url = await dataFile(n, library);
    await attempt('load', async (page) => (run.load = await limited(page.evaluate((src) => window.bench.load(src), url))));
  }
  // The lists measure loading only: their first render is the one after the load.
  if (library in LISTS) {
    delete run.phase;
    return run;
  }
  await attempt('render', (page) => renderAndSteps(page, entry, run, skip.has('steps')));
  // Rendered, but the steps were left out because they timed out or failed before.
  const stepsReported = run.p95 !== undefined || run.timedOut.includes('steps') || run.failed?.steps;
  if (run.render !== undefined && skip.has('steps') && !stepsReported) record('steps', skip.get('steps'));
  delete run.phase;
  return run;
}

function describeRun(run, lanes) {
  const ms = (value) => (value === undefined ? '—' : `${Math.round(value)} ms`);
  const timedOut = run.timedOut.length ? `, timed out: ${run.timedOut.join(', ')}` : '';
  const failed = run.failed ? `, failed: ${JSON.stringify(run.failed)}` : '';
  const drawn = lanes && run.lanesDrawn !== undefined ? `, ${run.lanesDrawn} lanes drawn` : '';
  return `render ${ms(run.render)}, load ${ms(run.load)}, p95 ${ms(run.p95)}, max ${ms(run.max)}, ${run.nodes ?? '—'} nodes${drawn}${timedOut}${failed}`;
}

async function machine(browser) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    chromium: await browser.version(),
    node: process.version,
    date: new Date().toISOString(),
  };
}

/** Puts the table between the markers in bench/README.md, so the README shows the latest run. */
async function updateReadme(table, info) {
  const path = resolve(root, 'bench/README.md');
  const text = await readFile(path, 'utf8').catch(() => undefined);
  const [open, close] = ['<!-- bench-table:start -->', '<!-- bench-table:end -->'];
  if (!text?.includes(open) || !text.includes(close)) return;
  const header =
    `Measured ${info.date.slice(0, 10)} on ${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB, ${info.os}; ` +
    `${info.chromium} headless; Node ${info.node}.`;
  const body = `${open}\n${header}\n\n${table}\n${close}`;
  await writeFile(path, text.slice(0, text.indexOf(open)) + body + text.slice(text.indexOf(close) + close.length));
}

async function main() {
  requireChromium();
  if (!existsSync(resolve(root, 'dist/sanctions-timeline.bundle.js'))) {
    console.error('dist/sanctions-timeline.bundle.js is missing: run `npm run build` first (`npm run bench` does).');
    process.exit(1);
  }
  const server = await serve(root);
  const session = { origin: server.origin, browser: await launch() };
  const info = await machine(session.browser);
  log(`bench: ${info.chromium}, ${info.cores} × ${info.cpu}, timeout ${TIMEOUT_MS / 1000} s per phase`);
  const cases = PLANNED.flatMap(({ key, n, lanes, runs, runsOf, timeouts, libraries }) =>
    libraries.map((library) => ({
      key,
      library,
      n,
      lanes,
      timeouts,
      plannedRuns: runsOption ?? runsOf?.[library] ?? runs,
      runs: [],
      skip: new Map(),
    })),
  );
  const began = Date.now();
  try {
    for (const { key } of PLANNED) {
      const sized = cases.filter((c) => c.key === key);
      // Runs alternate between the libraries, so a slow spell of the machine hits both.
      for (let r = 0; r < Math.max(...sized.map((c) => c.plannedRuns)); r++) {
        for (const entry of sized) {
          // Once every phase of a case has timed out or failed, more runs would measure nothing.
          const exhausted =
            entry.library in LISTS ? entry.skip.has('load') : entry.skip.has('render') && (!measuresLoad(entry) || entry.skip.has('load'));
          if (r >= entry.plannedRuns || exhausted) continue;
          const run = await measure(session, entry);
          entry.runs.push(run);
          const lanes = entry.lanes ? ` × ${entry.lanes.toLocaleString('en-US')} lanes` : '';
          log(`  ${entry.library} ${entry.n.toLocaleString('en-US')}${lanes} run ${r + 1}: ${describeRun(run, entry.lanes)}`);
        }
      }
    }
  } finally {
    await closeSoon(session.browser.close());
    session.browser.process()?.kill('SIGKILL');
    await server.close();
  }
  for (const entry of cases) entry.summary = summarize(entry.runs);
  // The overview strip's cost: binning the most events the bench draws, in Node (see overview-cost.mjs).
  const overview = quick ? undefined : await overviewCost(Math.max(...PLANNED.map(({ n }) => n)), SEED);
  const table = `${markdown(cases, TIMEOUT_MS)}${overview ? `\n- Overview strip: binning ${overview.n.toLocaleString('en-US')} events into at most 400 bins takes ${overview.ms.toFixed(0)} ms (median of ${overview.runs}, Node).` : ''}`;
  console.log(`\n${table}\n`);
  log(`bench took ${Math.round((Date.now() - began) / 1000)} s`);
  if (quick || only) return;
  const results = {
    machine: info,
    settings: { seed: SEED, timeoutMs: TIMEOUT_MS, width: 1200, steps: 60 },
    cases: cases.map(({ library, n, lanes, timeouts, runs, summary }) => ({ library, n, ...(lanes ? { lanes, timeouts } : {}), median: summary, runs })),
    overview,
    targets: checkTargets(cases),
    laneRatios: laneRatios(cases, TIMEOUT_MS),
  };
  await writeFile(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await updateReadme(table, info);
  log('wrote bench/results.json and the table in bench/README.md');
}

await main();
