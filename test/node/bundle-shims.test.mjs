// The bundle replaces d3-interpolate and d3-time-format with the few functions scaleUtc calls
// (scripts/bundle-shims/, d3Shims in scripts/build.mjs). Here both builds of scaleUtc — with the
// real modules and with the shims — draw the same scales, and every answer must be identical:
// positions, inverted positions, ticks, nice domains, over spans from an hour to millennia.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from 'esbuild';
import { d3Shims } from '../../scripts/build.mjs';

/** scaleUtc from a bundle built with `plugins`, loaded as a module. */
async function scaleUtcBuiltWith(plugins) {
  const result = await build({
    stdin: { contents: "export { scaleUtc } from 'd3-scale';", resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    plugins,
  });
  const code = result.outputFiles[0].text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).scaleUtc;
}

const HOUR = 3_600_000;
const YEAR = 365.25 * 24 * HOUR;
const STARTS = [Date.UTC(2018, 11, 13, 10, 17), Date.UTC(1970, 0, 1), Date.UTC(-44, 2, 15), Date.UTC(2400, 5, 30, 23, 59)];
const SPANS = [HOUR, 7 * HOUR, 3 * 24 * HOUR, 40 * 24 * HOUR, YEAR, 7.5 * YEAR, 120 * YEAR, 2500 * YEAR];
const WIDTHS = [1, 320, 1200, 4000];
const COUNTS = [2, 5, 13];
const SAMPLES = 16;

test('scaleUtc built with the bundle shims answers exactly as scaleUtc with d3-interpolate and d3-time-format', async () => {
  const [real, shimmed] = await Promise.all([scaleUtcBuiltWith([]), scaleUtcBuiltWith([d3Shims])]);
  let calls = 0;
  const same = (what, f) => {
    calls += 2;
    assert.deepEqual(f(shimmed), f(real), what);
  };
  for (const start of STARTS) {
    for (const span of SPANS) {
      for (const width of WIDTHS) {
        const domain = [start, start + span];
        const make = (scaleUtc) => scaleUtc().domain(domain).range([0, width]);
        for (let i = 0; i <= SAMPLES; i++) {
          const time = start - span / 4 + (i * 1.5 * span) / SAMPLES;
          same(`scale(${time}) over ${domain} × ${width}`, (scaleUtc) => make(scaleUtc)(time));
          same(`invert(${(i * width) / SAMPLES})`, (scaleUtc) => make(scaleUtc).invert((i * width) / SAMPLES).getTime());
        }
        for (const count of COUNTS) {
          same(`ticks(${count}) over ${domain}`, (scaleUtc) => make(scaleUtc).ticks(count).map(Number));
          same(`nice(${count}) over ${domain}`, (scaleUtc) => make(scaleUtc).nice(count).domain().map(Number));
        }
        same(`rangeRound over ${domain}`, (scaleUtc) => scaleUtc().domain(domain).rangeRound([0, width])(start + span / 3));
      }
    }
  }
  assert.ok(calls > 10_000, `only ${calls} calls compared`);
});

test('the shims fail loudly for what scaleUtc never asks of them', async () => {
  const shimmed = await scaleUtcBuiltWith([d3Shims]);
  const scale = shimmed().domain([0, HOUR]).range([0, 100]);
  assert.throws(() => scale.tickFormat()(new Date(0)), /d3-time-format is not in this bundle/);
  assert.throws(() => shimmed().range(['red', 'blue'])(0.5), /interpolates numbers only/);
});
