// The fixed zoom-and-pan script both libraries are driven through: 60 windows over the data.

/** Steps in each phase: zoom in, pan, zoom out. */
const PHASE = 20;
/** Each zoom step shows this share of the previous span (20 steps: 1.2 % of the whole). */
const ZOOM = 0.8;
/** Each pan step moves by this share of the span: 10 steps later, then 10 back. */
const PAN = 0.15;

/**
 * 60 windows [start, end] in ms: 20 steps zooming in on the middle of [lo, hi], 20 panning
 * (ten later, ten back), 20 zooming back out to the whole range.
 * @param {number} lo
 * @param {number} hi
 * @returns {[number, number][]}
 */
export function windowSteps(lo, hi) {
  const steps = [];
  const middle = (lo + hi) / 2;
  let span = hi - lo;
  for (let i = 0; i < PHASE; i++) {
    span *= ZOOM;
    steps.push([middle - span / 2, middle + span / 2]);
  }
  let centre = middle;
  for (let i = 0; i < PHASE; i++) {
    centre += (i < PHASE / 2 ? PAN : -PAN) * span;
    steps.push([centre - span / 2, centre + span / 2]);
  }
  for (let i = 0; i < PHASE; i++) {
    span /= ZOOM;
    steps.push([middle - span / 2, middle + span / 2]);
  }
  return steps;
}
