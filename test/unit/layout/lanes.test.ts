import { expect } from '@open-wc/testing';
import { assignLanes, laneKeyOf, laneOrderOf, shownInLanes } from '../../../src/layout/lanes.js';
import { normalize } from '../../../src/model/normalize.js';
import type { TimelineEvent } from '../../../src/model/types.js';

const EVENTS: TimelineEvent[] = [
  { id: 'a', start: '2018-01-01', title: 'A', group: 'Memorial', actors: ['Titiev', 'Memorial'], category: 'legal' },
  { id: 'b', start: '2018-03-01', title: 'B', group: 'Kadyrov', actors: ['Kadyrov'], tags: ['x', 'x'] },
  { id: 'c', start: '2018-05-01', title: 'C', actors: ['Titiev'], category: 'legal' },
  { id: 'd', start: '2018-07-01', title: 'D', group: 'Kadyrov', category: 'sanction' },
  { id: 'e', start: '2018-09-01', title: 'E', group: 'Ärzte', actors: ['Kadyrov', 'Titiev'] },
];
const events = normalize(EVENTS).events;
const naming = { categoryLabel: (key: string) => ({ legal: 'Legal case', sanction: 'Sanction' })[key] ?? key, without: 'Ungrouped', locale: 'de' };
const summary = (lanes: ReturnType<typeof assignLanes>) => lanes.map((lane) => `${lane.label}: ${lane.events.map((event) => event.id).join('')}`);

describe('assignLanes', () => {
  it('laneKeyOf(choice, events) takes a valid choice, else group when any event has one, else none', () => {
    expect(laneKeyOf('actors', events)).to.equal('actors');
    expect(laneKeyOf('', events)).to.equal('group');
    expect(laneKeyOf('bogus', events)).to.equal('group');
    expect(laneKeyOf(null, normalize([{ start: '2018', title: 'x' }]).events)).to.equal('none');
    expect([laneOrderOf('count'), laneOrderOf('x'), laneOrderOf(undefined)]).to.deep.equal(['count', 'first', 'first']);
  });

  it('assignLanes(events, "group", "first") orders lanes by their first event; events without a group come last', () => {
    expect(summary(assignLanes(events, 'group', 'first', naming))).to.deep.equal(['Memorial: a', 'Kadyrov: bd', 'Ärzte: e', 'Ungrouped: c']);
  });

  it('assignLanes(events, "actors") puts an event in each of its actors\' lanes, once per lane', () => {
    const lanes = assignLanes(events, 'actors', 'first', { ...naming, without: 'No actor' });
    expect(summary(lanes)).to.deep.equal(['Titiev: ace', 'Memorial: a', 'Kadyrov: be', 'No actor: d']);
    expect(lanes[0]!.events[0]).to.equal(lanes[1]!.events[0]);
  });

  it('assignLanes(events, "tags") counts a repeated tag once', () => {
    expect(summary(assignLanes(events, 'tags', 'first', { ...naming, without: 'No tag' }))).to.deep.equal(['x: b', 'No tag: acde']);
  });

  it('assignLanes(events, "category") names lanes by their category labels', () => {
    expect(summary(assignLanes(events, 'category', 'name', naming))).to.deep.equal(['Legal case: ac', 'Sanction: d', 'Ungrouped: be']);
  });

  it('lane-order "name" collates in the locale; "count" puts the largest first; the lane without a value stays last', () => {
    expect(summary(assignLanes(events, 'group', 'name', naming))).to.deep.equal(['Ärzte: e', 'Kadyrov: bd', 'Memorial: a', 'Ungrouped: c']);
    expect(summary(assignLanes(events, 'actors', 'count', { ...naming, without: 'No actor' }))).to.deep.equal(['Titiev: ace', 'Kadyrov: be', 'Memorial: a', 'No actor: d']);
  });

  it('one lane makes none (the band is drawn as without lanes); "none" makes none', () => {
    const one = normalize([{ start: '2018', title: 'x', group: 'UN' }, { start: '2019', title: 'y', group: 'UN' }]).events;
    expect(assignLanes(one, 'group', 'first', naming)).to.deep.equal([]);
    expect(assignLanes(events, 'none', 'first', naming)).to.deep.equal([]);
  });

  it('a group named like an Object.prototype member is a lane like any other', () => {
    const odd = normalize([{ start: '2018', title: 'x', group: 'toString' }, { start: '2019', title: 'y', group: '__proto__' }]).events;
    expect(summary(assignLanes(odd, 'group', 'first', naming))).to.deep.equal(['toString: 2018-x', '__proto__: 2019-y']);
  });

  it('shownInLanes(lanes, shown, all) narrows each lane to the shown events, keeping empty lanes', () => {
    const lanes = assignLanes(events, 'group', 'first', naming);
    const shown = events.filter((event) => event.id !== 'a' && event.id !== 'd');
    expect(shownInLanes(lanes, shown, events).map((list) => list.map((event) => event.id).join(''))).to.deep.equal(['', 'b', 'e', 'c']);
    expect(shownInLanes(lanes, events, events)[1]).to.equal(lanes[1]!.events);
  });
});
