import { expect } from '@open-wc/testing';
import { pickLocale, validLocale } from '../../../src/model/locale.js';

describe('validLocale(tag)', () => {
  it('validLocale canonicalizes valid tags', () => {
    expect(validLocale('ru')).to.equal('ru');
    expect(validLocale('EN-gb')).to.equal('en-GB');
    expect(validLocale(' de-DE ')).to.equal('de-DE');
  });

  it('validLocale returns undefined for empty, missing and invalid tags instead of throwing', () => {
    for (const tag of ['', null, undefined, 'en_US', 'not a tag', '123', '-']) expect(validLocale(tag), String(tag)).to.equal(undefined);
  });
});

describe('pickLocale(...candidates)', () => {
  it('pickLocale takes the first valid candidate, skipping invalid and empty ones', () => {
    expect(pickLocale('', 'ru', 'en')).to.equal('ru');
    expect(pickLocale('xx yy', undefined, 'de-AT')).to.equal('de-AT');
    expect(pickLocale('fr', 'ru')).to.equal('fr');
  });

  it('pickLocale falls back to "en" when no candidate is valid', () => {
    expect(pickLocale()).to.equal('en');
    expect(pickLocale('', null, 'bad tag')).to.equal('en');
  });
});
