import { expect } from '@open-wc/testing';
import { levelScale, zoomLevel } from '../../../src/layout/levels.js';

describe('levels', () => {
  it('zoomLevel(pixelsPerMs) counts quarter octaves, rounding down', () => {
    expect(zoomLevel(1)).to.equal(0);
    expect(zoomLevel(2)).to.equal(4);
    expect(zoomLevel(3)).to.equal(6);
    expect(zoomLevel(0.5)).to.equal(-4);
    expect(zoomLevel(0.45)).to.equal(-5);
  });

  it('levelScale(zoomLevel(s)) is at most s and more than s / 1.19', () => {
    for (const s of [1e-9, 3.7e-6, 0.01, 1, 5]) {
      const scale = levelScale(zoomLevel(s));
      expect(scale).to.be.at.most(s * (1 + 1e-12));
      expect(scale).to.be.above(s / 2 ** 0.25);
    }
  });
});
