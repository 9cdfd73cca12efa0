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

/** A cell: the median, "> 90 s (timed out)" when the phase never finished, or "failed" when it crashed. */
function cell(summary, key, phase, timeoutMs) {
  if (summary[key] !== undefined) return fmt(summary[key]);
  if (summary.timedOut.includes(phase)) return `> ${timeoutMs / 1000} s (timed out)`;
  return summary.failed.includes(phase) ? 'failed (see results.json)' : '—';
}

/**
 * The markdown table of all cases, then the 10k speed-up and the target checks.
 * @param {{ library: string, n: number, summary: ReturnType<typeof summarize>, runs: object[] }[]} cases
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
  const lines = [
    '| library | N | runs | first render ms | load + render (`src`) ms | frame p50 ms | p95 ms | max ms | DOM nodes | JS heap MB |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const { library, n, runs, summary: s } of cases) {
    lines.push(
      `| ${name[library]} | ${n.toLocaleString('en-US')} | ${runs.length} | ${cell(s, 'render', 'render', timeoutMs)} | ` +
        `${library === 'vis' ? 'n/a' : cell(s, 'load', 'load', timeoutMs)} | ${cell(s, 'p50', 'steps', timeoutMs)} | ` +
        `${cell(s, 'p95', 'steps', timeoutMs)} | ${cell(s, 'max', 'steps', timeoutMs)} | ${cell(s, 'nodes', 'render', timeoutMs)} | ` +
        `${cell(s, 'heapMB', 'render', timeoutMs)} |`,
    );
  }
  lines.push('', ...checkTargets(cases).map(({ name: target, verdict, shown }) => `- **${verdict}** ${target}: ${shown}`));
  return lines.join('\n');
}

/** Each target with PASS, MISS or "not measured" and the figure it was judged on. */
export function checkTargets(cases) {
  const row = (library, n) => cases.find((c) => c.library === library && c.n === n)?.summary;
  return TARGETS.map(({ name, check, pass, show }) => {
    const value = check(row);
    if (value === undefined) return { name, verdict: 'NOT MEASURED', shown: 'no figure (missing or timed out)' };
    return { name, verdict: pass(value) ? 'PASS' : 'MISS', shown: show(value), value };
  });
}
