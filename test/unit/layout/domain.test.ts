import { expect } from '@open-wc/testing';
import { DOMAIN_PADDING, fitDomain } from '../../../src/layout/domain.js';
import { utc } from '../../../src/model/dates.js';
import { normalize } from '../../../src/model/normalize.js';

const DAY = 86_400_000;

const events = (...starts: Array<string | [string, string]>) =>
  normalize(starts.map((s, i) => (Array.isArray(s) ? { start: s[0], end: s[1], title: `e${i}` } : { start: s, title: `e${i}` }))).events;

describe('fitDomain', () => {
  it('DOMAIN_PADDING is 4% of the span', () => {
    expect(DOMAIN_PADDING).to.equal(0.04);
  });

  it("fitDomain(['2014', '2018']) spans 2014-01-01 … 2019-01-01, padded by 4% each side", () => {
    const lo = utc(2014);
    const hi = utc(2019);
    const pad = (hi - lo) * DOMAIN_PADDING;
    expect(fitDomain(events('2018', '2014'))).to.deep.equal([lo - pad, hi + pad]);
  });

  it('fitDomain covers a range end that lies after every start', () => {
    const [, hi] = fitDomain(events(['2010', '2020-06'], '2015'))!;
    const span = utc(2020, 6) - utc(2010);
    expect(hi).to.equal(utc(2020, 6) + span * DOMAIN_PADDING);
  });

  it("fitDomain(['2018-12-13']) is that day padded by 4% of a day", () => {
    expect(fitDomain(events('2018-12-13'))).to.deep.equal([
      utc(2018, 11, 13) - DAY * DOMAIN_PADDING,
      utc(2018, 11, 14) + DAY * DOMAIN_PADDING,
    ]);
  });

  it("fitDomain(['2018-12-13T10:00Z']) — a single instant — gets a day either side", () => {
    const t = utc(2018, 11, 13, 10);
    expect(fitDomain(events('2018-12-13T10:00Z'))).to.deep.equal([t - DAY, t + DAY]);
    expect(fitDomain(events('2018-12-13T10:00Z', '2018-12-13T13:00+03:00'))).to.deep.equal([t - DAY, t + DAY]);
  });

  it('fitDomain([]) is undefined', () => {
    expect(fitDomain([])).to.equal(undefined);
  });

  it('fitDomain spans BC to AD', () => {
    const [lo, hi] = fitDomain(events('-0044', '0044'))!;
    const span = utc(45) - utc(-44);
    expect(lo).to.equal(utc(-44) - span * DOMAIN_PADDING);
    expect(hi).to.equal(utc(45) + span * DOMAIN_PADDING);
  });
});
