import { expect } from '@open-wc/testing';
import { utc } from '../../../src/model/dates.js';
import { HOUR } from '../../../src/model/time-units.js';
import { MIN_SPAN } from '../../../src/layout/window.js';
import { SceneDeriver, VERTICAL_BELOW } from '../../../src/state/scene.js';
import { INITIAL_VIEW } from '../../../src/state/view-state.js';
import { RUSSIAN } from '../../../src/strings/ru.js';
import { FIVE_EVENTS } from '../../helpers/events.js';
import { ENVIRONMENT, sceneInputOf, sceneOf } from '../../helpers/scene.js';

const ids = (events: ReadonlyArray<{ id: string }>) => events.map((event) => event.id);

/** `count` events on one day: far more than eight lanes hold, so most are clustered. */
const crowd = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `e${i}`, start: '2018-12-13', title: `Event number ${i}` }));

describe('SceneDeriver', () => {
  const input = () => sceneInputOf(FIVE_EVENTS);

  it('derive(input) gives back the same scene while nothing in the input changed', () => {
    const deriver = new SceneDeriver();
    const first = input();
    const scene = deriver.derive(first);
    expect(deriver.derive({ ...first, env: { ...first.env } })).to.equal(scene);
    expect(deriver.derive({ ...first, view: { ...first.view } })).to.not.equal(scene);
  });

  it('derive(input) keeps the plot index and the filter across windows, and lays out each window anew', () => {
    const deriver = new SceneDeriver();
    const base = input();
    const first = deriver.derive(base);
    const zoomed = deriver.derive({ ...base, view: { ...INITIAL_VIEW, window: [utc(2018), utc(2019)] } });
    expect(zoomed.plot!.index).to.equal(first.plot!.index);
    expect(zoomed.shown).to.equal(first.shown);
    const drawn = ids(zoomed.plot!.marks.map((mark) => mark.event));
    expect(drawn).to.include.members(['threat', 'report']);
    expect(drawn).to.not.include.members(['purge-2017', 'designation']);
  });
});

describe('scene: filter and counts', () => {
  it('shown leaves out hidden categories; matches and listed follow the search', () => {
    const scene = sceneOf(FIVE_EVENTS, { view: { filter: { hiddenCategories: new Set(['report']), query: 'designation' } } });
    expect(ids(scene.shown)).to.deep.equal(['magnitsky', 'threat', 'designation']);
    expect([...scene.matches!]).to.deep.equal(['magnitsky', 'designation']);
    expect(ids(scene.listed)).to.deep.equal(['magnitsky', 'designation']);
    expect(scene.shownPosition('threat')).to.equal(1);
    expect(scene.shownPosition('report')).to.equal(undefined);
  });

  it('without a search, matches is undefined and everything shown is listed', () => {
    const scene = sceneOf(FIVE_EVENTS);
    expect(scene.matches).to.equal(undefined);
    expect(scene.listed).to.equal(scene.shown);
  });

  it('counts every category in legend order, and colours each from the palette in that order', () => {
    const scene = sceneOf(FIVE_EVENTS);
    expect(scene.counts.map(({ key, count }) => [key, count])).to.deep.equal([['report', 2], ['sanction', 2], ['threat', 1]]);
    expect(scene.colorOf('sanction')).to.equal('var(--sanctions-timeline-category-sanction, var(--sanctions-timeline-palette-2))');
    expect(scene.colorOf(undefined)).to.equal('var(--sanctions-timeline-mark-color)');
  });
});

describe('scene: the window', () => {
  it('fits every event with a margin while no window is chosen', () => {
    const scene = sceneOf(FIVE_EVENTS);
    expect(scene.window).to.deep.equal(scene.limits!.extent);
    expect(scene.window![0]).to.be.below(utc(2017, 3, 1));
    expect(scene.window![1]).to.be.above(utc(2020, 6, 21));
    expect(scene.canZoomIn).to.equal(true);
    expect(scene.canZoomOut).to.equal(false);
  });

  it('keeps a chosen window within the limits: never narrower than an hour', () => {
    const at = utc(2018, 7, 23, 12);
    const scene = sceneOf(FIVE_EVENTS, { view: { window: [at, at + 60_000] } });
    expect(scene.window![1] - scene.window![0]).to.equal(MIN_SPAN);
    expect(MIN_SPAN).to.equal(HOUR);
    expect(scene.canZoomIn).to.equal(false);
    expect(scene.canZoomOut).to.equal(true);
  });

  it('has no window, plot or tab stop without events', () => {
    const scene = sceneOf([]);
    expect(scene.window).to.equal(undefined);
    expect(scene.plot).to.equal(undefined);
    expect(scene.tabStop).to.equal('');
  });
});

describe('scene: layout', () => {
  it(`turns vertical below ${VERTICAL_BELOW} px with layout auto, drawing a page of cards instead of a plot`, () => {
    const scene = sceneOf(FIVE_EVENTS, { layout: 'auto', env: { width: VERTICAL_BELOW - 1 } });
    expect(scene.vertical).to.equal(true);
    expect(scene.plot).to.equal(undefined);
    expect(scene.page).to.deep.equal([0, 5]);
    expect(sceneOf(FIVE_EVENTS, { layout: 'auto', env: { width: VERTICAL_BELOW } }).vertical).to.equal(false);
  });

  it('stays horizontal with layout auto until the width is measured (0)', () => {
    expect(sceneOf(FIVE_EVENTS, { layout: 'auto', env: { width: 0 } }).vertical).to.equal(false);
  });

  it('lays the plot out over the window and the width: every event in a lane, ticks across the width', () => {
    const { plot } = sceneOf(FIVE_EVENTS);
    expect(ids(plot!.marks.map((mark) => mark.event))).to.deep.equal(ids(FIVE_EVENTS as Array<{ id: string }>));
    expect(plot!.clusters).to.deep.equal([]);
    expect(plot!.ticks.length).to.be.at.least(2);
    for (const tick of plot!.ticks) expect(tick.x).to.be.within(0, ENVIRONMENT.width);
  });

  it('pages the cards around the tab stop in the vertical layout', () => {
    const events = crowd(250);
    const scene = sceneOf(events, { layout: 'vertical', view: { focus: 'e130' } });
    expect(scene.page).to.deep.equal([100, 200]);
  });
});

describe('scene: tab stop and open event', () => {
  it('gives the tab stop to the focused event, else the open one, else the earliest drawn', () => {
    expect(sceneOf(FIVE_EVENTS, { view: { focus: 'report', selected: 'threat' } }).tabStop).to.equal('report');
    expect(sceneOf(FIVE_EVENTS, { view: { selected: 'threat' } }).tabStop).to.equal('threat');
    expect(sceneOf(FIVE_EVENTS).tabStop).to.equal('purge-2017');
  });

  it('passes over a focused event that is not drawn (zoomed out of view) to the earliest drawn', () => {
    const scene = sceneOf(FIVE_EVENTS, { view: { focus: 'purge-2017', window: [utc(2018, 6), utc(2019, 6)] } });
    expect(scene.tabStop).to.equal('threat');
  });

  it('gives the tab stop to a cluster when the earliest drawn item is one', () => {
    const scene = sceneOf(crowd(300));
    expect(scene.plot!.clusters.length).to.be.above(0);
    expect(scene.tabStop).to.match(/^(e\d+|cluster:.*)$/);
    const drawn = [...scene.plot!.marks.map((mark) => [mark.event.id, mark.markX0] as const), ...scene.plot!.clusters.map((c) => [c.cluster.id, c.x0] as const)];
    const earliest = drawn.reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(scene.tabStop).to.equal(earliest[0]);
  });

  it('opens the selected event with its neighbours among the shown events', () => {
    const { open } = sceneOf(FIVE_EVENTS, { view: { selected: 'threat', filter: { hiddenCategories: new Set(['report']), query: '' } } });
    expect(open!.event.id).to.equal('threat');
    expect(open!.previous!.id).to.equal('magnitsky');
    expect(open!.next!.id).to.equal('designation');
    expect(open!.hiddenByFilter).to.equal(false);
  });

  it('opens an event the filters hide, says so, and walks all events from it', () => {
    const { open } = sceneOf(FIVE_EVENTS, { view: { selected: 'report', filter: { hiddenCategories: new Set(['report']), query: '' } } });
    expect(open!.hiddenByFilter).to.equal(true);
    expect(open!.previous!.id).to.equal('threat');
    expect(open!.next!.id).to.equal('designation');
  });

  it('opens nothing for an id that is not in the data', () => {
    expect(sceneOf(FIVE_EVENTS, { view: { selected: 'nope' } }).open).to.equal(undefined);
  });
});

describe('scene: texts', () => {
  it("speaks the locale's language, with the page's replacements over it", () => {
    const deriver = new SceneDeriver();
    const base = sceneInputOf(FIVE_EVENTS, { env: { locale: 'ru', texts: RUSSIAN } });
    const russian = deriver.derive(base);
    expect(russian.strings.zoomIn).to.equal(RUSSIAN.zoomIn);
    const replaced = deriver.derive({ ...base, strings: { zoomIn: 'Closer' } });
    expect(replaced.strings.zoomIn).to.equal('Closer');
    expect(replaced.strings.zoomOut).to.equal(RUSSIAN.zoomOut);
  });

  it("names the list after the data's title, else the element's word for events", () => {
    expect(sceneOf(FIVE_EVENTS).label).to.equal('Events');
    const titled = new SceneDeriver().derive(sceneInputOf({ title: 'Kadyrov and sanctions', events: FIVE_EVENTS }));
    expect(titled.label).to.equal('Kadyrov and sanctions');
  });
});

describe('SceneDeriver.prepareAhead', () => {
  it('prepareAhead(scene) places the next eight zoom levels one call at a time, then says it is done', () => {
    const deriver = new SceneDeriver();
    const events = Array.from({ length: 500 }, (_, i) => ({ start: `2018-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, title: `Event ${i}` }));
    const scene = sceneOf(events, {}, deriver);
    const calls = [];
    while (calls.length < 10 && deriver.prepareAhead(scene)) calls.push(1);
    expect(calls).to.have.length(7);
    expect(deriver.prepareAhead(scene)).to.equal(false);
  });

  it('prepareAhead(scene) has nothing to do in the vertical layout or without events', () => {
    const deriver = new SceneDeriver();
    expect(deriver.prepareAhead(sceneOf(FIVE_EVENTS, { layout: 'vertical' }, deriver))).to.equal(false);
    expect(deriver.prepareAhead(sceneOf([], {}, deriver))).to.equal(false);
  });
});
