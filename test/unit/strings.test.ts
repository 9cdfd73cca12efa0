import { expect } from '@open-wc/testing';
import { ENGLISH, loadStrings, plural, stringsFor, type PluralText } from '../../src/strings.js';
import { RUSSIAN } from '../../src/strings/ru.js';

const PLURAL_KEYS = (Object.keys(ENGLISH) as Array<keyof typeof ENGLISH>).filter((key) => typeof ENGLISH[key] !== 'string');

describe('plural(text, n, locale)', () => {
  it('plural(eventCount, n, "ru") picks one/few/many/other: 1 событие, 2 события, 5 событий, 21 событие', () => {
    const forms = [0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111].map((n) => plural(RUSSIAN.eventCount, n, 'ru'));
    expect(forms).to.deep.equal([
      '0 событий',
      '1 событие',
      '2 события',
      '4 события',
      '5 событий',
      '11 событий',
      '12 событий',
      '21 событие',
      '22 события',
      '25 событий',
      '101 событие',
      '111 событий',
    ]);
  });

  it('plural(text, 1.5, "ru") takes the "other" form, with the Russian decimal comma', () => {
    expect(plural(RUSSIAN.eventCount, 1.5, 'ru')).to.equal('1,5 события');
  });

  it('plural(eventCount, n, "en") picks one/other', () => {
    expect([1, 2, 5, 21].map((n) => plural(ENGLISH.eventCount, n, 'en'))).to.deep.equal(['1 event', '2 events', '5 events', '21 events']);
  });

  it('plural(text, n, locale) formats {n} in the locale: 12 345 in Russian, 12,345 in English', () => {
    expect(plural(RUSSIAN.eventCount, 12345, 'ru')).to.equal('12\u00a0345 событий');
    expect(plural(ENGLISH.eventCount, 12345, 'en')).to.equal('12,345 events');
  });

  it('plural(text, n, "ar") uses all six Arabic categories, and falls back to "other" for a missing one', () => {
    const text: PluralText = { zero: 'zero {n}', one: 'one', two: 'two', few: 'few {n}', many: 'many {n}', other: 'other {n}' };
    const digits = (n: number) => new Intl.NumberFormat('ar').format(n);
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(text, n, 'ar'))).to.deep.equal([
      `zero ${digits(0)}`,
      'one',
      'two',
      `few ${digits(3)}`,
      `many ${digits(11)}`,
      `other ${digits(100)}`,
    ]);
    expect(plural({ one: 'one', other: 'other {n}' }, 3, 'ar')).to.equal(`other ${digits(3)}`);
  });
});

describe('stringsFor(locale) and loadStrings(locale)', () => {
  it('loadStrings(locale) loads a language on demand, once; English has nothing to load', async () => {
    expect(loadStrings('en-GB')).to.equal(undefined);
    expect(loadStrings('de')).to.equal(undefined);
    const first = loadStrings('ru-RU');
    expect(loadStrings('ru')).to.equal(first);
    await first;
    expect(loadStrings('ru')).to.equal(undefined);
  });

  it('stringsFor picks by the language subtag, in any case and with any region or script, once loaded', async () => {
    await loadStrings('ru');
    for (const tag of ['ru', 'ru-RU', 'RU', 'ru-Cyrl-UA', 'ru_RU']) expect(stringsFor(tag), tag).to.equal(RUSSIAN);
    for (const tag of ['en', 'en-GB', 'en-US']) expect(stringsFor(tag), tag).to.equal(ENGLISH);
  });

  it('stringsFor falls back to English for other languages, empty, undefined and nonsense', () => {
    for (const tag of ['de', 'ar', 'fr-CA', '', undefined, '!!', 'toString', '__proto__']) expect(stringsFor(tag), String(tag)).to.equal(ENGLISH);
  });
});

describe('RUSSIAN', () => {
  it('has every key English has, each text non-empty and different from the English one', () => {
    expect(Object.keys(RUSSIAN).sort()).to.deep.equal(Object.keys(ENGLISH).sort());
    for (const [key, value] of Object.entries(RUSSIAN)) {
      // "+{n}" on a cluster has no words to translate.
      if (key === 'clusterCount') continue;
      expect(JSON.stringify(value), key).to.not.equal(JSON.stringify(ENGLISH[key as keyof typeof ENGLISH]));
      if (typeof value === 'string') expect(value.trim(), key).to.not.equal('');
    }
  });

  it('gives each counted text the one, few, many and other forms Russian needs, each with {n}', () => {
    for (const key of PLURAL_KEYS.filter((key) => key !== 'clusterCount')) {
      const text = RUSSIAN[key] as PluralText;
      expect(Object.keys(text).sort(), key).to.deep.equal(['few', 'many', 'one', 'other']);
      for (const form of Object.values(text)) expect(form, key).to.contain('{n}');
    }
  });

  it('keeps the placeholders of the English texts ({range}, {url}, {reason}, {shown}, {n})', () => {
    const placeholders = (value: unknown) => [...new Set(JSON.stringify(value).match(/\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(ENGLISH) as Array<keyof typeof ENGLISH>) {
      expect(placeholders(RUSSIAN[key]), key).to.deep.equal(placeholders(ENGLISH[key]));
    }
  });
});
