import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { labelWidths } from '../../../src/layout/label-widths.js';
import { zoomLevel } from '../../../src/layout/levels.js';
import { layoutMarks } from '../../../src/layout/marks.js';
import { MARK_DEFAULTS } from '../../../src/layout/extents.js';
import { clusterMembers, rowAt, LevelPlacements, placeEvents, type Placement } from '../../../src/layout/placement.js';
import { PlotLayouts } from '../../../src/layout/plot.js';
import { indexByTime } from '../../../src/layout/time-index.js';
import type { TimeWindow } from '../../../src/layout/window.js';
import { utc } from '../../../src/model/dates.js';
import { normalize } from '../../../src/model/normalize.js';
import type { NormalizedEvent } from '../../../src/model/types.js';

const DAY = 86_400_000;
const { gap } = MARK_DEFAULTS;

/** Seven pixels a letter: label widths the tests can reason about. */
const measure = (text: string) => text.length * 7;

/** The widths of the events' titles, as the element measures them (with `measure`). */
const titleWidths = (events: readonly NormalizedEvent[]) => labelWidths(events.map((event) => event.title), measure);

/**
 * The plot's layout of `events` in `window` drawn `width` px wide, labels flipped before `end`:
 * a fresh PlotLayouts each time, so every call places the events anew rather than reusing a placement.
 */
function plot(events: readonly NormalizedEvent[], window: TimeWindow, width: number, end: number) {
  return new PlotLayouts().layout({ events, labelWidths: titleWidths(events), end, window, width });
}

/** Each event's row at the placement's level (-1: in a cluster). */
const lanesOf = (placement: Placement): number[] => Array.from(placement.rows, (_, i) => rowAt(placement, i));

/** `n` one-day events on one day: they all collide. */
function sameDay(n: number): NormalizedEvent[] {
  return normalize(Array.from({ length: n }, (_, i) => ({ id: `e${i}`, start: '2018-08-22', title: `Event ${i}` }))).events;
}

/** `n` events an hour apart on one day: one row holds them all once an hour is wider than a label. */
function hourly(n: number): NormalizedEvent[] {
  return normalize(Array.from({ length: n }, (_, i) => ({ id: `h${i}`, start: `2018-08-22T${String(i).padStart(2, '0')}:00Z`, title: `Hour ${i}` }))).events;
}

/** Random events in 2015–2020 at every precision, with titles of random length. */
const eventsArb = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 6 * 365 }),
      precision: fc.constantFrom('year', 'month', 'day', 'time', 'range'),
      length: fc.integer({ min: 0, max: 900 }),
      title: fc.integer({ min: 1, max: 40 }),
    }),
    { maxLength: 120 },
  )
  .map((specs) =>
    normalize(
      specs.map(({ day, precision, length, title }, i) => {
        const start = utc(2015, 0, 1 + day);
        const iso = new Date(start).toISOString();
        const text = { year: iso.slice(0, 4), month: iso.slice(0, 7), day: iso.slice(0, 10), time: iso, range: iso.slice(0, 10) }[precision]!;
        const end = precision === 'range' ? { end: new Date(start + length * DAY).toISOString().slice(0, 10) } : {};
        return { id: `e${i}`, start: text, ...end, title: 'x'.repeat(title) };
      }),
    ).events,
  );

/** A window somewhere over 2014–2021, from an hour to ten years wide. */
const windowArb = fc
  .tuple(fc.integer({ min: utc(2014), max: utc(2021) }), fc.integer({ min: 3_600_000, max: 3650 * DAY }))
  .map(([from, span]): TimeWindow => [from, from + span]);

describe('placeEvents', () => {
  it('placeEvents fills at most maxRows rows and counts the rest in one cluster per cell', () => {
    const events = sameDay(20);
    const index = indexByTime(events);
    const placement = placeEvents(index, -96, { labelWidths: events.map(() => 60), end: utc(2030) });
    expect(placement.rowCount).to.equal(MARK_DEFAULTS.maxRows);
    expect(lanesOf(placement).filter((row) => row === -1)).to.have.length(12);
    const clusters = placement.clusters;
    expect(clusters).to.have.length(1);
    expect(clusterMembers(placement, clusters[0]!)).to.deep.equal([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(clusters[0]!.count).to.equal(12);
    expect(clusters[0]!.lo).to.equal(utc(2018, 7, 22));
    expect(clusters[0]!.hi).to.equal(utc(2018, 7, 23));
  });

  it('placeEvents names a cluster after its first event, not its level, so the id is stable', () => {
    const events = sameDay(12);
    const index = indexByTime(events);
    const place = (level: number) => placeEvents(index, level, { labelWidths: events.map(() => 60), end: utc(2030), maxRows: 2 }).clusters;
    const [cluster] = place(-96);
    expect(cluster!.id).to.equal(`cluster:${cluster!.first}`);
    expect(place(-96)[0]!.id).to.equal(cluster!.id);
    expect(place(-95)[0]!.id).to.equal(cluster!.id);
  });

  it('placeEvents needs no cluster when the events fit in their rows', () => {
    const events = sameDay(3);
    const index = indexByTime(events);
    const placement = placeEvents(index, -96, { labelWidths: events.map(() => 60), end: utc(2030) });
    expect(placement.clusters).to.deep.equal([]);
    expect(lanesOf(placement)).to.deep.equal([0, 1, 2]);
  });
});

describe('LevelPlacements', () => {
  /** Levels from the whole of 2015–2020 on 400 px down to about a day on 1,600 px. */
  const LEVELS = Array.from({ length: 60 }, (_, i) => zoomLevel(400 / (6 * 365 * DAY)) + i);

  it('at(level) keeps every placed event in its row, on the same side, at every finer level (property)', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 1, max: 8 }), (events, maxRows) => {
        const placements = new LevelPlacements(indexByTime(events), { labelWidths: titleWidths(events), end: utc(2021), maxRows });
        let before = placements.at(LEVELS[0]!);
        for (const level of LEVELS.slice(1)) {
          const after = placements.at(level);
          events.forEach((event, i) => {
            if (rowAt(before, i) === -1) return;
            expect(rowAt(after, i), `${event.id} at level ${level}`).to.equal(rowAt(before, i));
            expect(after.flipped[i], `${event.id}'s label side at level ${level}`).to.equal(before.flipped[i]);
          });
          expect(after.rowCount).to.be.at.least(before.rowCount);
          before = after;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('at(level) never lets two items of a row overlap, at any level of the chain (property)', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: 0, max: 59 }), fc.integer({ min: 320, max: 1600 }), (events, step, width) => {
        const widths = titleWidths(events);
        const placements = new LevelPlacements(indexByTime(events), { labelWidths: widths, end: utc(2021), maxRows: 3 });
        placements.at(LEVELS[0]!);
        const placement = placements.at(LEVELS[step]!);
        // The whole of the data, drawn at this level's scale (the lower bound of its scales).
        const span = width / 2 ** (LEVELS[step]! / 4);
        const window: TimeWindow = [utc(2014), utc(2014) + span];
        const { marks } = layoutMarks(indexByTime(events), placement, window, { maxRows: 3, width, labelWidths: widths });
        for (const a of marks) {
          for (const b of marks) {
            if (a === b || a.row !== b.row) continue;
            const apart = a.x1 + gap <= b.x0 + 1e-6 || b.x1 + gap <= a.x0 + 1e-6;
            expect(apart, `${a.event.id} and ${b.event.id} overlap in row ${a.row} at level ${LEVELS[step]}`).to.equal(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('at(level) labels at a finer level every event it labelled at a coarser one, and more', () => {
    const events = hourly(24);
    const placements = new LevelPlacements(indexByTime(events), { labelWidths: events.map(() => 60), end: utc(2030) });
    const labelled = (level: number) => lanesOf(placements.at(level)).filter((row) => row !== -1).length;
    expect(labelled(-96)).to.equal(8);
    expect(labelled(-60)).to.be.above(8);
    expect(labelled(-60)).to.equal(24);
  });

  it('at(level) for a level coarser than any before starts the chain again from it', () => {
    const events = hourly(24);
    const placements = new LevelPlacements(indexByTime(events), { labelWidths: events.map(() => 60), end: utc(2030) });
    const fine = lanesOf(placements.at(-60));
    const coarse = lanesOf(placements.at(-96));
    expect(coarse.filter((row) => row !== -1)).to.have.length(8);
    // From -96 on, -60 is reached by adding to what -96 placed: the first eight keep their rows.
    const again = lanesOf(placements.at(-60));
    coarse.forEach((row, i) => row !== -1 && expect(again[i]).to.equal(row));
    expect(again.filter((row) => row !== -1).length).to.be.at.least(fine.filter((row) => row !== -1).length - 8);
  });
});

describe('layout in a window (properties)', () => {
  it('no two drawn labels or marks overlap, whatever the events, window and width (property)', () => {
    fc.assert(
      fc.property(eventsArb, windowArb, fc.integer({ min: 320, max: 1600 }), (events, window, width) => {
        const { marks, clusters } = plot(events, window, width, utc(2022));
        for (const a of marks) {
          expect(a.labelX).to.be.at.least(a.x0 - 1e-6);
          expect(a.labelX + a.labelWidth).to.be.at.most(a.x1 + 1e-6);
          expect(a.markX0).to.be.at.least(a.x0 - 1e-6);
          expect(a.markX1).to.be.at.most(a.x1 + 1e-6);
          for (const b of marks) {
            if (a === b || a.row !== b.row) continue;
            const apart = a.x1 + gap <= b.x0 + 1e-6 || b.x1 + gap <= a.x0 + 1e-6;
            expect(apart, `${a.event.id} and ${b.event.id} overlap in row ${a.row}`).to.equal(true);
          }
        }
        clusters.forEach((cluster, i) => {
          expect(cluster.x1 - cluster.x0).to.be.at.least(MARK_DEFAULTS.clusterWidth - 1e-6);
          if (i > 0) expect(clusters[i - 1]!.x1).to.be.at.most(cluster.x0 + 1e-6);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('every event whose mark is in the window is drawn or counted in a drawn cluster (property)', () => {
    fc.assert(
      fc.property(eventsArb, windowArb, fc.integer({ min: 320, max: 1600 }), (events, window, width) => {
        // Three rows (PlotLayouts gives up to 16 to so few events) so that many events are clustered.
        const index = indexByTime(events);
        const widths = titleWidths(events);
        const placement = placeEvents(index, zoomLevel(width / (window[1] - window[0])), { maxRows: 3, labelWidths: widths, end: utc(2022) });
        const { marks, clusters } = layoutMarks(index, placement, window, { maxRows: 3, width, labelWidths: widths });
        const drawn = new Set(marks.map((mark) => mark.event.id));
        const clustered = new Set(clusters.flatMap(({ cluster }) => clusterMembers(placement, cluster).map((i) => events[i]!.id)));
        events.forEach((event, i) => {
          const centre = (event.when.lo + event.when.hi) / 2;
          if (centre < window[0] || centre > window[1]) return;
          const where = rowAt(placement, i) === -1 ? clustered : drawn;
          expect(where.has(event.id), `${event.id} is neither drawn nor in a drawn cluster`).to.equal(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('panning keeps every event in its row and moves all marks alike (property)', () => {
    fc.assert(
      fc.property(eventsArb, windowArb, fc.double({ min: -0.5, max: 0.5, noNaN: true }), (events, window, shift) => {
        const width = 1000;
        const span = window[1] - window[0];
        const panned: TimeWindow = [window[0] + shift * span, window[1] + shift * span];
        const before = plot(events, window, width, utc(2022));
        const after = new Map(plot(events, panned, width, utc(2022)).marks.map((mark) => [mark.event.id, mark]));
        for (const mark of before.marks) {
          const moved = after.get(mark.event.id);
          if (!moved) continue;
          expect(moved.row).to.equal(mark.row);
          expect(moved.markX0 - mark.markX0).to.be.closeTo(-shift * width, 1e-6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('draws at most a few hundred items for 100,000 events at any zoom', () => {
    const input = Array.from({ length: 100_000 }, (_, i) => ({ id: `e${i}`, start: new Date(utc(2010) + ((i * 7919) % 100_000) * 3_153_600).toISOString().slice(0, 10), title: `Designation ${i}` }));
    const events = normalize(input).events;
    for (const span of [3650 * DAY, 365 * DAY, 30 * DAY, DAY]) {
      const window: TimeWindow = [utc(2015), utc(2015) + span];
      const { marks, clusters } = plot(events, window, 1200, utc(2021));
      expect(marks.length + clusters.length, `items drawn over ${span / DAY} days`).to.be.at.most(400);
      // Nothing in the window is lost: each of its events is a mark or counted in a drawn cluster.
      const inWindow = events.filter((event) => event.when.lo >= window[0] && event.when.hi <= window[1]).length;
      const counted = marks.length + clusters.reduce((sum, { cluster }) => sum + cluster.count, 0);
      expect(inWindow, `events over ${span / DAY} days`).to.be.above(0);
      expect(counted, `items drawn over ${span / DAY} days`).to.be.at.least(inWindow);
    }
  });
});
