import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { eventsOverlapping, firstStartingAt, indexByTime, LONG_SPAN } from '../../../src/layout/time-index.js';
import { utc } from '../../../src/model/dates.js';
import type { NormalizedEvent } from '../../../src/model/types.js';

const DAY = 86_400_000;

/** Just enough of an event for the index: its bounds, sorted by start as `normalize` returns them. */
function events(bounds: Array<[number, number]>): NormalizedEvent[] {
  return [...bounds]
    .sort((a, b) => a[0] - b[0])
    .map(([lo, hi], i) => ({ id: `e${i}`, when: { lo, hi, start: { precision: 'day' }, end: hi > lo + DAY ? {} : undefined } }) as unknown as NormalizedEvent);
}

describe('time-index', () => {
  it('firstStartingAt finds the first event starting at or after a time', () => {
    const index = indexByTime(events([[10, 11], [20, 21], [20, 22], [30, 31]]));
    expect([5, 10, 15, 20, 25, 31].map((t) => firstStartingAt(index, t))).to.deep.equal([0, 0, 1, 1, 3, 4]);
  });

  it('eventsOverlapping finds short events by their bounds, in order', () => {
    const index = indexByTime(events([[utc(2018, 0, 1), utc(2018, 0, 2)], [utc(2018, 5, 1), utc(2018, 6, 1)], [utc(2019, 0, 1), utc(2019, 0, 2)]]));
    expect(eventsOverlapping(index, utc(2018, 5, 20), utc(2018, 11, 1))).to.deep.equal([1]);
    expect(eventsOverlapping(index, utc(2017), utc(2020))).to.deep.equal([0, 1, 2]);
    expect(eventsOverlapping(index, utc(2020), utc(2021))).to.deep.equal([]);
  });

  it('eventsOverlapping finds a range of years that started long before the window', () => {
    const index = indexByTime(events([[utc(2000), utc(2030)], [utc(2018, 3, 1), utc(2018, 3, 2)]]));
    expect(index.long).to.deep.equal(Int32Array.from([0]));
    expect(eventsOverlapping(index, utc(2018, 2, 1), utc(2018, 4, 1))).to.deep.equal([0, 1]);
  });

  it('eventsOverlapping equals a linear filter, whatever the spans (property)', () => {
    const span = fc.oneof(fc.integer({ min: 0, max: 3 * DAY }), fc.integer({ min: 0, max: 3 * LONG_SPAN }));
    const bound = fc.tuple(fc.integer({ min: 0, max: 5000 * DAY }), span).map(([lo, length]): [number, number] => [lo, lo + length]);
    fc.assert(
      fc.property(fc.array(bound, { maxLength: 60 }), fc.integer({ min: -500 * DAY, max: 5500 * DAY }), fc.integer({ min: 0, max: 2000 * DAY }), (bounds, from, length) => {
        const list = events(bounds);
        const to = from + length;
        const expected = list.flatMap((event, i) => (event.when.hi >= from && event.when.lo <= to ? [i] : []));
        expect(eventsOverlapping(indexByTime(list), from, to)).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });
});
