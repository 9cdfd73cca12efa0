import { expect } from '@open-wc/testing';
import { utc } from '../../../src/model/dates.js';
import { dateFormat, numberFormat, pluralRules } from '../../../src/model/intl.js';

// Building an Intl object costs far more than using one, and a render asks for the same few on
// every frame of a zoom: each is made once per locale and options, then handed out again.

describe('dateFormat', () => {
  it('dateFormat(locale, options) returns one cached instance per locale and options', () => {
    const a = dateFormat('en-US', { year: 'numeric' });
    expect(dateFormat('en-US', { year: 'numeric' })).to.equal(a);
    expect(dateFormat('de', { year: 'numeric' })).to.not.equal(a);
  });

  it("dateFormat(locale, { timeZone: 'bogus' }) falls back to UTC instead of throwing", () => {
    const format = dateFormat('en-US', { timeZone: 'Not/AZone', year: 'numeric', month: 'long', day: 'numeric' });
    expect(format.resolvedOptions().timeZone).to.equal('UTC');
    expect(format.format(utc(2018, 11, 13))).to.equal('December 13, 2018');
  });
});

describe('numberFormat', () => {
  it('numberFormat(locale, options) returns one cached instance per locale and options', () => {
    const a = numberFormat('ru');
    expect(numberFormat('ru')).to.equal(a);
    expect(numberFormat('ru', {})).to.equal(a);
    expect(numberFormat('de')).to.not.equal(a);
    const percent = numberFormat('ru', { style: 'percent' });
    expect(numberFormat('ru', { style: 'percent' })).to.equal(percent);
    expect(percent).to.not.equal(a);
    expect(a.format(12345)).to.equal('12\u00a0345');
  });
});

describe('pluralRules', () => {
  it('pluralRules(locale) returns one cached instance per locale', () => {
    const a = pluralRules('ru');
    expect(pluralRules('ru')).to.equal(a);
    expect(pluralRules('en')).to.not.equal(a);
    expect([1, 2, 5, 21].map((n) => a.select(n))).to.deep.equal(['one', 'few', 'many', 'one']);
  });
});
