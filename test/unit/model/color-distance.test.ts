import { expect } from '@open-wc/testing';
import { contrastRatio, deltaE2000, hexToLab, simulate, type Lab } from '../../../src/model/color-distance.js';

/**
 * Table 1 of Sharma, Wu and Dalal, "The CIEDE2000 color-difference formula: implementation notes,
 * supplementary test data, and mathematical observations", Color Res. Appl. 30 (2005): each row
 * L1 a1 b1, L2 a2 b2, ΔE00. The pairs probe the formula's discontinuities (hue angles across 0°
 * and 180°, neutral colours, the blue region's rotation term).
 */
const SHARMA_2005 = `
50.0000 2.6772 -79.7751 50.0000 0.0000 -82.7485 2.0425
50.0000 3.1571 -77.2803 50.0000 0.0000 -82.7485 2.8615
50.0000 2.8361 -74.0200 50.0000 0.0000 -82.7485 3.4412
50.0000 -1.3802 -84.2814 50.0000 0.0000 -82.7485 1.0000
50.0000 -1.1848 -84.8006 50.0000 0.0000 -82.7485 1.0000
50.0000 -0.9009 -85.5211 50.0000 0.0000 -82.7485 1.0000
50.0000 0.0000 0.0000 50.0000 -1.0000 2.0000 2.3669
50.0000 -1.0000 2.0000 50.0000 0.0000 0.0000 2.3669
50.0000 2.4900 -0.0010 50.0000 -2.4900 0.0009 7.1792
50.0000 2.4900 -0.0010 50.0000 -2.4900 0.0010 7.1792
50.0000 2.4900 -0.0010 50.0000 -2.4900 0.0011 7.2195
50.0000 2.4900 -0.0010 50.0000 -2.4900 0.0012 7.2195
50.0000 -0.0010 2.4900 50.0000 0.0009 -2.4900 4.8045
50.0000 -0.0010 2.4900 50.0000 0.0010 -2.4900 4.8045
50.0000 -0.0010 2.4900 50.0000 0.0011 -2.4900 4.7461
50.0000 2.5000 0.0000 50.0000 0.0000 -2.5000 4.3065
50.0000 2.5000 0.0000 73.0000 25.0000 -18.0000 27.1492
50.0000 2.5000 0.0000 61.0000 -5.0000 29.0000 22.8977
50.0000 2.5000 0.0000 56.0000 -27.0000 -3.0000 31.9030
50.0000 2.5000 0.0000 58.0000 24.0000 15.0000 19.4535
50.0000 2.5000 0.0000 50.0000 3.1736 0.5854 1.0000
50.0000 2.5000 0.0000 50.0000 3.2972 0.0000 1.0000
50.0000 2.5000 0.0000 50.0000 1.8634 0.5757 1.0000
50.0000 2.5000 0.0000 50.0000 3.2592 0.3350 1.0000
60.2574 -34.0099 36.2677 60.4626 -34.1751 39.4387 1.2644
63.0109 -31.0961 -5.8663 62.8187 -29.7946 -4.0864 1.2630
61.2901 3.7196 -5.3901 61.4292 2.2480 -4.9620 1.8731
35.0831 -44.1164 3.7933 35.0232 -40.0716 1.5901 1.8645
22.7233 20.0904 -46.6940 23.0331 14.9730 -42.5619 2.0373
36.4612 47.8580 18.3852 36.2715 50.5065 21.2231 1.4146
90.8027 -2.0831 1.4410 91.1528 -1.6435 0.0447 1.4441
90.9257 -0.5406 -0.9208 88.6381 -0.8985 -0.7239 1.5381
6.7747 -0.2908 -2.4247 5.8714 -0.0985 -2.2286 0.6377
2.0776 0.0795 -1.1350 0.9033 -0.0636 -0.5514 0.9082`
  .trim()
  .split('\n')
  .map((row) => row.trim().split(/\s+/).map(Number));

const close = (lab: Lab, expected: Lab, within: number) => lab.forEach((v, i) => expect(v).to.be.closeTo(expected[i]!, within));

describe('color-distance', () => {
  it("deltaE2000(lab1, lab2) gives each of Sharma, Wu and Dalal's 34 published differences, either way round", () => {
    expect(SHARMA_2005).to.have.length(34);
    for (const [l1, a1, b1, l2, a2, b2, expected] of SHARMA_2005 as Array<[number, number, number, number, number, number, number]>) {
      expect(deltaE2000([l1, a1, b1], [l2, a2, b2]), `${l1} ${a1} ${b1} / ${l2} ${a2} ${b2}`).to.be.closeTo(expected, 1e-4);
      expect(deltaE2000([l2, a2, b2], [l1, a1, b1]), `${l2} ${a2} ${b2} / ${l1} ${a1} ${b1}`).to.be.closeTo(expected, 1e-4);
    }
    expect(deltaE2000([40, 20, -30], [40, 20, -30])).to.equal(0);
  });

  it('hexToLab(hex) gives white, black and the sRGB primaries their CIELAB (D65) values', () => {
    close(hexToLab('#ffffff'), [100, 0, 0], 0.01);
    close(hexToLab('#000000'), [0, 0, 0], 0.01);
    close(hexToLab('#ff0000'), [53.24, 80.09, 67.2], 0.01);
    close(hexToLab('#00ff00'), [87.73, -86.18, 83.18], 0.01);
    close(hexToLab('#0000ff'), [32.3, 79.19, -107.86], 0.01);
    close(hexToLab('#fff'), hexToLab('#ffffff'), 0);
    expect(() => hexToLab('red')).to.throw(/not a #rrggbb colour/);
  });

  it('contrastRatio(one, other) is the WCAG 2 ratio: 21 for black on white, 1 for a colour on itself, 4.54 for #767676 on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#ffffff', '#000000')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#3f82b8', '#3f82b8')).to.equal(1);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.005);
  });

  it('simulate(hex, deficiency) keeps white and black, and brings an orange and a green together for a red-green deficiency but not for tritanopia', () => {
    for (const deficiency of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      close(simulate('#ffffff', deficiency), [100, 0, 0], 0.05);
      close(simulate('#000000', deficiency), [0, 0, 0], 0.01);
    }
    // An orange and a green ΔE00 45 apart: a reader without L or M cones sees them alike.
    const [red, green] = ['#f08c28', '#64b428'];
    const apart = deltaE2000(hexToLab(red), hexToLab(green));
    expect(apart).to.be.above(40);
    expect(deltaE2000(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).to.be.below(apart / 4);
    expect(deltaE2000(simulate(red, 'protanopia'), simulate(green, 'protanopia'))).to.be.below(apart / 4);
    expect(deltaE2000(simulate(red, 'tritanopia'), simulate(green, 'tritanopia'))).to.be.above(apart / 2);
  });
});
