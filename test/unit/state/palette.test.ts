import { expect } from '@open-wc/testing';
import { contrastRatio, deltaE2000, hexToLab, simulate, type VisionDeficiency } from '../../../src/model/color-distance.js';
import { hostStyles } from '../../../src/sanctions-timeline.styles.js';
import { categoryColors, PALETTE_SIZE } from '../../../src/state/category-colors.js';

type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];

/** The `light-dark(#light, #dark)` value of each `name` declared in the stylesheet, in order. */
function declared(name: RegExp): Array<{ name: string; light: string; dark: string }> {
  const pattern = new RegExp(`(${name.source}):\\s*light-dark\\(\\s*(#[0-9a-f]{6})\\s*,\\s*(#[0-9a-f]{6})\\s*\\)`, 'gi');
  return [...hostStyles.cssText.matchAll(pattern)].map(([, found, light, dark]) => ({ name: found!, light: light!, dark: dark! }));
}

const palette = declared(/--sanctions-timeline-palette-\d+/);
const [background] = declared(/--sanctions-timeline-background/);

/**
 * The pairs among the first `count` categories whose colours are closer than `min` ΔE00 (as a
 * reader with `deficiency` sees them), as "categories 1 and 9 in dark: palette-1 and palette-1,
 * ΔE00 0.0". A category takes the palette colour of its place, from the first again after the last.
 */
function pairsCloserThan(min: number, count: number, deficiency?: VisionDeficiency): string[] {
  const closer: string[] = [];
  for (const theme of THEMES) {
    const colours = Array.from({ length: count }, (_, k) => palette[k % palette.length]!);
    const looks = colours.map((colour) => (deficiency ? simulate(colour[theme], deficiency) : hexToLab(colour[theme])));
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        const apart = deltaE2000(looks[i]!, looks[j]!);
        const names = `${colours[i]!.name.replace('--sanctions-timeline-', '')} and ${colours[j]!.name.replace('--sanctions-timeline-', '')}`;
        if (apart < min) closer.push(`categories ${i + 1} and ${j + 1} in ${theme}${deficiency ? ` (${deficiency})` : ''}: ${names}, ΔE00 ${apart.toFixed(1)}`);
      }
    }
  }
  return closer;
}

describe('palette: the category colours in the stylesheet', () => {
  it('declares PALETTE_SIZE colours, --sanctions-timeline-palette-1 to -14, each as light-dark(#light, #dark)', () => {
    expect(PALETTE_SIZE).to.be.at.least(12);
    expect(palette.map(({ name }) => name)).to.deep.equal(Array.from({ length: PALETTE_SIZE }, (_, i) => `--sanctions-timeline-palette-${i + 1}`));
    expect(hostStyles.cssText.match(/--sanctions-timeline-palette-\d+:/g)).to.have.length(PALETTE_SIZE);
    expect(background).to.deep.include({ light: '#ffffff', dark: '#0d1117' });
  });

  it("keeps every colour at least 3:1 against the element's background in its theme (marks are graphics, WCAG 1.4.11)", () => {
    const below = THEMES.flatMap((theme) =>
      palette
        .map(({ name, ...colour }) => ({ name, ratio: contrastRatio(colour[theme], background![theme]) }))
        .filter(({ ratio }) => ratio < 3)
        .map(({ name, ratio }) => `${name} in ${theme}: ${ratio.toFixed(2)}:1`),
    );
    expect(below).to.deep.equal([]);
  });

  it('keeps the colours of any two of the first 14 categories at least 15 ΔE00 (CIEDE2000) apart, in light and in dark', () => {
    expect(pairsCloserThan(15, 12), 'the first 12').to.deep.equal([]);
    expect(pairsCloserThan(15, 14), 'the first 14').to.deep.equal([]);
  });

  it('keeps them at least 10 ΔE00 apart as a reader with deuteranopia or protanopia sees them (Machado 2009)', () => {
    for (const deficiency of ['deuteranopia', 'protanopia'] as const) {
      expect(pairsCloserThan(10, 14, deficiency), deficiency).to.deep.equal([]);
    }
  });

  it('keeps the first 12 at least 7 ΔE00 apart as a reader with tritanopia sees them', () => {
    expect(pairsCloserThan(7, 12, 'tritanopia')).to.deep.equal([]);
  });
});

describe('palette: categoryColors(categories, events)', () => {
  it('gives the categories the palette in order, and the one after the last starts again at the first', () => {
    const keys = Array.from({ length: PALETTE_SIZE + 2 }, (_, i) => `c${i + 1}`);
    const colorOf = categoryColors(Object.fromEntries(keys.map((key) => [key, { label: key }])), []);
    const index = (key: string) => Number(/palette-(\d+)\)\)$/.exec(colorOf(key))?.[1]);
    expect(keys.map(index)).to.deep.equal([...Array.from({ length: PALETTE_SIZE }, (_, i) => i + 1), 1, 2]);
  });
});
