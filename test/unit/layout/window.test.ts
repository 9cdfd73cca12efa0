import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  AROUND_MARGIN,
  MIN_SPAN,
  clampWindow,
  panWindow,
  revealInWindow,
  sameWindow,
  windowAround,
  zoomWindow,
  type TimeWindow,
  type WindowLimits,
} from '../../../src/layout/window.js';
import { utc } from '../../../src/model/dates.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Extent 2000-01-01 … 2010-01-01: round numbers to reason about by hand. */
const E0 = utc(2000);
const E1 = utc(2010);
const limits: WindowLimits = { extent: [E0, E1], minSpan: MIN_SPAN };

/**
 * Windows are sums of millisecond counts near 10^12, where a double is exact to about 2^-12 ms;
 * a few such roundings stay far below this tolerance, and far below a pixel (≥ 0.9 s at 1 h span).
 */
const TOLERANCE = 0.01;

const closeTo = (actual: TimeWindow, expected: TimeWindow) => {
  expect(actual[0]).to.be.closeTo(expected[0], TOLERANCE);
  expect(actual[1]).to.be.closeTo(expected[1], TOLERANCE);
};

const span = (w: TimeWindow) => w[1] - w[0];

/**
 * Times 1900…2100 in ms; limits whose extent is 10 days to a century wide, so that a window a
 * hundredth of it (see insideArb) is still wider than minSpan.
 */
const timeArb = fc.double({ min: utc(1900), max: utc(2100), noNaN: true });
const limitsArb = fc
  .record({ lo: timeArb, width: fc.double({ min: 10 * DAY, max: 100 * 365 * DAY, noNaN: true }) })
  .map(({ lo, width }): WindowLimits => ({ extent: [lo, lo + width], minSpan: MIN_SPAN }));
const windowArb = fc.tuple(timeArb, timeArb).map(([a, b]): TimeWindow => [a, b]);

/** A window well inside `limits` (a tenth of the extent from each edge), from fractions of it. */
const insideArb = (l: WindowLimits) =>
  fc
    .tuple(fc.double({ min: 0.1, max: 0.9, noNaN: true }), fc.double({ min: 0.1, max: 0.9, noNaN: true }))
    .map(([a, b]): TimeWindow => {
      const [lo, hi] = l.extent;
      const [p, q] = a < b ? [a, b] : [b, a];
      return [lo + p * (hi - lo), lo + Math.max(q, p + 0.01) * (hi - lo)];
    });

describe('clampWindow', () => {
  it('MIN_SPAN is one hour', () => {
    expect(MIN_SPAN).to.equal(HOUR);
  });

  it('clampWindow returns a window inside the limits unchanged', () => {
    const window: TimeWindow = [utc(2003), utc(2005)];
    expect(clampWindow(window, limits)).to.deep.equal(window);
  });

  it('clampWindow shifts a window that sticks out on the left, keeping its span', () => {
    expect(clampWindow([utc(1999), utc(2001)], limits)).to.deep.equal([E0, E0 + (utc(2001) - utc(1999))]);
  });

  it('clampWindow shifts a window that sticks out on the right, keeping its span', () => {
    expect(clampWindow([utc(2009), utc(2012)], limits)).to.deep.equal([E1 - (utc(2012) - utc(2009)), E1]);
  });

  it('clampWindow turns a window wider than the extent into the extent', () => {
    expect(clampWindow([utc(1990), utc(2020)], limits)).to.deep.equal([E0, E1]);
  });

  it('clampWindow widens a window narrower than minSpan to minSpan around its centre', () => {
    const t = utc(2005, 5, 1, 12);
    expect(clampWindow([t - 60_000, t + 60_000], limits)).to.deep.equal([t - HOUR / 2, t + HOUR / 2]);
  });

  it('clampWindow widens a too-narrow window at the edge and keeps it inside', () => {
    expect(clampWindow([E0, E0 + 1000], limits)).to.deep.equal([E0, E0 + HOUR]);
  });

  it('clampWindow sorts a reversed window', () => {
    expect(clampWindow([utc(2005), utc(2003)], limits)).to.deep.equal([utc(2003), utc(2005)]);
  });

  it('clampWindow with a non-finite end gives the whole extent', () => {
    expect(clampWindow([NaN, utc(2005)], limits)).to.deep.equal([E0, E1]);
    expect(clampWindow([utc(2003), Infinity], limits)).to.deep.equal([E0, E1]);
  });

  it('clampWindow with an extent narrower than minSpan gives minSpan centred on the extent', () => {
    const t = utc(2018, 11, 13, 10);
    const tight: WindowLimits = { extent: [t, t], minSpan: HOUR };
    expect(clampWindow([utc(2000), utc(2020)], tight)).to.deep.equal([t - HOUR / 2, t + HOUR / 2]);
    expect(clampWindow([t, t], tight)).to.deep.equal([t - HOUR / 2, t + HOUR / 2]);
  });

  it('clampWindow with minSpan 0, negative or NaN still keeps a window at least 1 ms wide', () => {
    for (const minSpan of [0, -5, NaN]) {
      const w = clampWindow([utc(2005), utc(2005)], { extent: [E0, E1], minSpan });
      expect(span(w)).to.equal(1);
    }
  });

  it('clampWindow with a non-finite extent bounds the window by the Date range only', () => {
    const w = clampWindow([utc(2003), utc(2005)], { extent: [NaN, Infinity], minSpan: HOUR });
    expect(w).to.deep.equal([utc(2003), utc(2005)]);
  });

  it('clampWindow output lies inside the extent, with span in [minSpan, extent span] (property)', () => {
    fc.assert(
      fc.property(limitsArb, windowArb, (l, w) => {
        const [lo, hi] = l.extent;
        const out = clampWindow(w, l);
        expect(out[0]).to.be.at.least(lo);
        expect(out[1]).to.be.at.most(hi);
        expect(span(out)).to.be.at.least(l.minSpan - TOLERANCE);
        expect(span(out)).to.be.at.most(hi - lo);
      }),
      { numRuns: 500 },
    );
  });

  it('clampWindow with an extent narrower than minSpan gives minSpan around its centre (property)', () => {
    fc.assert(
      fc.property(timeArb, fc.double({ min: 0, max: HOUR, noNaN: true }), windowArb, (lo, width, w) => {
        const out = clampWindow(w, { extent: [lo, lo + width], minSpan: HOUR });
        expect(span(out)).to.be.closeTo(HOUR, TOLERANCE);
        expect((out[0] + out[1]) / 2).to.be.closeTo(lo + width / 2, TOLERANCE);
      }),
      { numRuns: 200 },
    );
  });

  it('clampWindow is idempotent (property)', () => {
    fc.assert(
      fc.property(limitsArb, windowArb, (l, w) => {
        const once = clampWindow(w, l);
        closeTo(clampWindow(once, l), once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('zoomWindow', () => {
  const window: TimeWindow = [utc(2004), utc(2006)];

  it('zoomWindow(window, 2, 0.5) halves the span around the centre', () => {
    const quarter = span(window) / 4;
    expect(zoomWindow(window, 2, 0.5, limits)).to.deep.equal([window[0] + quarter, window[1] - quarter]);
  });

  it('zoomWindow(window, 2, 0) keeps the left edge', () => {
    expect(zoomWindow(window, 2, 0, limits)).to.deep.equal([window[0], window[0] + span(window) / 2]);
  });

  it('zoomWindow(window, 0.5, 1) doubles the span, keeping the right edge', () => {
    expect(zoomWindow(window, 0.5, 1, limits)).to.deep.equal([window[1] - 2 * span(window), window[1]]);
  });

  it('zoomWindow(window, 4, 0.25) keeps the instant a quarter across a quarter across', () => {
    const at = window[0] + span(window) / 4;
    const out = zoomWindow(window, 4, 0.25, limits);
    expect(span(out)).to.be.closeTo(span(window) / 4, TOLERANCE);
    expect(out[0] + span(out) / 4).to.be.closeTo(at, TOLERANCE);
  });

  it('zoomWindow stops at the extent when zooming out', () => {
    expect(zoomWindow(window, 1 / 100, 0.5, limits)).to.deep.equal([E0, E1]);
  });

  it('zoomWindow out near an edge shifts the window inside rather than past the edge', () => {
    const early: TimeWindow = [utc(2000, 1), utc(2000, 7)];
    const out = zoomWindow(early, 0.5, 0.5, limits);
    expect(out[0]).to.equal(E0);
    expect(span(out)).to.be.closeTo(2 * span(early), TOLERANCE);
  });

  it('zoomWindow never zooms in past minSpan, and holds the anchor there', () => {
    const t = utc(2005, 0, 1, 12);
    const day: TimeWindow = [t - DAY / 2, t + DAY / 2];
    const out = zoomWindow(day, 1000, 0.5, limits);
    expect(out).to.deep.equal([t - HOUR / 2, t + HOUR / 2]);
    expect(zoomWindow(out, 2, 0.5, limits)).to.deep.equal(out);
  });

  it('zoomWindow with a factor of 0, negative, NaN or Infinity leaves the window alone', () => {
    for (const factor of [0, -2, NaN, Infinity]) expect(zoomWindow(window, factor, 0.5, limits)).to.deep.equal(window);
  });

  it('zoomWindow clamps the anchor to 0..1 and treats NaN as the centre', () => {
    expect(zoomWindow(window, 2, -3, limits)).to.deep.equal(zoomWindow(window, 2, 0, limits));
    expect(zoomWindow(window, 2, 7, limits)).to.deep.equal(zoomWindow(window, 2, 1, limits));
    expect(zoomWindow(window, 2, NaN, limits)).to.deep.equal(zoomWindow(window, 2, 0.5, limits));
  });

  it('zoomWindow keeps the anchor instant at its fraction when not clamped (property)', () => {
    fc.assert(
      fc.property(
        limitsArb.chain((l) => fc.tuple(fc.constant(l), insideArb(l))),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([l, w], factor, anchor) => {
          const [lo, hi] = l.extent;
          const wanted = span(w) / factor;
          const from = w[0] + anchor * span(w) - anchor * wanted;
          fc.pre(wanted >= l.minSpan && from >= lo && from + wanted <= hi);
          const out = zoomWindow(w, factor, anchor, l);
          expect(out[0] + anchor * span(out)).to.be.closeTo(w[0] + anchor * span(w), TOLERANCE);
          expect(span(out)).to.be.closeTo(wanted, TOLERANCE);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('zoomWindow in then out by the same factor at the same anchor returns the window (property)', () => {
    fc.assert(
      fc.property(
        limitsArb.chain((l) => fc.tuple(fc.constant(l), insideArb(l))),
        fc.double({ min: 1, max: 8, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([l, w], factor, anchor) => {
          // Zooming in from inside the extent never meets an edge; only minSpan can clamp it.
          fc.pre(span(w) / factor >= l.minSpan);
          closeTo(zoomWindow(zoomWindow(w, factor, anchor, l), 1 / factor, anchor, l), w);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('zoomWindow output lies inside the extent with span ≥ minSpan (property)', () => {
    fc.assert(
      fc.property(limitsArb, windowArb, fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: -1, max: 2, noNaN: true }), (l, w, f, a) => {
        const out = zoomWindow(w, f, a, l);
        expect(out[0]).to.be.at.least(l.extent[0]);
        expect(out[1]).to.be.at.most(l.extent[1]);
        expect(span(out)).to.be.at.least(l.minSpan - TOLERANCE);
      }),
      { numRuns: 300 },
    );
  });
});

describe('panWindow', () => {
  const window: TimeWindow = [utc(2004), utc(2006)];

  it('panWindow(window, 0.25) moves a quarter span later', () => {
    const q = span(window) / 4;
    expect(panWindow(window, 0.25, limits)).to.deep.equal([window[0] + q, window[1] + q]);
  });

  it('panWindow(window, -0.5) moves half a span earlier', () => {
    const h = span(window) / 2;
    expect(panWindow(window, -0.5, limits)).to.deep.equal([window[0] - h, window[1] - h]);
  });

  it('panWindow stops at the extent edges', () => {
    expect(panWindow(window, -100, limits)).to.deep.equal([E0, E0 + span(window)]);
    expect(panWindow(window, 100, limits)).to.deep.equal([E1 - span(window), E1]);
  });

  it('panWindow of the whole extent does not move', () => {
    expect(panWindow([E0, E1], 0.3, limits)).to.deep.equal([E0, E1]);
  });

  it('panWindow by NaN does not move', () => {
    expect(panWindow(window, NaN, limits)).to.deep.equal(window);
  });

  it('panWindow never leaves the extent and keeps a valid span (property)', () => {
    fc.assert(
      fc.property(limitsArb, windowArb, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (l, w, fraction) => {
        const out = panWindow(w, fraction, l);
        const before = clampWindow(w, l);
        expect(out[0]).to.be.at.least(l.extent[0]);
        expect(out[1]).to.be.at.most(l.extent[1]);
        expect(span(out)).to.be.closeTo(span(before), TOLERANCE);
      }),
      { numRuns: 500 },
    );
  });
});

describe('windowAround', () => {
  it('windowAround(lo, hi) centres the range with AROUND_MARGIN of its span each side', () => {
    const lo = utc(2004);
    const hi = utc(2005);
    const pad = (hi - lo) * AROUND_MARGIN;
    expect(AROUND_MARGIN).to.equal(0.1);
    expect(windowAround(lo, hi, limits)).to.deep.equal([lo - pad, hi + pad]);
  });

  it('windowAround(lo, hi, limits, 0.5) takes the margin given', () => {
    const lo = utc(2004);
    const hi = utc(2006);
    expect(windowAround(lo, hi, limits, 0.5)).to.deep.equal([lo - (hi - lo) / 2, hi + (hi - lo) / 2]);
  });

  it('windowAround with a negative or NaN margin uses none', () => {
    expect(windowAround(utc(2004), utc(2006), limits, -1)).to.deep.equal([utc(2004), utc(2006)]);
    expect(windowAround(utc(2004), utc(2006), limits, NaN)).to.deep.equal([utc(2004), utc(2006)]);
  });

  it('windowAround an instant is minSpan wide, centred on it', () => {
    const t = utc(2005, 2, 3, 4, 5);
    expect(windowAround(t, t, limits)).to.deep.equal([t - HOUR / 2, t + HOUR / 2]);
  });

  it('windowAround a range at the extent edge is shifted inside', () => {
    const out = windowAround(E0, E0 + DAY, limits);
    expect(out[0]).to.equal(E0);
    expect(span(out)).to.be.closeTo(1.2 * DAY, TOLERANCE);
  });

  it('windowAround a range wider than the extent is the extent', () => {
    expect(windowAround(utc(1990), utc(2020), limits)).to.deep.equal([E0, E1]);
  });

  it('windowAround with a non-finite end falls back to the whole extent', () => {
    expect(windowAround(NaN, utc(2005), limits)).to.deep.equal([E0, E1]);
  });
});

describe('revealInWindow', () => {
  const window: TimeWindow = [utc(2004), utc(2006)];

  it('revealInWindow leaves the window alone when the range is already inside', () => {
    expect(revealInWindow(window, utc(2004, 5), utc(2005, 5), limits)).to.deep.equal(window);
  });

  it('revealInWindow slides left just until the range starts at the left edge', () => {
    expect(revealInWindow(window, utc(2002), utc(2002, 6), limits)).to.deep.equal([utc(2002), utc(2002) + span(window)]);
  });

  it('revealInWindow slides right just until the range ends at the right edge', () => {
    expect(revealInWindow(window, utc(2007), utc(2008), limits)).to.deep.equal([utc(2008) - span(window), utc(2008)]);
  });

  it('revealInWindow zooms out to exactly the range when it is wider than the window', () => {
    expect(revealInWindow(window, utc(2001), utc(2008), limits)).to.deep.equal([utc(2001), utc(2008)]);
  });

  it('revealInWindow of an instant just left of the window slides to it', () => {
    const t = utc(2003, 6);
    expect(revealInWindow(window, t, t, limits)).to.deep.equal([t, t + span(window)]);
  });

  it('revealInWindow of a range past the extent stops at the extent', () => {
    expect(revealInWindow(window, utc(2011), utc(2012), limits)).to.deep.equal([E1 - span(window), E1]);
  });

  it('revealInWindow always contains a range inside the extent, moving the least (property)', () => {
    fc.assert(
      fc.property(
        limitsArb.chain((l) => fc.tuple(fc.constant(l), insideArb(l), insideArb(l))),
        ([l, w, [lo, hi]]) => {
          const out = revealInWindow(w, lo, hi, l);
          expect(out[0]).to.be.at.most(lo + TOLERANCE);
          expect(out[1]).to.be.at.least(hi - TOLERANCE);
          if (hi - lo <= span(w)) expect(span(out)).to.be.closeTo(span(w), TOLERANCE);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sameWindow', () => {
  it('sameWindow is true within epsilon (default 1 ms) at both ends', () => {
    expect(sameWindow([0, 100], [0.5, 100.5])).to.equal(true);
    expect(sameWindow([0, 100], [0, 101])).to.equal(false);
    expect(sameWindow([0, 100], [1, 100])).to.equal(false);
  });

  it('sameWindow(a, b, 10) takes the epsilon given', () => {
    expect(sameWindow([0, 100], [9, 91], 10)).to.equal(true);
    expect(sameWindow([0, 100], [10, 100], 10)).to.equal(false);
  });
});
