import { expect } from '@open-wc/testing';
import { cardAt, cardCount, cardIndexOf, cardTabStop, laneCards, pageSections } from '../../../src/layout/lane-pages.js';
import { assignLanes } from '../../../src/layout/lanes.js';
import { normalize } from '../../../src/model/normalize.js';
import type { NormalizedEvent } from '../../../src/model/types.js';

const NAMING = { categoryLabel: (key: string) => key, without: 'No actor', locale: 'en' };

/** Kadyrov (a, b), Titiev (c, d), Memorial (c, e), No actor (f): `c` is in two lanes. */
const EVENTS = normalize([
  { id: 'a', start: '2017-02-01', title: 'A', actors: ['Kadyrov'] },
  { id: 'b', start: '2017-12-20', title: 'B', actors: ['Kadyrov'] },
  { id: 'c', start: '2018-01-09', title: 'C', actors: ['Titiev', 'Memorial'] },
  { id: 'd', start: '2019-03-18', title: 'D', actors: ['Titiev'] },
  { id: 'e', start: '2021-12-28', title: 'E', actors: ['Memorial'] },
  { id: 'f', start: '2022-04-01', title: 'F' },
]).events;

const LANES = assignLanes(EVENTS, 'actors', 'first', NAMING);
const byId = (id: string) => EVENTS.find((event) => event.id === id)!;
const ids = (events: readonly NormalizedEvent[]) => events.map((event) => event.id);

describe('lane pages', () => {
  it('laneCards(lanes, shown, key) puts the lanes one after the other: an event in two lanes is a card in each', () => {
    const cards = laneCards(LANES, LANES.map((lane) => lane.events), 'actors');
    expect(cardCount(cards)).to.equal(7);
    expect([...cards.starts]).to.deep.equal([0, 2, 4, 6, 7]);
    expect(Array.from({ length: 7 }, (_, i) => `${cardAt(cards, i)!.position}${cardAt(cards, i)!.event.id}`)).to.deep.equal(['0a', '0b', '1c', '1d', '2c', '2e', '3f']);
    expect(cardAt(cards, -1)).to.equal(undefined);
    expect(cardAt(cards, 7)).to.equal(undefined);
  });

  it('cardAt(cards, i) skips lanes the filters emptied', () => {
    const shown = [[byId('a')], [], [byId('e')], []];
    const cards = laneCards(LANES, shown, 'actors');
    expect([cardAt(cards, 0)!.position, cardAt(cards, 1)!.position]).to.deep.equal([0, 2]);
    expect(cardCount(cards)).to.equal(2);
  });

  it("cardIndexOf(cards, event, lane) finds the copy in the lane asked for, else the event's first lane that shows it", () => {
    const cards = laneCards(LANES, LANES.map((lane) => lane.events), 'actors');
    expect(cardIndexOf(cards, byId('c'), 'Memorial')).to.equal(4);
    expect(cardIndexOf(cards, byId('c'), 'Titiev')).to.equal(2);
    expect(cardIndexOf(cards, byId('c'))).to.equal(2);
    // A lane the event is not in is no preference.
    expect(cardIndexOf(cards, byId('c'), 'Kadyrov')).to.equal(2);
    expect(cardIndexOf(cards, byId('f'), '')).to.equal(6);
    const filtered = laneCards(LANES, [LANES[0]!.events, [], LANES[2]!.events, []], 'actors');
    expect(cardIndexOf(filtered, byId('c'), 'Titiev'), 'its copy in a lane that still shows it').to.equal(2);
    expect(cardIndexOf(filtered, byId('d'))).to.equal(undefined);
  });

  it('cardTabStop(cards, preferred, lane) takes the first preferred event shown, else the first card', () => {
    const cards = laneCards(LANES, LANES.map((lane) => lane.events), 'actors');
    expect(cardTabStop(cards, [byId('c'), byId('a')], 'Memorial')).to.equal(4);
    expect(cardTabStop(cards, [undefined, byId('d')], undefined)).to.equal(3);
    expect(cardTabStop(cards, [undefined, undefined], undefined)).to.equal(0);
    expect(cardTabStop(laneCards(LANES, [[], [], [], []], 'actors'), [byId('a')], undefined)).to.equal(undefined);
  });

  it('pageSections(cards, page) gives each lane on the page its cards there, marking a lane begun on an earlier page', () => {
    const cards = laneCards(LANES, LANES.map((lane) => lane.events), 'actors');
    const page = pageSections(cards, [3, 6]);
    expect(page.map((section) => [section.lane.key, ids(section.events), section.continued])).to.deep.equal([
      ['Titiev', ['d'], true],
      ['Memorial', ['c', 'e'], false],
    ]);
    expect(pageSections(cards, [0, 7]).map((section) => section.lane.key)).to.deep.equal(['Kadyrov', 'Titiev', 'Memorial', '']);
    expect(pageSections(laneCards(LANES, [[], [], [], []], 'actors'), [0, 0])).to.deep.equal([]);
  });
});
