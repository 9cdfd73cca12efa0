import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { layoutMarks, MARK_DEFAULTS, markKind, type MarkLayout } from '../../src/layout/marks.js';
import { utc } from '../../src/model/dates.js';
import { normalize } from '../../src/model/normalize.js';

const HOUR = 3_600_000;
const measure = (text: string) => text.length * 7;

/** 2018 drawn over 730 px: two pixels a day. */
const scale = () => scaleUtc().domain([utc(2018), utc(2019)]).range([0, 730]);

function layout(items: Array<Record<string, unknown>>, width = 730, extra: Record<string, number> = {}) {
  const events = normalize(items.map((item, i) => ({ title: `e${i}`, ...item }))).events;
  return layoutMarks(events, scale(), { width, measure, ...extra });
}

const only = (items: Array<Record<string, unknown>>, width?: number): MarkLayout => layout(items, width).marks[0]!;

describe('markKind', () => {
  it("markKind is 'point' for day and time, 'band' for year and month, 'range' with an end", () => {
    const events = normalize([
      { id: 'd', start: '2018-12-13', title: 'x' },
      { id: 't', start: '2018-12-13T10:00Z', title: 'x' },
      { id: 'm', start: '2018-12', title: 'x' },
      { id: 'y', start: '2018', title: 'x' },
      { id: 'r', start: '2018-12-13', end: '2018-12-13', title: 'x' },
    ]).events;
    const kinds = Object.fromEntries(events.map((e) => [e.id, markKind(e)]));
    expect(kinds).to.deep.equal({ d: 'point', t: 'point', m: 'band', y: 'band', r: 'range' });
  });
});

describe('layoutMarks', () => {
  it('layoutMarks draws a day as a point centred at mid-day', () => {
    const mark = only([{ start: '2018-06-10' }]);
    const s = scale();
    expect(mark.kind).to.equal('point');
    expect(Math.abs(mark.markX0 + MARK_DEFAULTS.pointSize / 2 - s(utc(2018, 5, 10) + 12 * HOUR))).to.be.below(1e-6);
    expect(mark.markX1 - mark.markX0).to.equal(MARK_DEFAULTS.pointSize);
  });

  it('layoutMarks draws a date-time as a point centred on its instant', () => {
    const mark = only([{ start: '2018-06-10T03:00+03:00' }]);
    expect(Math.abs(mark.markX0 + 6 - scale()(utc(2018, 5, 10)))).to.be.below(1e-6);
  });

  it('layoutMarks draws a month as a band from its first day to the next month', () => {
    const mark = only([{ start: '2018-06' }]);
    const s = scale();
    expect(mark.kind).to.equal('band');
    expect(mark.markX0).to.be.closeTo(s(utc(2018, 5, 1)), 1e-6);
    expect(mark.markX1).to.be.closeTo(s(utc(2018, 6, 1)), 1e-6);
    expect(mark.markX1 - mark.markX0).to.be.closeTo(60, 1e-6);
  });

  it('layoutMarks draws a range as a bar from lo to hi', () => {
    const mark = only([{ start: '2018-03-01', end: '2018-04-30' }]);
    const s = scale();
    expect(mark.kind).to.equal('range');
    expect(mark.markX0).to.be.closeTo(s(utc(2018, 2, 1)), 1e-6);
    expect(mark.markX1).to.be.closeTo(s(utc(2018, 4, 1)), 1e-6);
  });

  it('layoutMarks widens a narrow bar to a point, keeping its centre', () => {
    const mark = only([{ start: '2018-03-01', end: '2018-03-02' }]);
    const s = scale();
    const centre = (s(utc(2018, 2, 1)) + s(utc(2018, 2, 3))) / 2;
    expect(mark.markX1 - mark.markX0).to.be.closeTo(MARK_DEFAULTS.pointSize, 1e-9);
    expect((mark.markX0 + mark.markX1) / 2).to.be.closeTo(centre, 1e-9);
  });

  it('layoutMarks widens a narrow band to at least pointSize', () => {
    const events = normalize([{ start: '2018-06', title: 'x' }]).events;
    const wide = scaleUtc().domain([utc(2000), utc(2020)]).range([0, 730]);
    const mark = layoutMarks(events, wide, { width: 730, measure }).marks[0]!;
    expect(mark.markX1 - mark.markX0).to.be.closeTo(MARK_DEFAULTS.pointSize, 1e-9);
  });

  it('layoutMarks honours a custom pointSize', () => {
    const mark = layout([{ start: '2018-06-10' }], 730, { pointSize: 20 }).marks[0]!;
    expect(mark.markX1 - mark.markX0).to.equal(20);
  });

  it('layoutMarks puts the label at the mark and measures it', () => {
    const mark = only([{ start: '2018-06', title: 'OSCE report' }]);
    expect(mark.labelX).to.equal(mark.markX0);
    expect(mark.labelWidth).to.equal(77);
    expect(mark.x0).to.equal(mark.markX0);
    expect(mark.x1).to.equal(mark.labelX + 77);
  });

  it('layoutMarks caps a long label at maxLabelWidth', () => {
    expect(only([{ start: '2018-06', title: 'x'.repeat(100) }]).labelWidth).to.equal(MARK_DEFAULTS.maxLabelWidth);
    expect(layout([{ start: '2018-06', title: 'x'.repeat(100) }], 730, { maxLabelWidth: 50 }).marks[0]!.labelWidth).to.equal(50);
  });

  it('layoutMarks moves a label left at the right edge so it ends at the width', () => {
    const mark = only([{ start: '2018-12-31', title: 'Year end' }]);
    expect(mark.labelX + mark.labelWidth).to.equal(730);
    expect(mark.labelX).to.be.below(mark.markX0);
    expect(mark.x0).to.equal(mark.labelX);
  });

  it('layoutMarks keeps the label of an event left of the window at x = 0', () => {
    const mark = only([{ start: '2017-06-01', end: '2018-02-01', title: 'Earlier' }]);
    expect(mark.markX0).to.be.below(0);
    expect(mark.labelX).to.equal(0);
  });

  it('layoutMarks keeps a label inside a plot narrower than maxLabelWidth', () => {
    const mark = only([{ start: '2018-06', title: 'x'.repeat(40) }], 100);
    expect(mark.labelX).to.equal(0);
    expect(mark.labelWidth).to.equal(100);
  });

  it('layoutMarks puts overlapping items in separate lanes and counts them', () => {
    const { marks, laneCount } = layout([
      { id: 'a', start: '2018-06-10', title: 'aaaaaaaaaa' },
      { id: 'b', start: '2018-06-12', title: 'b' },
      { id: 'c', start: '2018-11-01', title: 'c' },
    ]);
    expect(marks.map((m) => [m.event.id, m.lane])).to.deep.equal([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(laneCount).to.equal(2);
  });

  it('layoutMarks([]) has no marks and no lanes', () => {
    expect(layoutMarks([], scale(), { width: 730, measure })).to.deep.equal({ marks: [], laneCount: 0 });
  });

  it('layoutMarks keeps every item apart in its lane, one mark per event (property)', () => {
    const day = fc.integer({ min: 0, max: 364 });
    const precision = fc.constantFrom('year', 'month', 'day', 'time', 'range');
    const eventArb = fc.record({ precision, day, length: fc.integer({ min: 0, max: 120 }), title: fc.string({ maxLength: 40 }) });
    const iso = (ms: number) => new Date(ms).toISOString();
    const toInput = ({ precision, day, length, title }: { precision: string; day: number; length: number; title: string }, i: number) => {
      const start = utc(2018, 0, 1 + day);
      const text = { year: '2018', month: iso(start).slice(0, 7), day: iso(start).slice(0, 10), time: iso(start + 37 * 60_000), range: iso(start).slice(0, 10) }[precision]!;
      const end = precision === 'range' ? { end: iso(start + length * 86_400_000).slice(0, 10) } : {};
      return { id: `e${i}`, start: text, ...end, title: `t${title}` };
    };
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.integer({ min: 200, max: 1200 }), (specs, width) => {
        const events = normalize(specs.map(toInput)).events;
        expect(events).to.have.length(specs.length);
        const s = scaleUtc().domain([utc(2018), utc(2019)]).range([0, width]);
        const { marks, laneCount } = layoutMarks(events, s, { width, measure });
        expect(marks.map((m) => m.event.id).sort()).to.deep.equal(events.map((e) => e.id).sort());
        for (const a of marks) {
          expect(a.labelX).to.be.at.least(0);
          expect(a.labelX + a.labelWidth).to.be.at.most(width);
          expect(a.lane).to.be.below(laneCount);
          for (const b of marks) {
            if (a === b || a.lane !== b.lane) continue;
            const apart = a.x1 + MARK_DEFAULTS.gap <= b.x0 || b.x1 + MARK_DEFAULTS.gap <= a.x0;
            expect(apart, `${a.event.id} and ${b.event.id} overlap in lane ${a.lane}`).to.equal(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
