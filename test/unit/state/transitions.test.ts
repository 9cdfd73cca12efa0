import { expect } from '@open-wc/testing';
import { clusterEvents } from '../../../src/layout/plot.js';
import { MIN_SPAN, windowAround } from '../../../src/layout/window.js';
import { utc } from '../../../src/model/dates.js';
import { NO_FILTER } from '../../../src/state/filter.js';
import { navigableIds } from '../../../src/state/navigation.js';
import {
  activate,
  fitAll,
  focusOn,
  moveFrom,
  moveWindow,
  panBy,
  search,
  select,
  showAll,
  showWindow,
  toggleCategory,
  turnPage,
  zoomBy,
} from '../../../src/state/transitions.js';
import { INITIAL_VIEW, type ViewState } from '../../../src/state/view-state.js';
import { FIVE_EVENTS } from '../../helpers/events.js';
import { sceneOf, type SceneOptions } from '../../helpers/scene.js';

/** The view and its scene, as the element would hold them. */
function state(options: SceneOptions = {}, events = FIVE_EVENTS) {
  const view: ViewState = { ...INITIAL_VIEW, ...options.view };
  return { view, scene: sceneOf(events, { ...options, view }) };
}

const span = (window: readonly [number, number] | undefined) => window![1] - window![0];

/** `count` events on one day, most of them clustered at any zoom but the closest, between two lone events years apart. */
const crowd = (count: number) => [
  { id: 'early', start: '2017-01-01', title: 'Early' },
  ...Array.from({ length: count }, (_, i) => ({ id: `e${i}`, start: '2018-12-13', title: `Event number ${i}` })),
  { id: 'late', start: '2020-01-01', title: 'Late' },
];

describe('select', () => {
  it('select(view, scene, id) opens the event, which takes the tab stop', () => {
    const { view, scene } = state();
    const next = select(view, scene, 'threat');
    expect(next.selected).to.equal('threat');
    expect(next.focus).to.equal('threat');
    expect(view.selected).to.equal('');
  });

  it('select(view, scene, null) closes the panel and keeps the tab stop; an unknown id closes it too', () => {
    const { view, scene } = state({ view: { selected: 'threat', focus: 'threat' } });
    expect(select(view, scene, null)).to.deep.include({ selected: '', focus: 'threat' });
    expect(select(view, scene, 'nope').selected).to.equal('');
  });

  it('select gives back the same view when nothing changes', () => {
    const { view, scene } = state({ view: { selected: 'threat', focus: 'threat' } });
    expect(select(view, scene, 'threat')).to.equal(view);
    const closed = state();
    expect(select(closed.view, closed.scene, null)).to.equal(closed.view);
  });
});

describe('activate', () => {
  it('activate(view, scene, eventId) opens the event', () => {
    const { view, scene } = state();
    expect(activate(view, scene, 'report').selected).to.equal('report');
  });

  it('activate(view, scene, clusterId) zooms to the span of its events, gliding', () => {
    const { view, scene } = state({}, crowd(300));
    const cluster = scene.plot!.clusters[0]!.cluster;
    expect(cluster.hi - cluster.lo).to.be.below(span(scene.window) / 10);
    const next = activate(view, scene, cluster.id);
    expect(next.selected).to.equal('');
    expect(next.window).to.deep.equal(windowAround(cluster.lo, cluster.hi, scene.limits!));
    expect(next.glide).to.equal(true);
  });

  it('activate on a cluster, zoomed in all the way, opens its first event', () => {
    const at = utc(2018, 11, 13, 12);
    const { view, scene } = state({ view: { window: [at - MIN_SPAN / 2, at + MIN_SPAN / 2] } }, crowd(300));
    const cluster = scene.plot!.clusters[0]!;
    const first = clusterEvents(scene.plot!, cluster.cluster)[0]!;
    expect(activate(view, scene, cluster.cluster.id).selected).to.equal(first.id);
  });
});

describe('focusOn and moveFrom', () => {
  it('focusOn(view, scene, id) moves the tab stop and pans just enough to show the event', () => {
    const { view, scene } = state({ view: { window: [utc(2018, 6), utc(2019, 6)] } });
    const next = focusOn(view, scene, 'designation');
    expect(next.focus).to.equal('designation');
    expect(span(next.window)).to.be.closeTo(span(scene.window), 1);
    expect(next.window![1]).to.be.at.least(utc(2020, 6, 21));
    expect(next.glide).to.equal(true);
  });

  it('focusOn leaves the window alone when the event is in view, and in the vertical layout', () => {
    const wide = state();
    expect(focusOn(wide.view, wide.scene, 'report').window).to.equal(undefined);
    const narrow = state({ layout: 'vertical', view: { window: [utc(2018, 6), utc(2019, 6)] } });
    expect(focusOn(narrow.view, narrow.scene, 'designation').window).to.equal(narrow.view.window);
  });

  it("moveFrom(view, scene, id, 'ArrowRight') moves the tab stop to the next event in time; Home and End to the ends", () => {
    const { view, scene } = state();
    expect(moveFrom(view, scene, 'magnitsky', 'ArrowRight')!.focus).to.equal('threat');
    expect(moveFrom(view, scene, 'magnitsky', 'ArrowLeft')!.focus).to.equal('purge-2017');
    expect(moveFrom(view, scene, 'threat', 'End')!.focus).to.equal('designation');
    expect(moveFrom(view, scene, 'threat', 'Home')!.focus).to.equal('purge-2017');
  });

  it('moveFrom walks only the shown events, and is undefined for a key that does not move focus', () => {
    const { view, scene } = state({ view: { filter: { hiddenCategories: new Set(['threat']), query: '' } } });
    expect(moveFrom(view, scene, 'magnitsky', 'ArrowRight')!.focus).to.equal('report');
    expect(moveFrom(view, scene, 'magnitsky', 'x')).to.equal(undefined);
  });

  it('moveFrom steps onto a cluster once for all the events it holds', () => {
    const { view, scene } = state({}, crowd(300));
    const cluster = scene.plot!.clusters[0]!.cluster;
    const walked = navigableIds(scene);
    expect(walked.filter((id) => id === cluster.id)).to.have.length(1);
    for (const member of clusterEvents(scene.plot!, cluster)) expect(walked).to.not.include(member.id);
    const before = walked[walked.indexOf(cluster.id) - 1]!;
    expect(moveFrom(view, scene, before, 'ArrowRight')!.focus).to.equal(cluster.id);
    expect(moveFrom(view, scene, cluster.id, 'ArrowRight')!.focus).to.equal(walked[walked.indexOf(cluster.id) + 1]);
  });
});

describe('turnPage', () => {
  it('turnPage(view, scene, 1) gives the tab stop to the first card of the next page', () => {
    const { view, scene } = state({ layout: 'vertical' }, crowd(250));
    expect(scene.page).to.deep.equal([0, 100]);
    expect(turnPage(view, scene, 1).focus).to.equal(scene.shown[100]!.id);
    const second = state({ layout: 'vertical', view: { focus: scene.shown[150]!.id } }, crowd(250));
    expect(turnPage(second.view, second.scene, -1).focus).to.equal(scene.shown[0]!.id);
  });
});

describe('window transitions', () => {
  it('zoomBy(view, scene, 2) halves the span about its centre, gliding', () => {
    const { view, scene } = state();
    const next = zoomBy(view, scene, 2);
    const [a, b] = scene.window!;
    expect(next.window![0]).to.be.closeTo(a + (b - a) / 4, 1);
    expect(next.window![1]).to.be.closeTo(b - (b - a) / 4, 1);
    expect(next.glide).to.equal(true);
  });

  it('zoomBy around an event keeps that event where it is on screen', () => {
    const { view, scene } = state();
    const at = scene.byId.get('threat')!.when;
    const middle = (at.lo + at.hi) / 2;
    const fraction = (window: readonly [number, number]) => (middle - window[0]) / (window[1] - window[0]);
    const next = zoomBy(view, scene, 2, 'threat');
    expect(fraction(next.window!)).to.be.closeTo(fraction(scene.window!), 1e-9);
  });

  it('panBy(view, scene, 0.25) moves a quarter span later; at the edge it gives back the same view', () => {
    const { view, scene } = state({ view: { window: [utc(2018), utc(2019)] } });
    expect(panBy(view, scene, 0.25).window![0]).to.be.closeTo(utc(2018) + span(scene.window) / 4, 1);
    const whole = state();
    expect(panBy(whole.view, whole.scene, 0.25)).to.equal(whole.view);
  });

  it('fitAll(view) shows all events, gliding; already fitted, it gives back the same view', () => {
    const { view } = state({ view: { window: [utc(2018), utc(2019)] } });
    expect(fitAll(view)).to.deep.include({ window: undefined, glide: true });
    expect(fitAll(INITIAL_VIEW)).to.equal(INITIAL_VIEW);
  });

  it('moveWindow(view, scene, window) follows a gesture without gliding', () => {
    const { view, scene } = state();
    expect(moveWindow(view, scene, [utc(2018), utc(2019)])).to.deep.include({ window: [utc(2018), utc(2019)], glide: false });
    expect(moveWindow(view, scene, scene.window!)).to.equal(view);
  });

  it('showWindow(view, scene, window) keeps what code sets within the limits', () => {
    const { view, scene } = state();
    const at = utc(2018, 7, 23);
    expect(span(showWindow(view, scene, [at, at + 1000]).window)).to.equal(MIN_SPAN);
    expect(showWindow(view, scene, undefined).window).to.equal(undefined);
  });
});

describe('filter transitions', () => {
  it('toggleCategory(view, key) hides a category, and shows it again', () => {
    const hidden = toggleCategory(INITIAL_VIEW, 'report');
    expect([...hidden.filter.hiddenCategories]).to.deep.equal(['report']);
    expect([...toggleCategory(hidden, 'report').filter.hiddenCategories]).to.deep.equal([]);
    expect(INITIAL_VIEW.filter.hiddenCategories.size).to.equal(0);
  });

  it('search(view, query) sets the query; the same query gives back the same view', () => {
    const next = search(INITIAL_VIEW, 'purge');
    expect(next.filter.query).to.equal('purge');
    expect(search(next, 'purge')).to.equal(next);
  });

  it('showAll(view) clears the categories and the query', () => {
    const filtered = search(toggleCategory(INITIAL_VIEW, 'report'), 'purge');
    expect(showAll(filtered).filter).to.equal(NO_FILTER);
    expect(showAll(INITIAL_VIEW)).to.equal(INITIAL_VIEW);
  });
});
