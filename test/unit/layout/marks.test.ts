import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import { labelWidths } from '../../../src/layout/label-widths.js';
import { zoomLevel } from '../../../src/layout/levels.js';
import { markKind } from '../../../src/layout/mark-kind.js';
import { layoutMarks, type MarkLayout } from '../../../src/layout/marks.js';
import { MARK_DEFAULTS, type MarkSizes } from '../../../src/layout/extents.js';
import { placeEvents } from '../../../src/layout/placement.js';
import { PlotLayouts } from '../../../src/layout/plot.js';
import { indexByTime } from '../../../src/layout/time-index.js';
import type { TimeWindow } from '../../../src/layout/window.js';
import { utc } from '../../../src/model/dates.js';
import { normalize } from '../../../src/model/normalize.js';
import type { NormalizedEvent } from '../../../src/model/types.js';

const HOUR = 3_600_000;
const YEAR_2018: TimeWindow = [utc(2018), utc(2019)];

/** 2018 drawn over 730 px: two pixels a day. */
const scale = () => scaleUtc().domain(YEAR_2018).range([0, 730]);

/** Seven pixels a letter: label widths the tests can reason about. */
const measure = (text: string) => text.length * 7;

/** Events from `items`, each titled `e<i>` unless it has a title. */
const eventsOf = (items: Array<Record<string, unknown>>): NormalizedEvent[] =>
  normalize(items.map((item, i) => ({ title: `e${i}`, ...item }))).events;

/** The plot's layout of `items` in `window` drawn `width` px wide, with labels flipped before `end`. */
function layout(items: Array<Record<string, unknown>>, width = 730, window = YEAR_2018, end = utc(2030)) {
  const events = eventsOf(items);
  return new PlotLayouts().layout({ events, labelWidths: labelWidths(events.map((e) => e.title), measure), end, window, width });
}

/**
 * The plot's steps with other sizes than the defaults, which PlotLayouts does not take: placed
 * at the zoom level of 2018 drawn 730 px wide, then laid out in that window.
 */
function layoutWithSizes(items: Array<Record<string, unknown>>, sizes: Partial<MarkSizes>): MarkLayout[] {
  const events = eventsOf(items);
  const widths = labelWidths(events.map((e) => e.title), measure);
  const index = indexByTime(events);
  const placement = placeEvents(index, zoomLevel(730 / (YEAR_2018[1] - YEAR_2018[0])), { ...sizes, labelWidths: widths, end: utc(2030) });
  return layoutMarks(index, placement, YEAR_2018, { ...sizes, width: 730, labelWidths: widths }).marks;
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
    expect(mark.kind).to.equal('point');
    expect(mark.markX0 + MARK_DEFAULTS.pointSize / 2).to.be.closeTo(scale()(utc(2018, 5, 10) + 12 * HOUR), 1e-6);
    expect(mark.markX1 - mark.markX0).to.be.closeTo(MARK_DEFAULTS.pointSize, 1e-9);
  });

  it('layoutMarks draws a date-time as a point centred on its instant', () => {
    const mark = only([{ start: '2018-06-10T03:00+03:00' }]);
    expect(mark.markX0 + 6).to.be.closeTo(scale()(utc(2018, 5, 10)), 1e-6);
  });

  it('layoutMarks draws a month as a band from its first day to the next month', () => {
    const mark = only([{ start: '2018-06' }]);
    expect(mark.kind).to.equal('band');
    expect(mark.markX0).to.be.closeTo(scale()(utc(2018, 5, 1)), 1e-6);
    expect(mark.markX1).to.be.closeTo(scale()(utc(2018, 6, 1)), 1e-6);
    expect(mark.markX1 - mark.markX0).to.be.closeTo(60, 1e-6);
  });

  it('layoutMarks draws a range as a bar from lo to hi', () => {
    const mark = only([{ start: '2018-03-01', end: '2018-04-30' }]);
    expect(mark.kind).to.equal('range');
    expect(mark.markX0).to.be.closeTo(scale()(utc(2018, 2, 1)), 1e-6);
    expect(mark.markX1).to.be.closeTo(scale()(utc(2018, 4, 1)), 1e-6);
  });

  it('layoutMarks widens a narrow bar to a point, keeping its centre', () => {
    const mark = only([{ start: '2018-03-01', end: '2018-03-02' }]);
    const centre = (scale()(utc(2018, 2, 1)) + scale()(utc(2018, 2, 3))) / 2;
    expect(mark.markX1 - mark.markX0).to.be.closeTo(MARK_DEFAULTS.pointSize, 1e-9);
    expect((mark.markX0 + mark.markX1) / 2).to.be.closeTo(centre, 1e-9);
  });

  it('layoutMarks widens a narrow band to at least pointSize', () => {
    const mark = layout([{ start: '2018-06' }], 730, [utc(2000), utc(2020)]).marks[0]!;
    expect(mark.markX1 - mark.markX0).to.be.closeTo(MARK_DEFAULTS.pointSize, 1e-9);
  });

  it('layoutMarks honours a custom pointSize', () => {
    const mark = layoutWithSizes([{ start: '2018-06-10' }], { pointSize: 20 })[0]!;
    expect(mark.markX1 - mark.markX0).to.be.closeTo(20, 1e-9);
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
    expect(layoutWithSizes([{ start: '2018-06', title: 'x'.repeat(100) }], { maxLabelWidth: 50 })[0]!.labelWidth).to.equal(50);
  });

  it('layoutMarks puts a label left of its mark where it would run past the end of the data', () => {
    const [mark] = layout([{ start: '2018-12-20', title: 'Year end' }], 730, YEAR_2018, utc(2019)).marks;
    expect(mark!.labelX + mark!.labelWidth).to.be.closeTo(mark!.markX1, 1e-9);
    expect(mark!.x0).to.equal(mark!.labelX);
  });

  it('layoutMarks slides the label of a bar that starts left of the window to x = 0', () => {
    const mark = only([{ start: '2017-06-01', end: '2018-06-01', title: 'Earlier' }]);
    expect(mark.markX0).to.be.below(0);
    expect(mark.labelX).to.equal(0);
  });

  it('layoutMarks slides a label no further than its own bar', () => {
    const mark = only([{ start: '2017-06-01', end: '2018-01-10', title: 'x'.repeat(20) }]);
    expect(mark.labelX + mark.labelWidth).to.be.closeTo(mark.x1, 1e-9);
  });

  it('layoutMarks puts overlapping items in separate rows and counts them', () => {
    const { marks, placement } = layout([
      { id: 'a', start: '2018-06-10', title: 'aaaaaaaaaa' },
      { id: 'b', start: '2018-06-12', title: 'b' },
      { id: 'c', start: '2018-11-01', title: 'c' },
    ]);
    expect(marks.map((m) => [m.event.id, m.row])).to.deep.equal([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(placement.rowCount).to.equal(2);
  });

  it('layoutMarks leaves out events whose item is wholly outside the window', () => {
    const { marks } = layout([
      { id: 'before', start: '2017-01-01', title: 'x' },
      { id: 'in', start: '2018-05-01', title: 'x' },
      { id: 'after', start: '2019-02-01', title: 'x' },
    ]);
    expect(marks.map((m) => m.event.id)).to.deep.equal(['in']);
  });

  it('layoutMarks keeps an event left of the window whose label still reaches into it', () => {
    const { marks } = layout([{ id: 'near', start: '2017-12-25', title: 'x'.repeat(20) }]);
    expect(marks.map((m) => m.event.id)).to.deep.equal(['near']);
    expect(marks[0]!.markX0).to.be.below(0);
  });

  it('layoutMarks([]) draws nothing', () => {
    const { marks, clusters, placement } = layout([]);
    expect({ marks, clusters, rows: placement.rowCount }).to.deep.equal({ marks: [], clusters: [], rows: 0 });
  });
});
