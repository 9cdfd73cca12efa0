// Turns the raw runs into medians, the markdown table and the target checks.

/** The targets, each checked against one median of the run. */
export const TARGETS = [
  {
    name: '10k: first render ≤ 100 ms',
    check: (row) => row('ours', 10_000)?.render,
    pass: (ms) => ms <= 100,
    show: (ms) => `${fmt(ms)} ms`,
  },
  {
    name: '10k: first render ≥ 20× faster than vis-timeline',
    check: (row) => speedUp(row, 10_000),
    pass: (ratio) => ratio >= 20,
    show: (ratio) => `${ratio.toFixed(1)}×`,
  },
  {
    name: '100k: zoom/pan frame p95 ≤ 16 ms',
    check: (row) => row('ours', 100_000)?.p95,
    pass: (ms) => ms <= 16,
    show: (ms) => `${fmt(ms)} ms`,
  },
  {
    name: '100k: no zoom/pan step over 33 ms',
    check: (row) => row('ours', 100_000)?.max,
    pass: (ms) => ms <= 33,
    show: (ms) => `${fmt(ms)} ms`,
  },
  {
    name: '1M: load + first render ≤ 2 s',
    check: (row) => row('ours', 1_000_000)?.load,
    pass: (ms) => ms <= 2000,
    show: (ms) => `${fmt(ms)} ms`,
  },
  {
    name: '1M: JS heap after the first render ≤ 200 MB',
    check: (row) => row('ours', 1_000_000)?.heapMB,
    pass: (mb) => mb <= 200,
    show: (mb) => `${fmt(mb)} MB`,
  },
  {
    name: '100k FtM designations (flat, with their targets) through src: load + first render ≤ 2 s',
    check: (row) => row('ftm', 100_000)?.load,
    pass: (ms) => ms <= 2000,
    show: (ms) => `${fmt(ms)} ms`,
  },
  // Issue 18: 100k events in 1,000 lanes, the plot scrolling vertically.
  {
    name: '1,000 lanes × 100k: zoom/pan frame p95 ≤ 16.7 ms',
    check: (row) => row('ours', 100_000, 1_000)?.p95,
    pass: (ms) => ms <= 16.7,
    show: (ms) => `${fmt(ms)} ms`,
  },
  {
    name: '1,000 lanes × 100k: no zoom/pan step over 33 ms',
    check: (row) => row('ours', 100_000, 1_000)?.max,
    pass: (ms) => ms <= 33,
    show: (ms) => `${fmt(ms)} ms`,
  },
  {
    name: '1,000 lanes × 100k: first render ≤ 600 ms',
    check: (row) => row('ours', 100_000, 1_000)?.render,
    pass: (ms) => ms <= 600,
    show: (ms) => `${fmt(ms)} ms`,
  },
  {
    name: '1,000 lanes × 100k: DOM nodes after the first render ≤ 2,000',
    check: (row) => row('ours', 100_000, 1_000)?.nodes,
    pass: (nodes) => nodes <= 2000,
    show: (nodes) => fmt(nodes),
  },
  // Issue 20: the same for the official lists, each in its publisher's XML.
  ...[
    ['eu', "the EU's Financial Sanctions Files XML"],
    ['uk', 'the UK Sanctions List XML'],
    ['ofac', "OFAC's SDN advanced XML"],
    ['seco', "SECO's list XML"],
  ].map(([library, format]) => ({
    name: `100k designations in ${format} through src: load + first render ≤ 2 s`,
    check: (row) => row(library, 100_000)?.load,
    pass: (ms) => ms <= 2000,
    show: (ms) => `${fmt(ms)} ms`,
  })),
];

/** The lanes case whose ratios vis-timeline ÷ ours are reported (no target: the issue asks for the figures). */
const LANE_CASE = { n: 100_000, lanes: 1_000 };

/** Median of the numbers present (undefined when none: every run timed out). */
export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One run's frame statistics from its 60 step times. */
export function frameStats(times) {
  return times ? { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) } : {};
}

/** The medians over a case's runs, plus what timed out. */
export function summarize(runs) {
  const of = (key) => median(runs.map((run) => run[key]));
  return {
    render: of('render'),
    load: of('load'),
    p50: of('p50'),
    p95: of('p95'),
    max: of('max'),
    nodes: of('nodes'),
    heapMB: of('heapMB'),
    timedOut: [...new Set(runs.flatMap((run) => run.timedOut ?? []))],
    failed: [...new Set(runs.flatMap((run) => Object.keys(run.failed ?? {})))],
  };
}

function speedUp(row, n) {
  const ours = row('ours', n)?.render;
  const vis = row('vis', n)?.render;
  return ours && vis ? vis / ours : undefined;
}

function fmt(value, digits = value < 10 ? 1 : 0) {
  return value === undefined ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/**
 * A cell: the median, "> 90 s (timed out)" when the phase never finished (within the case's own
 * timeout for it, if it has one), or "failed" when it crashed.
 */
function cell(summary, key, phase, timeoutMs, timeouts) {
  if (summary[key] !== undefined) return fmt(summary[key]);
  if (summary.timedOut.includes(phase)) return `> ${(timeouts?.[phase] ?? timeoutMs) / 1000} s (timed out)`;
  return summary.failed.includes(phase) ? 'failed (see results.json)' : '—';
}

/** A case's summary: `lanes` 0 (or absent) for the cases without lanes. */
function finder(cases) {
  return (library, n, lanes = 0) => cases.find((c) => c.library === library && c.n === n && (c.lanes ?? 0) === lanes)?.summary;
}

/**
 * vis-timeline's figure ÷ ours in the lanes case, for the first render and the frame p95: a
 * number, or for a phase vis did not finish within the timeout, the least the ratio can be.
 * @param {{ library: string, n: number, lanes?: number, timeouts?: Record<string, number>, summary: ReturnType<typeof summarize> }[]} cases
 * @param {number} timeoutMs
 */
export function laneRatios(cases, timeoutMs) {
  const find = (library) => cases.find((c) => c.library === library && c.n === LANE_CASE.n && c.lanes === LANE_CASE.lanes);
  const [oursCase, visCase] = [find('ours'), find('vis')];
  if (!oursCase?.summary || !visCase?.summary) return undefined;
  const [ours, vis, timeouts] = [oursCase.summary, visCase.summary, visCase.timeouts];
  const seconds = (phase) => `${(timeouts?.[phase] ?? timeoutMs) / 1000} s`;
  const ratio = (key, phase) => {
    if (ours[key] === undefined) return { shown: 'not measured (ours has no figure)' };
    if (vis[key] !== undefined) return { value: vis[key] / ours[key], shown: `${(vis[key] / ours[key]).toFixed(1)}×` };
    // A first render that never finished took longer than the timeout: the ratio is at least that over ours.
    if (phase === 'render' && vis.timedOut.includes('render')) {
      const least = (timeouts?.render ?? timeoutMs) / ours[key];
      return { atLeast: least, shown: `> ${least.toFixed(0)}× (vis-timeline's first render did not finish in ${seconds('render')})` };
    }
    // 60 steps over the timeout bound their mean, not their p95: no figure then.
    if (vis.timedOut.includes('render')) return { shown: `not measured (vis-timeline's first render did not finish in ${seconds('render')})` };
    if (vis.timedOut.includes(phase)) return { shown: `not measured (vis-timeline's 60 steps did not finish in ${seconds('steps')})` };
    if (vis.failed.length) return { shown: 'not measured (vis-timeline failed, see results.json)' };
    return { shown: 'not measured' };
  };
  return { ...LANE_CASE, render: ratio('render', 'render'), p95: ratio('p95', 'steps') };
}

/**
 * The markdown table of all cases, then the target checks and the lanes case's ratios.
 * @param {{ library: string, n: number, lanes?: number, summary: ReturnType<typeof summarize>, runs: object[] }[]} cases
 */
export function markdown(cases, timeoutMs) {
  const name = {
    ours: '`<sanctions-timeline>`',
    vis: 'vis-timeline',
    ftm: '`<sanctions-timeline>`, FtM designations',
    eu: '`<sanctions-timeline>`, EU FSF XML',
    uk: '`<sanctions-timeline>`, UK Sanctions List XML',
    ofac: '`<sanctions-timeline>`, OFAC SDN advanced XML',
    seco: '`<sanctions-timeline>`, SECO XML',
  };
  const lanesOf = { ours: 'lanes', vis: 'groups' };
  const label = (library, lanes) => (lanes ? `${name[library]}, ${lanes.toLocaleString('en-US')} ${lanesOf[library]}` : name[library]);
  const lines = [
    '| library | N | runs | first render ms | load + render (`src`) ms | frame p50 ms | p95 ms | max ms | DOM nodes | JS heap MB |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const { library, n, lanes, timeouts, runs, summary: s } of cases) {
    const of = (key, phase) => cell(s, key, phase, timeoutMs, timeouts);
    lines.push(
      `| ${label(library, lanes)} | ${n.toLocaleString('en-US')} | ${runs.length} | ${of('render', 'render')} | ` +
        `${library === 'vis' || lanes ? 'n/a' : of('load', 'load')} | ${of('p50', 'steps')} | ` +
        `${of('p95', 'steps')} | ${of('max', 'steps')} | ${of('nodes', 'render')} | ` +
        `${of('heapMB', 'render')} |`,
    );
  }
  lines.push('', ...checkTargets(cases).map(({ name: target, verdict, shown }) => `- **${verdict}** ${target}: ${shown}`));
  const ratios = laneRatios(cases, timeoutMs);
  if (ratios) {
    lines.push(
      `- ${ratios.lanes.toLocaleString('en-US')} lanes × ${ratios.n / 1000}k, vis-timeline ÷ ours: ` +
        `first render ${ratios.render.shown}; zoom/pan frame p95 ${ratios.p95.shown}.`,
    );
  }
  return lines.join('\n');
}

/** Each target with PASS, MISS or "not measured" and the figure it was judged on. */
export function checkTargets(cases) {
  const row = finder(cases);
  return TARGETS.map(({ name, check, pass, show }) => {
    const value = check(row);
    if (value === undefined) return { name, verdict: 'NOT MEASURED', shown: 'no figure (missing or timed out)' };
    return { name, verdict: pass(value) ? 'PASS' : 'MISS', shown: show(value), value };
  });
}
