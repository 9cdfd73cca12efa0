import { expect } from '@open-wc/testing';
import { generateEuFsf } from '../../bench/generate-eu.js';
import { generateOfacAdvanced } from '../../bench/generate-ofac.js';
import { generateSeco } from '../../bench/generate-seco.js';
import { generateUkSanctions } from '../../bench/generate-uk.js';
import { detectFormat, parseBody } from '../../src/model/formats/detect.js';
import { normalize, problemCount } from '../../src/model/normalize.js';

const GENERATORS = [
  ['generateEuFsf', generateEuFsf, 'eu-fsf', 'European Union'],
  ['generateUkSanctions', generateUkSanctions, 'uk-sanctions', 'United Kingdom (FCDO)'],
  ['generateOfacAdvanced', generateOfacAdvanced, 'ofac-advanced', 'US Treasury (OFAC)'],
  ['generateSeco', generateSeco, 'seco', 'Switzerland (SECO)'],
] as const;

describe('the generators of official lists (bench/generate-eu.js, -uk.js, -ofac.js, -seco.js)', () => {
  for (const [name, generate, format, group] of GENERATORS) {
    it(`${name}(n, seed) gives the same text for the same seed, another for another`, () => {
      expect(generate(200, 4)).to.equal(generate(200, 4));
      expect(generate(200, 5)).not.to.equal(generate(200, 4));
    });

    it(`${name}(n) is found from its content and read as n designations, every one drawn or reported undated, dated 2000–2026, never from the file's 2026 date`, async () => {
      const text = generate(3000, 2);
      expect(detectFormat('application/octet-stream', '/download', text)).to.equal(format);
      const data = normalize(await parseBody(text, format));
      expect(data.inputCount).to.equal(3000);
      expect(data.events.length + problemCount(data.problems)).to.equal(3000);
      expect(problemCount(data.problems)).to.be.within(40, 150);
      expect(data.problems.every((p) => p.field === 'start')).to.be.true;
      expect(new Set(data.events.map((e) => e.group))).to.deep.equal(new Set([group]));
      const years = data.events.map((e) => new Date(e.when.lo).getUTCFullYear());
      expect(Math.min(...years)).to.equal(2000);
      expect(years.filter((year) => year === 2026).length).to.be.lessThan(data.events.length / 20);
      expect(new Set(data.events.map((e) => e.id)).size).to.equal(data.events.length);
    });
  }

  it('generateSeco(n) de-lists about a tenth of its targets: spans that end', async () => {
    const data = normalize(await parseBody(generateSeco(2000, 3), 'seco'));
    expect(data.events.filter((e) => e.end).length).to.be.within(120, 280);
  });
});
