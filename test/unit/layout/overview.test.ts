import { expect } from '@open-wc/testing';
import { binEvents } from '../../../src/layout/bins.js';
import { brushExtent, brushGrip, brushWindow, overviewBars, OVERVIEW_BAR_HEIGHT } from '../../../src/layout/overview.js';
import { MIN_SPAN, type TimeWindow } from '../../../src/layout/window.js';
import { utc } from '../../../src/model/dates.js';
import { normalize } from '../../../src/model/normalize.js';

const EXTENT: TimeWindow = [utc(2018), utc(2021)];
const LIMITS = { extent: EXTENT, minSpan: MIN_SPAN };

describe('overviewBars', () => {
  const list = normalize([
    ...Array.from({ length: 9 }, (_, i) => ({ start: '2019-06', title: `s${i}`, category: 'sanction' })),
    { start: '2019-06', title: 'r', category: 'report' },
    { start: '2020-03', title: 'lone', category: 'report' },
  ]).events;
  const bins = binEvents(list, EXTENT, 4, ['sanction', 'report']);

  it('overviewBars(bins, extent, width) stacks each bin from the bottom; the busiest reaches the full height', () => {
    const [sanctions, reports] = overviewBars(bins, EXTENT, 300);
    // 2019: nine sanctions and a report, the busiest bin.
    const [x, y, w, h] = sanctions!.rects;
    expect(x).to.be.closeTo(100, 0.5);
    expect(w).to.be.closeTo(100, 0.5);
    expect(h).to.be.closeTo((9 / 10) * OVERVIEW_BAR_HEIGHT, 1e-9);
    expect(y! + h!).to.equal(OVERVIEW_BAR_HEIGHT);
    expect(reports!.rects[1]! + reports!.rects[3]!).to.be.closeTo(y!, 1e-9);
  });

  it('overviewBars keeps a lone event at least a pixel tall beside a crowd', () => {
    const reports = overviewBars(bins, EXTENT, 300)[1]!;
    const lone = reports.rects.slice(4, 8);
    expect(lone[0]).to.be.closeTo(200, 0.5);
    expect(lone[3]).to.be.at.least(1);
  });
});

describe('brushExtent, brushGrip and brushWindow', () => {
  it('brushExtent(window, extent, width) is where the window sits on the strip, kept within it', () => {
    expect(brushExtent([utc(2019), utc(2020)], EXTENT, 300)).to.deep.equal([brushExtent([utc(2019), utc(2019)], EXTENT, 300)[0], brushExtent([utc(2020), utc(2020)], EXTENT, 300)[0]]);
    expect(brushExtent([utc(2017), utc(2022)], EXTENT, 300)).to.deep.equal([0, 300]);
  });

  it('brushGrip(x, brush) takes an edge within 8 px, the brush inside, the strip outside', () => {
    expect(brushGrip(102, [100, 200])).to.equal('start');
    expect(brushGrip(195, [100, 200])).to.equal('end');
    expect(brushGrip(150, [100, 200])).to.equal('brush');
    expect(brushGrip(50, [100, 200])).to.equal('strip');
    // A narrow brush: its middle third is the brush, not an edge.
    expect(brushGrip(101.5, [100, 103])).to.equal('brush');
  });

  it("brushWindow('brush', …) moves the window by the time dragged, stopping at the extent", () => {
    const window: TimeWindow = [utc(2019), utc(2019, 6)];
    expect(brushWindow('brush', window, utc(2019, 3), utc(2019, 5), LIMITS)).to.deep.equal([window[0] + (utc(2019, 5) - utc(2019, 3)), window[1] + (utc(2019, 5) - utc(2019, 3))]);
    const far = brushWindow('brush', window, utc(2019, 3), utc(2030), LIMITS);
    expect(far[1]).to.equal(EXTENT[1]);
    expect(far[1] - far[0]).to.equal(window[1] - window[0]);
  });

  it("brushWindow('start' | 'end', …) moves one edge, never past the other, and leaves the other where it is", () => {
    const window: TimeWindow = [utc(2019), utc(2019, 6)];
    expect(brushWindow('start', window, 0, utc(2018, 6), LIMITS)).to.deep.equal([utc(2018, 6), utc(2019, 6)]);
    expect(brushWindow('end', window, 0, utc(2020), LIMITS)).to.deep.equal([utc(2019), utc(2020)]);
    expect(brushWindow('start', window, 0, utc(2020), LIMITS)).to.deep.equal([utc(2019, 6) - MIN_SPAN, utc(2019, 6)]);
    expect(brushWindow('start', window, 0, utc(2000), LIMITS)).to.deep.equal([EXTENT[0], utc(2019, 6)]);
  });

  it("brushWindow('strip', …) centres the window, its span kept, where the strip was pressed", () => {
    const window: TimeWindow = [utc(2019), utc(2019, 6)];
    const next = brushWindow('strip', window, 0, utc(2020), LIMITS);
    expect((next[0] + next[1]) / 2).to.equal(utc(2020));
    expect(next[1] - next[0]).to.equal(window[1] - window[0]);
  });
});
