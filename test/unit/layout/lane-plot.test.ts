import { expect } from '@open-wc/testing';
import { density, laneHeight, rowsPerLane } from '../../../src/layout/lane-plot.js';
import { DENSITY_HEIGHT, LANE_HEADER_HEIGHT } from '../../../src/layout/sizes.js';
import { indexByTime } from '../../../src/layout/time-index.js';
import { normalize } from '../../../src/model/normalize.js';
import type { TimelineEvent } from '../../../src/model/types.js';
import { sceneOf } from '../../helpers/scene.js';

/** `lanes` lanes of `perLane` events each, a day apart, interleaved in time. */
function manyLanes(lanes: number, perLane: number): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (let i = 0; i < lanes * perLane; i++) {
    const day = new Date(Date.UTC(2000, 0, 1 + Math.floor(i / lanes))).toISOString().slice(0, 10);
    events.push({ id: `e${i}`, start: day, title: `Event ${i}`, group: `Lane ${String(i % lanes).padStart(4, '0')}` });
  }
  return events;
}

describe('lane plot', () => {
  it('draws only the lanes in the viewport: 1,000 lanes, a 600 px viewport, a dozen lanes or fewer drawn', () => {
    const scene = sceneOf(manyLanes(1000, 5));
    const plot = scene.lanePlot!;
    expect(plot.lanes).to.have.length(1000);
    expect(plot.offsets).to.have.length(1001);
    expect(plot.inView.length).to.be.within(1, 12);
    expect(plot.inView[0]!.position).to.equal(0);
    const lastInView = plot.inView[plot.inView.length - 1]!;
    expect(lastInView.top).to.be.below(600 + 120);
  });

  it('each drawn event sits in its own lane\'s rows; clusters are named after their lane', () => {
    const scene = sceneOf(manyLanes(4, 300));
    for (const lane of scene.lanePlot!.inView) {
      expect(lane.marks!.every((mark) => mark.event.group === lane.lane.key)).to.equal(true);
      expect(lane.marks!.every((mark) => mark.row >= 0 && mark.row < rowsPerLane(4, 1200))).to.equal(true);
      expect(lane.clusters!.every(({ cluster }) => cluster.id.startsWith(`cluster:${lane.position}:`))).to.equal(true);
      const counted = lane.clusters!.reduce((n, { cluster }) => n + cluster.count, 0) + lane.marks!.length;
      expect(counted).to.be.at.most(lane.shown.length);
    }
  });

  it('scrolled down, the lanes in view start where the viewport does', () => {
    const at = sceneOf(manyLanes(1000, 5)).lanePlot!;
    const top = at.offsets[500]!;
    const scrolled = sceneOf(manyLanes(1000, 5), { view: { laneTop: top } }).lanePlot!;
    expect(scrolled.inView[0]!.position).to.be.within(495, 500);
    expect(scrolled.inView.some((lane) => lane.position === 500)).to.equal(true);
    expect(scrolled.offsets[1000]).to.equal(at.offsets[1000]);
  });

  it('a collapsed lane is its header and a density strip, without marks; the others keep theirs', () => {
    const scene = sceneOf(manyLanes(3, 20), { view: { collapsed: new Set(['Lane 0001']) } });
    const [open, collapsed] = scene.lanePlot!.inView;
    expect(collapsed!.collapsed).to.equal(true);
    expect(collapsed!.marks).to.equal(undefined);
    expect(collapsed!.height).to.equal(LANE_HEADER_HEIGHT + DENSITY_HEIGHT);
    expect([...collapsed!.density!].reduce((a, b) => a + b, 0)).to.equal(20);
    expect(open!.marks!.length).to.be.above(0);
  });

  it('a lane the filters empty keeps its header, folded, with a count of 0', () => {
    const events = manyLanes(3, 4).map((event) => ({ ...event, category: event.group === 'Lane 0002' ? 'hidden' : 'kept' }));
    const scene = sceneOf(events, { view: { filter: { hiddenCategories: new Set(['hidden']), query: '' } } });
    const empty = scene.lanePlot!.inView.find((lane) => lane.lane.key === 'Lane 0002')!;
    expect([empty.count, empty.height, empty.marks, empty.density]).to.deep.equal([0, LANE_HEADER_HEIGHT, undefined, undefined]);
    expect(scene.laneCounts).to.deep.equal([4, 4, 0]);
  });

  it('laneHeight(collapsed, count, coarsest) is the rows used with every event in view, and their clusters\' row', () => {
    expect(laneHeight(false, 0, undefined)).to.equal(LANE_HEADER_HEIGHT);
    expect(laneHeight(true, 5, undefined)).to.equal(LANE_HEADER_HEIGHT + DENSITY_HEIGHT);
    expect(laneHeight(false, 2, { rowCount: 1, clusters: [] } as never)).to.equal(LANE_HEADER_HEIGHT + 40 + 4);
    expect(laneHeight(false, 5, { rowCount: 3, clusters: [{}] } as never)).to.equal(LANE_HEADER_HEIGHT + 4 * 40 + 4);
  });

  it('zooming in keeps every lane where it was: heights do not follow the zoom', () => {
    const before = sceneOf(manyLanes(20, 30)).lanePlot!;
    const window = [before.ticks[0]!.time, before.ticks[2]!.time] as const;
    const after = sceneOf(manyLanes(20, 30), { view: { window } }).lanePlot!;
    expect(after.level).to.be.above(before.level);
    expect([...after.offsets]).to.deep.equal([...before.offsets]);
  });

  it('density(index, window, width) counts each event once in the slice it starts in, a long one over every slice it covers', () => {
    const { events } = normalize([
      { start: '2000-01-01', title: 'a' },
      { start: '2000-01-01', title: 'b' },
      { start: '2000-07-01', title: 'c' },
      { start: '2000-01-01', end: '2003-12-31', title: 'long' },
    ]);
    const counts = density(indexByTime(events), [Date.UTC(2000, 0, 1), Date.UTC(2004, 0, 1)], 16);
    expect([...counts]).to.deep.equal([4, 1, 1, 1]);
  });

  it('one band (no lanes) when every event has the same group', () => {
    const scene = sceneOf([
      { start: '2018', title: 'x', group: 'UN' },
      { start: '2019', title: 'y', group: 'UN' },
    ]);
    expect([scene.lanes.length, !!scene.plot, scene.lanePlot]).to.deep.equal([0, true, undefined]);
  });
});
