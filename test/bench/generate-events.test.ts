import { expect } from '@open-wc/testing';
import { generateEvents, spanYears } from '../../bench/generate-events.js';
import { normalize } from '../../src/model/normalize.js';

describe('generateEvents', () => {
  it('generateEvents(n, seed) returns the same events for the same seed, other events for another', () => {
    const first = generateEvents(300, 7);
    expect(generateEvents(300, 7)).to.deep.equal(first);
    expect(generateEvents(300, 8)).not.to.deep.equal(first);
  });

  it('generateEvents(n) returns exactly n events with unique ids', () => {
    for (const n of [0, 1, 999, 2500]) {
      const events = generateEvents(n, 1);
      expect(events).to.have.length(n);
      expect(new Set(events.map((event) => event.id)).size).to.equal(n);
    }
  });

  it('generateEvents(n) events all normalize without a single problem', () => {
    const events = generateEvents(5000, 3);
    const data = normalize(events);
    expect(data.problems.filter((problem) => problem.severity !== 'warning')).to.deep.equal([]);
    expect(data.problems).to.deep.equal([]);
    expect(data.events).to.have.length(5000);
  });

  it('generateEvents(n) mixes precisions, ranges, all six categories and https sources', () => {
    const data = normalize(generateEvents(2000, 5));
    const precisions = new Set(data.events.map((event) => event.when.start.precision));
    expect([...precisions].sort()).to.deep.equal(['day', 'month', 'time', 'year']);
    const ranges = data.events.filter((event) => event.end).length;
    expect(ranges).to.be.within(100, 400);
    const categories = new Set(data.events.map((event) => event.category));
    expect([...categories].sort()).to.deep.equal(['legal', 'persecution', 'report', 'sanction', 'statement', 'threat']);
    expect(data.events.every((event) => event.sources.length === 1 && event.sources[0]!.href?.startsWith('https://'))).to.be
      .true;
  });

  it('generateEvents(1000) spans about ten years from 2000; ten times more spans longer and denser', () => {
    const yearsCovered = (n: number) => {
      const { events } = normalize(generateEvents(n, 1));
      const first = new Date(events[0]!.when.lo).getUTCFullYear();
      const last = new Date(Math.max(...events.map((event) => event.when.lo))).getUTCFullYear();
      return [first, last];
    };
    expect(yearsCovered(1000)).to.deep.equal([2000, 2009]);
    expect(yearsCovered(10_000)).to.deep.equal([2000, 2019]);
    expect(spanYears(100_000)).to.equal(30);
    expect(10_000 / spanYears(10_000)).to.be.greaterThan(1000 / spanYears(1000));
  });
});
