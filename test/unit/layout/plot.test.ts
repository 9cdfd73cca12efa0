import { expect } from '@open-wc/testing';
import { labelWidths } from '../../../src/layout/label-widths.js';
import { clusterById, clusterEvents, PlotLayouts, plotTabStop, plotUnits, type PlotInput } from '../../../src/layout/plot.js';
import { utc } from '../../../src/model/dates.js';
import { normalize } from '../../../src/model/normalize.js';
import type { TimelineEvent } from '../../../src/model/types.js';
import { FIVE_EVENTS } from '../../helpers/events.js';
import { measure } from '../../helpers/scene.js';

/** What `PlotLayouts.layout` takes for `events` over `window`, 1000 px wide, labels 7 px a letter. */
function plotInput(events: readonly TimelineEvent[], window: readonly [number, number]): PlotInput {
  const normalized = normalize(events).events;
  return { events: normalized, labelWidths: labelWidths(normalized.map((event) => event.title), measure), end: window[1], window, width: 1000 };
}

/** 300 events on one day between two lone ones: a crowd that clusters. */
const CROWD: TimelineEvent[] = [
  { id: 'early', start: '2017-01-01', title: 'Early' },
  ...Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, start: '2018-12-13', title: `Event number ${i}` })),
  { id: 'late', start: '2020-01-01', title: 'Late' },
];
const WHOLE = [utc(2016, 11), utc(2020, 1)] as const;

describe('PlotLayouts', () => {
  it('layout(input) keeps the time index while the events, widths and end stay, across windows', () => {
    const plots = new PlotLayouts();
    const input = plotInput(FIVE_EVENTS, [utc(2017), utc(2021)]);
    const first = plots.layout(input);
    const panned = plots.layout({ ...input, window: [utc(2017, 6), utc(2021, 6)] });
    expect(panned.index).to.equal(first.index);
    expect(plots.layout({ ...input, labelWidths: Float32Array.from(input.labelWidths) }).index).to.not.equal(first.index);
  });

  it('layout(input) places along one chain of levels: a pan, a zoom in and a zoom back share its rows, nothing placed anew', () => {
    const plots = new PlotLayouts();
    const input = plotInput(CROWD, WHOLE);
    const first = plots.layout(input);
    const span = WHOLE[1] - WHOLE[0];
    const panned = plots.layout({ ...input, window: [WHOLE[0] + span / 8, WHOLE[1] + span / 8] });
    expect(panned.placement.level).to.equal(first.placement.level);
    expect(panned.placement.rows).to.equal(first.placement.rows);
    const zoomed = plots.layout({ ...input, window: [WHOLE[0], WHOLE[0] + span / 4] });
    expect(zoomed.placement.level).to.be.above(first.placement.level);
    expect(zoomed.placement.rows).to.equal(first.placement.rows);
    const back = plots.layout(input);
    expect(back.placement).to.deep.equal(first.placement);
    expect(back.marks.map((mark) => mark.event.id)).to.deep.equal(first.marks.map((mark) => mark.event.id));
  });

  it('layout(input) gives the marks and clusters in view, and the axis ticks across the width', () => {
    const plot = new PlotLayouts().layout(plotInput(CROWD, WHOLE));
    expect(plot.marks.length + plot.clusters.length).to.be.above(2);
    expect(plot.clusters.length).to.be.above(0);
    expect(plot.ticks.map((tick) => new Date(tick.time).getUTCFullYear())).to.include.members([2017, 2018, 2019, 2020]);
    for (const tick of plot.ticks) expect(tick.x).to.be.within(0, 1000);
  });

  it('gives a chronology of up to 100 events 16 rows before clustering, a longer one 8', () => {
    const day = (count: number) => Array.from({ length: count }, (_, i) => ({ start: '2018-12-13', title: `Event ${i}` }));
    const short = new PlotLayouts().layout(plotInput(day(100), [utc(2018, 11, 12), utc(2018, 11, 15)]));
    const long = new PlotLayouts().layout(plotInput(day(101), [utc(2018, 11, 12), utc(2018, 11, 15)]));
    expect(short.placement.rowCount).to.equal(16);
    expect(long.placement.rowCount).to.equal(8);
  });
});

describe('plotUnits', () => {
  it('plotUnits(plot) lists each event in a row, and each cluster once where its first event would be, in time order', () => {
    const plot = new PlotLayouts().layout(plotInput(CROWD, WHOLE));
    const units = plotUnits(plot);
    const { cluster } = plot.clusters[0]!;
    expect(units[0]).to.equal('early');
    expect(units.at(-1)).to.equal('late');
    expect(units.filter((id) => id === cluster.id)).to.have.length(1);
    const members = clusterEvents(plot, cluster);
    expect(members).to.have.length(cluster.count);
    for (const member of members) expect(units).to.not.include(member.id);
  });
});

describe('clusterById and clusterEvents', () => {
  it("clusterById(plot, id) finds a cluster of the layout's level; clusterEvents lists its events in time order", () => {
    const plot = new PlotLayouts().layout(plotInput(CROWD, WHOLE));
    const { cluster } = plot.clusters[0]!;
    expect(clusterById(plot, cluster.id)).to.equal(cluster);
    expect(clusterById(plot, 'e1')).to.equal(undefined);
    const members = clusterEvents(plot, cluster);
    expect(members[0]!.when.lo).to.equal(cluster.lo);
    expect(members.every((event, i) => i === 0 || members[i - 1]!.when.lo <= event.when.lo)).to.equal(true);
  });
});

describe('plotTabStop', () => {
  it('plotTabStop(plot, preferred) takes the first preferred id that is drawn, else the earliest drawn item', () => {
    const plot = new PlotLayouts().layout(plotInput(FIVE_EVENTS, [utc(2018, 6), utc(2019, 6)]));
    expect(plotTabStop(plot, ['', 'report'])).to.equal('report');
    expect(plotTabStop(plot, ['designation', 'report'])).to.equal('report');
    expect(plotTabStop(plot, ['designation'])).to.equal(plot.marks.reduce((a, b) => (b.markX0 < a.markX0 ? b : a)).event.id);
  });
});
