import { expect } from '@open-wc/testing';
import { generateEvents } from '../../bench/generate-events.js';
import { generateLaneEvents, groupsOf, laneName, laneSizes } from '../../bench/generate-lanes.js';
import { normalize } from '../../src/model/normalize.js';

/** Events per group. */
function countByGroup(events: readonly { group: string }[]) {
  const counts = new Map<string, number>();
  for (const { group } of events) counts.set(group, (counts.get(group) ?? 0) + 1);
  return counts;
}

describe('generateLaneEvents', () => {
  it('generateLaneEvents(n, lanes, seed) returns the same events for the same seed, other lanes for another', () => {
    const first = generateLaneEvents(3000, 100, 7);
    expect(generateLaneEvents(3000, 100, 7)).to.deep.equal(first);
    const other = generateLaneEvents(3000, 100, 8);
    expect(other.map((event) => event.group)).not.to.deep.equal(first.map((event) => event.group));
  });

  it('generateLaneEvents(n, lanes, seed) events are generateEvents(n, seed) with a group added', () => {
    const events = generateLaneEvents(2000, 50, 3);
    const withoutGroup = events.map(({ group: _group, ...rest }) => rest);
    expect(withoutGroup).to.deep.equal(generateEvents(2000, 3));
    expect(events.every((event) => typeof event.group === 'string' && event.group.startsWith('Authority '))).to.be.true;
  });

  it('generateLaneEvents(100000, 1000) has 1,000 distinct groups whose counts add up to the 100,000 events', () => {
    const events = generateLaneEvents(100_000, 1000, 1);
    expect(events).to.have.length(100_000);
    const counts = countByGroup(events);
    expect(counts.size).to.equal(1000);
    expect([...counts.keys()].sort()).to.deep.equal(Array.from({ length: 1000 }, (_, k) => laneName(k, 1000)));
    expect([...counts.values()].reduce((a, b) => a + b, 0)).to.equal(100_000);
    // The lanes' sizes are those laneSizes gives, whichever names they went to.
    expect([...counts.values()].sort((a, b) => b - a)).to.deep.equal(laneSizes(100_000, 1000));
    expect(groupsOf(events)).to.have.members([...counts.keys()]);
  });

  it('generateLaneEvents(n, lanes) sizes the lanes unevenly: a few large, many small, the large ones not the first names', () => {
    const counts = countByGroup(generateLaneEvents(100_000, 1000, 1));
    const sizes = [...counts.values()].sort((a, b) => b - a);
    expect(sizes[0]).to.be.above(10_000);
    expect(sizes.slice(0, 10).reduce((a, b) => a + b, 0)).to.be.above(30_000);
    expect(sizes[500]).to.be.below(50);
    expect(sizes[999]).to.be.at.least(1);
    const largest = [...counts].find(([, count]) => count === sizes[0])![0];
    expect(largest).not.to.equal(laneName(0, 1000));
  });

  it('generateLaneEvents(n, lanes) events all normalize without a problem, keeping their group', () => {
    const data = normalize(generateLaneEvents(5000, 200, 2));
    expect(data.problems).to.deep.equal([]);
    expect(data.events).to.have.length(5000);
    expect(new Set(data.events.map((event) => event.group)).size).to.equal(200);
  });
});

describe('laneSizes', () => {
  it('laneSizes(n, lanes) gives every lane one event first, adds up to n, largest first', () => {
    for (const [n, lanes] of [[100_000, 1000], [1000, 1000], [1001, 7], [10, 3]] as const) {
      const sizes = laneSizes(n, lanes);
      expect(sizes).to.have.length(lanes);
      expect(sizes.reduce((a, b) => a + b, 0)).to.equal(n);
      expect(Math.min(...sizes)).to.be.at.least(1);
      expect([...sizes].sort((a, b) => b - a)).to.deep.equal(sizes);
    }
  });

  it('laneSizes(n, lanes) with fewer events than lanes leaves the smallest lanes empty', () => {
    expect(laneSizes(5, 10).reduce((a, b) => a + b, 0)).to.equal(5);
    expect(laneSizes(0, 3)).to.deep.equal([0, 0, 0]);
    expect(laneSizes(10, 0)).to.deep.equal([]);
  });
});

describe('groupsOf', () => {
  it('groupsOf(events) lists each group once, in the order of its first event, skipping events without one', () => {
    expect(groupsOf([{ group: 'b' }, {}, { group: 'a' }, { group: 'b' }])).to.deep.equal(['b', 'a']);
  });
});

describe('laneName', () => {
  it('laneName(index, lanes) numbers from 1, padded so names sort as numbers', () => {
    expect(laneName(0, 1000)).to.equal('Authority 0001');
    expect(laneName(999, 1000)).to.equal('Authority 1000');
    expect(laneName(0, 20_000)).to.equal('Authority 00001');
  });
});
