import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { binEvents, busiestBin } from '../../../src/layout/bins.js';
import type { TimeWindow } from '../../../src/layout/window.js';
import { utc } from '../../../src/model/dates.js';
import { normalize } from '../../../src/model/normalize.js';
import type { NormalizedEvent, TimelineEvent } from '../../../src/model/types.js';

const events = (input: TimelineEvent[]): NormalizedEvent[] => normalize(input).events;
const extentOf = (list: readonly NormalizedEvent[]): TimeWindow => [list[0]!.when.lo, Math.max(...list.map((event) => event.when.hi))];
const sum = (counts: ArrayLike<number>) => Array.from(counts).reduce((a, b) => a + b, 0);

describe('binEvents', () => {
  it('binEvents(events, extent, maxBins, keys) takes the finest calendar unit of which at most maxBins cover the extent', () => {
    const week = events([{ start: '2018-12-10', title: 'a' }, { start: '2018-12-16', title: 'b' }]);
    expect(binEvents(week, extentOf(week), 100, []).unit).to.equal('day');
    const year = events([{ start: '2018-01-05', title: 'a' }, { start: '2018-12-20', title: 'b' }]);
    expect(binEvents(year, extentOf(year), 100, []).unit).to.equal('week');
    expect(binEvents(year, extentOf(year), 20, []).unit).to.equal('month');
    const decades = events([{ start: '1990', title: 'a' }, { start: '2026', title: 'b' }]);
    expect(binEvents(decades, extentOf(decades), 100, [])).to.deep.include({ unit: 'year', step: 1 });
    const centuries = events([{ start: '1200', title: 'a' }, { start: '2026', title: 'b' }]);
    expect(binEvents(centuries, extentOf(centuries), 100, [])).to.deep.include({ unit: 'year', step: 10 });
  });

  it('binEvents puts bins on calendar boundaries: months start on the 1st, weeks on Monday', () => {
    const year = events([{ start: '2018-01-05', title: 'a' }, { start: '2018-12-20', title: 'b' }]);
    const months = binEvents(year, extentOf(year), 20, []);
    expect(months.edges[0]).to.equal(utc(2018, 0, 1));
    expect(months.edges[1]).to.equal(utc(2018, 1, 1));
    const weeks = binEvents(year, extentOf(year), 100, []);
    expect(new Date(weeks.edges[1]!).getUTCDay()).to.equal(1);
  });

  it('binEvents counts each category given in its own series, in the order given, and the others together last', () => {
    const list = events([
      { start: '2018-01', title: 'a', category: 'report' },
      { start: '2018-02', title: 'b', category: 'sanction' },
      { start: '2018-03', title: 'c', category: 'sanction' },
      { start: '2018-04', title: 'd', category: 'threat' },
      { start: '2018-05', title: 'e' },
    ]);
    const bins = binEvents(list, extentOf(list), 12, ['sanction', 'report']);
    expect(bins.series.map(({ key, rest }) => [key, rest])).to.deep.equal([['sanction', false], ['report', false], [undefined, true]]);
    expect(bins.series.map(({ counts }) => sum(counts))).to.deep.equal([2, 1, 2]);
    expect(binEvents(list, extentOf(list), 12, ['sanction', 'report', 'threat', undefined]).series.every(({ rest }) => !rest)).to.equal(true);
  });

  it('binEvents puts every event in exactly one bin, the one its start falls in, and the bins cover the extent (property)', () => {
    const eventsArb = fc.array(fc.record({ day: fc.integer({ min: 0, max: 40 * 365 }), precision: fc.constantFrom('year', 'month', 'day') }), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 1, max: 500 }), (specs, maxBins) => {
        const list = events(
          specs.map(({ day, precision }, i) => {
            const iso = new Date(utc(1990, 0, 1 + day)).toISOString();
            return { start: { year: iso.slice(0, 4), month: iso.slice(0, 7), day: iso.slice(0, 10) }[precision]!, title: `e${i}`, category: `c${i % 3}` };
          }),
        );
        const extent = extentOf(list);
        const bins = binEvents(list, extent, maxBins, ['c0', 'c1']);
        expect(sum(bins.totals)).to.equal(list.length);
        expect(bins.count).to.equal(list.length);
        expect(bins.series.reduce((total, { counts }) => total + sum(counts), 0)).to.equal(list.length);
        expect(bins.edges[0]).to.be.at.most(extent[0]);
        expect(bins.edges[bins.edges.length - 1]).to.be.at.least(extent[1]);
        for (const event of list) {
          const b = bins.edges.findIndex((edge, k) => k < bins.edges.length - 1 && event.when.lo >= edge && event.when.lo < bins.edges[k + 1]!);
          expect(b, `a bin for ${event.start}`).to.be.at.least(0);
        }
        // The unit is the finest that fits: at most maxBins bins, unless even the coarsest needs more.
        if (bins.unit !== 'year' || bins.step < 100_000) expect(bins.totals.length).to.be.at.most(maxBins + 2);
      }),
      { numRuns: 150 },
    );
  });

  it('binEvents follows a filtered list: it counts only the events it is given', () => {
    const list = events([{ start: '2018-01', title: 'a' }, { start: '2019-01', title: 'b' }, { start: '2020-01', title: 'c' }]);
    const all = binEvents(list, extentOf(list), 3, []);
    const some = binEvents(list.slice(1), extentOf(list), 3, []);
    expect(Array.from(all.totals)).to.deep.equal([1, 1, 1]);
    expect(Array.from(some.totals)).to.deep.equal([0, 1, 1]);
  });
});

describe('binEvents at the ends of time', () => {
  it('binEvents keeps every edge a date can hold, for events at the first and last years there are', () => {
    const list = events([{ start: '-271820', title: 'first' }, { start: '2018', title: 'now' }, { start: '+275759', title: 'last' }]);
    const bins = binEvents(list, extentOf(list), 300, []);
    expect(Array.from(bins.edges).every(Number.isFinite)).to.equal(true);
    for (const edge of bins.edges) expect(() => new Date(edge).toISOString()).to.not.throw();
    expect(sum(bins.totals)).to.equal(3);
  });
});

describe('busiestBin', () => {
  it('busiestBin(bins) is the first bin with the most events, -1 when all are empty', () => {
    const list = events([{ start: '2018-01', title: 'a' }, { start: '2019-01', title: 'b' }, { start: '2019-02', title: 'c' }, { start: '2020-01', title: 'd' }]);
    expect(busiestBin(binEvents(list, extentOf(list), 3, []))).to.equal(1);
    expect(busiestBin(binEvents([], [utc(2018), utc(2019)], 3, []))).to.equal(-1);
  });
});
