import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { axisTicks, PIXELS_PER_TICK, tickUnit, type Tick } from '../../../src/layout/ticks.js';
import { utc } from '../../../src/model/dates.js';

const at = (...parts: Parameters<typeof utc>) => new Date(utc(...parts));

/**
 * Ticks of the window `[from, to]` drawn `width` px wide, with a UTC scale of our own over the
 * same window: where each tick should be drawn is checked against it, not against axisTicks' scale.
 */
function ticksOver(from: number, to: number, width = 800): { ticks: Tick[]; scale: (t: number) => number } {
  const scale = scaleUtc().domain([from, to]).range([0, width]);
  return { ticks: axisTicks([from, to], width), scale: (t) => scale(t) };
}

const DAY = 86_400_000;

describe('tickUnit', () => {
  it("tickUnit(2018-01-01T00:00Z) is 'year'", () => {
    expect(tickUnit(at(2018))).to.equal('year');
  });

  it("tickUnit(2018-12-01T00:00Z) is 'month'", () => {
    expect(tickUnit(at(2018, 11, 1))).to.equal('month');
  });

  it("tickUnit(2018-12-13T00:00Z) is 'day'", () => {
    expect(tickUnit(at(2018, 11, 13))).to.equal('day');
  });

  it("tickUnit(2018-12-13T14:00Z) is 'hour'", () => {
    expect(tickUnit(at(2018, 11, 13, 14))).to.equal('hour');
  });

  it("tickUnit(2018-12-13T14:30Z) is 'minute'", () => {
    expect(tickUnit(at(2018, 11, 13, 14, 30))).to.equal('minute');
  });

  it("tickUnit(-0044-01-01) is 'year' and tickUnit(-0044-03-01) is 'month'", () => {
    expect(tickUnit(at(-44))).to.equal('year');
    expect(tickUnit(at(-44, 2, 1))).to.equal('month');
  });
});

// What the ticks say is view/axis.ts's work: see test/unit/view/axis.test.ts.
describe('axisTicks', () => {
  it('axisTicks([2012, mid-2018], 800) gives yearly ticks at scale(date), within the width budget', () => {
    const { ticks, scale } = ticksOver(utc(2012), utc(2018, 6));
    expect(ticks.length).to.be.at.most(800 / PIXELS_PER_TICK + 1);
    expect(ticks.every((t) => t.unit === 'year')).to.equal(true);
    for (const tick of ticks) expect(tick.x).to.equal(scale(tick.time));
    expect(ticks[0]!.x).to.equal(0);
    expect(ticks[1]!.time).to.equal(utc(2013));
  });

  it('axisTicks([2012, 2018], 1600) adds quarter-years, at least 48 px apart', () => {
    const { ticks } = ticksOver(utc(2012), utc(2018), 1600);
    // d3 treats the count as a hint and may give up to half again as many ticks as asked.
    expect(ticks.length).to.be.within(1600 / PIXELS_PER_TICK / 2, 1.5 * (1600 / PIXELS_PER_TICK) + 1);
    ticks.slice(1).forEach((tick, i) => expect(tick.x - ticks[i]!.x).to.be.at.least(PIXELS_PER_TICK / 2));
    expect(ticks.some((t) => t.unit === 'month')).to.equal(true);
  });

  it('axisTicks([Oct 2018, Jan 2019], 800) gives month or week ticks, never yearly or hourly', () => {
    const { ticks, scale } = ticksOver(utc(2018, 9, 1), utc(2019, 0, 1));
    expect(ticks.length).to.be.within(3, 14);
    expect(ticks.every((t) => t.unit === 'month' || t.unit === 'day')).to.equal(true);
    const gaps = ticks.slice(1).map((t, i) => (t.time - ticks[i]!.time) / DAY);
    expect(gaps.every((gap) => gap === 7 || (gap >= 28 && gap <= 31))).to.equal(true);
    for (const tick of ticks) expect(tick.x).to.equal(scale(tick.time));
  });

  it("axisTicks over two days gives hour ticks, with 'day' ticks at midnight", () => {
    const { ticks } = ticksOver(utc(2018, 11, 13), utc(2018, 11, 15));
    expect(ticks.map((t) => t.unit)).to.deep.equal(['day', 'hour', 'hour', 'hour', 'day', 'hour', 'hour', 'hour', 'day']);
    expect(ticks.map((t) => t.x)).to.deep.equal([0, 100, 200, 300, 400, 500, 600, 700, 800]);
  });

  it('axisTicks adapts years → months → days → hours as the span shrinks', () => {
    const finest = (from: number, to: number) => {
      const units = ticksOver(from, to).ticks.map((t) => t.unit);
      return (['hour', 'day', 'month', 'year'] as const).find((unit) => units.includes(unit));
    };
    expect(finest(utc(2000), utc(2018))).to.equal('year');
    expect(finest(utc(2018), utc(2019))).to.equal('month');
    expect(finest(utc(2018, 11, 1), utc(2018, 11, 9))).to.equal('day');
    expect(finest(utc(2018, 11, 13), utc(2018, 11, 13, 12))).to.equal('hour');
  });

  it('axisTicks on a narrow 150 px axis still gives at least the two ends', () => {
    const { ticks } = ticksOver(utc(2010), utc(2020), 150);
    expect(ticks.length).to.be.within(2, 4);
    expect(ticks.every((t) => t.unit === 'year')).to.equal(true);
  });
});
