import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../../src/model/types.js';
import { headerId, laneTabStop } from '../../../src/state/lane-navigation.js';
import { activate, moveFrom } from '../../../src/state/transitions.js';
import type { ViewState } from '../../../src/state/view-state.js';
import { sceneOf } from '../../helpers/scene.js';

const EVENTS: TimelineEvent[] = [
  { id: 'a1', start: '2018-01-01', title: 'A one', group: 'A' },
  { id: 'a2', start: '2018-06-01', title: 'A two', group: 'A' },
  { id: 'b1', start: '2018-02-01', title: 'B one', group: 'B' },
  { id: 'c1', start: '2018-05-20', title: 'C one', group: 'C' },
  { id: 'c2', start: '2018-12-01', title: 'C two', group: 'C' },
  { id: 'd1', start: '2018-06-10', title: 'D one', group: 'D' },
];

/** Where focus is after `key` on `id` in `lane`, as "lane/id". */
function after(key: string, id: string, lane: string, view: Partial<ViewState> = {}): string {
  const scene = sceneOf(EVENTS, { view });
  const next = moveFrom(scene.view, scene, id, key, lane)!;
  return `${next.focusLane}/${next.focus}`;
}

describe('lane navigation', () => {
  it('the tab stop is the first event of the first lane, not its header', () => {
    const scene = sceneOf(EVENTS);
    expect(laneTabStop(scene.lanePlot!, scene.view)).to.deep.equal({ id: 'a1', lane: 'A' });
    expect([scene.tabStop, scene.tabLane]).to.deep.equal(['a1', 'A']);
  });

  it('→ and ← walk a lane in time, the header one ← before its first event; Home and End go to its first and last event', () => {
    expect(after('ArrowRight', 'a1', 'A')).to.equal('A/a2');
    expect(after('ArrowLeft', 'a1', 'A')).to.equal(`A/${headerId(0)}`);
    expect(after('ArrowRight', headerId(0), 'A')).to.equal('A/a1');
    expect(after('End', 'a1', 'A')).to.equal('A/a2');
    expect(after('Home', 'a2', 'A')).to.equal('A/a1');
    expect(after('ArrowRight', 'a2', 'A')).to.equal('A/a2');
  });

  it('↓ and ↑ go to the event nearest in time in the lane below or above', () => {
    expect(after('ArrowDown', 'a2', 'A')).to.equal('B/b1');
    expect(after('ArrowDown', 'b1', 'B')).to.equal('C/c1');
    expect(after('ArrowUp', 'c2', 'C')).to.equal('B/b1');
    expect(after('ArrowUp', 'd1', 'D')).to.equal('C/c1');
    expect(after('ArrowUp', 'a1', 'A')).to.equal('A/a1');
  });

  it('↓ skips collapsed lanes and lanes the filters empty', () => {
    expect(after('ArrowDown', 'a2', 'A', { collapsed: new Set(['B']) })).to.equal('C/c1');
    const filter = { hiddenCategories: new Set<string>(), query: 'one' };
    expect(after('ArrowDown', 'b1', 'B', { filter, collapsed: new Set(['C']) })).to.equal('D/d1');
  });

  it('↓ and ↑ on a header go to the next header, collapsed or not', () => {
    expect(after('ArrowDown', headerId(0), 'A', { collapsed: new Set(['B']) })).to.equal(`B/${headerId(1)}`);
    expect(after('ArrowUp', headerId(2), 'C')).to.equal(`B/${headerId(1)}`);
  });

  it('activating a header collapses its lane, and again expands it', () => {
    const scene = sceneOf(EVENTS);
    const collapsed = activate(scene.view, scene, headerId(1), 'B');
    expect([...collapsed.collapsed]).to.deep.equal(['B']);
    expect([...activate(collapsed, sceneOf(EVENTS, { view: collapsed }), headerId(1), 'B').collapsed]).to.deep.equal([]);
  });

  it('moving to a lane out of view scrolls the lanes to it', () => {
    const many: TimelineEvent[] = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, start: `2018-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `E${i}`, group: `G${String(i).padStart(2, '0')}` }));
    let scene = sceneOf(many, { env: { plotHeight: 200 }, laneOrder: 'name' });
    let view = scene.view;
    for (let i = 0; i < 10; i++) {
      view = moveFrom(view, scene, view.focus || scene.tabStop, 'ArrowDown', view.focusLane ?? scene.tabLane)!;
      scene = sceneOf(many, { view, env: { plotHeight: 200 }, laneOrder: 'name' });
    }
    expect(view.focusLane).to.equal('G10');
    const position = scene.lanePlot!.lanes.findIndex((lane) => lane.key === 'G10');
    expect(scene.lanePlot!.offsets[position + 1]).to.be.at.most(view.laneTop + 200);
    expect(scene.lanePlot!.inView.some((lane) => lane.lane.key === 'G10')).to.equal(true);
  });
});
