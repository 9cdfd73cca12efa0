import { expect } from '@open-wc/testing';
import { generateFtm } from '../../bench/generate-ftm.js';
import { fromFollowTheMoney } from '../../src/model/formats/ftm.js';
import { normalize, problemCount } from '../../src/model/normalize.js';

describe('generateFtm', () => {
  it('generateFtm(n, seed) gives the same text for the same seed, another for another', () => {
    expect(generateFtm(200, 4)).to.equal(generateFtm(200, 4));
    expect(generateFtm(200, 5)).not.to.equal(generateFtm(200, 4));
    expect(generateFtm(0)).to.equal('');
  });

  it('generateFtm(n) is 2n lines of JSON: n designations, each with its target, before or after it', () => {
    const lines = generateFtm(1000, 1).trimEnd().split('\n').map((line) => JSON.parse(line) as { schema: string });
    expect(lines).to.have.length(2000);
    expect(lines.filter((entity) => entity.schema === 'Sanction')).to.have.length(1000);
    expect(lines[0]!.schema).to.equal('Sanction');
    expect(lines[2]!.schema).not.to.equal('Sanction');
  });

  it('generateFtm(n) reads as n input items: every designation drawn with its target name, or reported undated', () => {
    const data = normalize(fromFollowTheMoney(generateFtm(5000, 2)));
    expect(data.inputCount).to.equal(5000);
    expect(data.events.length + problemCount(data.problems)).to.equal(5000);
    expect(data.problems.every((p) => p.field === 'start' && p.message.endsWith('no designation date (startDate, listingDate or date)'))).to.be.true;
    expect(problemCount(data.problems)).to.be.within(100, 200);
    expect(data.events.every((event) => !event.title.startsWith('os-'))).to.be.true;
    // The programme is the category, who designated the group (since the group field).
    expect(new Set(data.events.map((event) => event.category))).to.deep.equal(new Set(['RUSSIA-EO14024', 'EU-UKR', 'Russia', 'UA-SA1644', 'Ukraine', 'SEMA Russia']));
    expect(new Set(data.events.map((event) => event.group)).size).to.equal(6);
    // Dated from the lists, 2000–2025; never from the 2025 processing times.
    const years = data.events.map((event) => new Date(event.when.lo).getUTCFullYear());
    expect(Math.min(...years)).to.equal(2000);
    expect(years.filter((year) => year >= 2025).length).to.be.lessThan(data.events.length / 10);
  });
});
