import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { assignLanes, type Extent } from '../../src/layout/lanes.js';

const box = (x0: number, x1: number): Extent => ({ x0, x1 });

/** Most extents covering one point: for half-open [x0, x1), checked at every left edge. */
function maxDepth(extents: readonly Extent[]): number {
  return extents.reduce((most, { x0 }) => Math.max(most, extents.filter((e) => e.x0 <= x0 && x0 < e.x1).length), 0);
}

/** Random extents with positive width. */
const extentsArb = fc.array(
  fc.record({ x0: fc.integer({ min: 0, max: 1000 }), width: fc.integer({ min: 1, max: 300 }) }).map(({ x0, width }) => box(x0, x0 + width)),
  { maxLength: 40 },
);

describe('assignLanes', () => {
  it('assignLanes packs extents that do not overlap into lane 0', () => {
    expect(assignLanes([box(0, 10), box(10, 20), box(50, 60)])).to.deep.equal([0, 0, 0]);
  });

  it('assignLanes puts overlapping extents into separate lanes', () => {
    expect(assignLanes([box(0, 100), box(50, 150), box(60, 70)])).to.deep.equal([0, 1, 2]);
  });

  it('assignLanes reuses the first lane that is free again', () => {
    expect(assignLanes([box(0, 100), box(50, 150), box(120, 200), box(160, 170)])).to.deep.equal([0, 1, 0, 1]);
  });

  it('assignLanes(extents, 8) keeps 8 px between neighbours in a lane', () => {
    expect(assignLanes([box(0, 10), box(17, 30)], 8)).to.deep.equal([0, 1]);
    expect(assignLanes([box(0, 10), box(18, 30)], 8)).to.deep.equal([0, 0]);
  });

  it('assignLanes returns lanes in input order, not in x order', () => {
    // In x order: [0,250) → lane 0, [100,150) → lane 1, [200,300) → lane 1 (free again at 150).
    expect(assignLanes([box(200, 300), box(0, 250), box(100, 150)])).to.deep.equal([1, 0, 1]);
  });

  it('assignLanes([]) is []', () => {
    expect(assignLanes([])).to.deep.equal([]);
  });

  it('assignLanes never lets two extents in one lane come closer than the gap (property)', () => {
    fc.assert(
      fc.property(extentsArb, fc.integer({ min: 0, max: 20 }), (extents, gap) => {
        const lanes = assignLanes(extents, gap);
        expect(lanes).to.have.length(extents.length);
        const byLane = new Map<number, Extent[]>();
        extents.forEach((extent, i) => byLane.set(lanes[i]!, [...(byLane.get(lanes[i]!) ?? []), extent]));
        for (const members of byLane.values()) {
          const sorted = [...members].sort((a, b) => a.x0 - b.x0);
          for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.x1 + gap).to.be.at.most(sorted[i]!.x0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('assignLanes uses as many lanes as the deepest overlap when gap is 0 (property: greedy is optimal)', () => {
    fc.assert(
      fc.property(extentsArb, (extents) => {
        const lanes = assignLanes(extents);
        const laneCount = lanes.length === 0 ? 0 : Math.max(...lanes) + 1;
        expect(laneCount).to.equal(maxDepth(extents));
        expect(new Set(lanes).size).to.equal(laneCount);
      }),
      { numRuns: 300 },
    );
  });
});
