// Stands in for d3-interpolate in the one-file bundle only (scripts/build.mjs, d3Shims). The
// element's only scale is scaleUtc from numbers (times) to numbers (pixels); d3-scale's
// continuous scale asks d3-interpolate for number interpolators, and the real module's generic
// `interpolate` pulls in every colour space of d3-color with it (16 KB minified). These are
// d3-interpolate's own formulas for numbers, so the scale's output is the same to the bit —
// test/node/bundle-shims.test.mjs checks it against the real modules — and anything else
// fails loudly instead of interpolating differently.

/** A number between `a` (t = 0) and `b` (t = 1), as d3.interpolateNumber computes it. */
export function interpolateNumber(a, b) {
  return (a = +a), (b = +b), (t) => a * (1 - t) + b * t;
}

/** The same, rounded, as d3.interpolateRound computes it (for `scale.rangeRound`). */
export function interpolateRound(a, b) {
  return (a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t);
}

/** d3.interpolate for the only values this bundle interpolates: numbers. */
export function interpolate(a, b) {
  if (typeof b !== 'number') throw new TypeError(`this bundle interpolates numbers only, not ${typeof b}`);
  return interpolateNumber(a, b);
}

/** Not used by scaleUtc; present because d3-scale's module imports it. */
export function piecewise() {
  throw new TypeError('d3.piecewise is not in this bundle');
}
