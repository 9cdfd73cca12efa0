import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeLink, encodeLink, readFromHash, writeToHash, type LinkState } from '../../../src/state/hash-codec.js';

const FULL: LinkState = { selected: '2018-report', start: '2018-08-01', end: '2019-01-31', hidden: ['sanction', 'threat'], query: 'purge' };

describe('links to lanes', () => {
  it('encodeLink writes the collapsed lanes as fold (like hide) and the rows as rows, after q', () => {
    expect(encodeLink({ query: 'x', collapsed: ['EU', 'a,b', ''], lanes: 'actors' })).to.equal('q=x&fold=EU,a%2Cb,&rows=actors');
  });

  it('decodeLink reads them back; rows must be a lane key', () => {
    expect(decodeLink('fold=EU,a%2Cb,&rows=actors')).to.deep.equal({ collapsed: ['EU', 'a,b', ''], lanes: 'actors' });
    expect(decodeLink('rows=__proto__&fold=toString')).to.deep.equal({ collapsed: ['toString'] });
  });
});

describe('encodeLink', () => {
  it('encodeLink(full state) writes sel, from, to, hide, q in that order', () => {
    expect(encodeLink(FULL)).to.equal('sel=2018-report&from=2018-08-01&to=2019-01-31&hide=sanction,threat&q=purge');
  });

  it('encodeLink leaves out empty parts, and the empty state is ""', () => {
    expect(encodeLink({})).to.equal('');
    expect(encodeLink({ selected: '', start: '', end: '', hidden: [], query: '' })).to.equal('');
    expect(encodeLink({ query: 'purge' })).to.equal('q=purge');
    expect(encodeLink({ start: '2018', end: '2019' })).to.equal('from=2018&to=2019');
  });

  it('encodeLink escapes values as URLSearchParams does (spaces as +, Cyrillic and & percent-encoded)', () => {
    expect(encodeLink({ query: 'Кадыров & co' })).to.equal(`q=${new URLSearchParams({ q: 'Кадыров & co' }).toString().slice(2)}`);
    expect(encodeLink({ selected: 'a=b&c' })).to.equal('sel=a%3Db%26c');
  });

  it('encodeLink escapes a comma inside a category key, writes the no-category key "" as an empty item, and drops duplicates', () => {
    expect(encodeLink({ hidden: ['a,b', 'c'] })).to.equal('hide=a%2Cb,c');
    expect(encodeLink({ hidden: ['', 'threat'] })).to.equal('hide=,threat');
    expect(encodeLink({ hidden: [''] })).to.equal('hide=');
    expect(encodeLink({ hidden: ['x', 'x'] })).to.equal('hide=x');
  });
});

describe('decodeLink', () => {
  it('decodeLink(encodeLink(state)) gives the state back', () => {
    for (const state of [FULL, {}, { hidden: [''] }, { hidden: ['a,b', '', 'c d'] }, { query: 'Ёжиков & Co+%' }, { selected: 'a=b&c' }]) {
      expect(decodeLink(encodeLink(state))).to.deep.equal(state);
    }
  });

  it('decodeLink round-trips any state (property)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1 });
    const date = fc.constantFrom('2018', '2018-12', '2018-12-13', '-0044', '2018-12-13T10:00Z');
    const state = fc.record(
      { selected: text, start: date, end: date, hidden: fc.uniqueArray(fc.string({ unit: 'grapheme' }), { minLength: 1 }), query: text },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeLink(encodeLink(s))).to.deep.equal(s);
      }),
    );
  });

  it('decodeLink accepts a leading ? or #, and URLSearchParams text (spaces as +, %2C between keys)', () => {
    expect(decodeLink('?q=new+purge')).to.deep.equal({ query: 'new purge' });
    expect(decodeLink('#sel=x')).to.deep.equal({ selected: 'x' });
    expect(decodeLink(new URLSearchParams({ hide: 'sanction' }).toString())).to.deep.equal({ hidden: ['sanction'] });
  });

  it('decodeLink ignores unknown keys, parts without =, empty values and malformed escapes, and never throws', () => {
    expect(decodeLink('foo=1&sel&q=&bar')).to.deep.equal({});
    expect(decodeLink('q=%E0%A4%A&sel=ok')).to.deep.equal({ selected: 'ok' });
    expect(decodeLink('hide=a,%ZZ&q=x')).to.deep.equal({ query: 'x' });
    expect(decodeLink('%%%=&&&==&=')).to.deep.equal({});
    for (const junk of ['', '&', '=', '#', '?', '%', 'sel=%', 'hide=,,', '\u0000']) expect(() => decodeLink(junk)).to.not.throw();
    expect(decodeLink(undefined as unknown as string)).to.deep.equal({});
  });

  it('decodeLink never throws on any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        decodeLink(text);
      }),
    );
  });

  it('decodeLink drops from/to values that are not dates', () => {
    expect(decodeLink('from=banana&to=2019-13-45')).to.deep.equal({});
    expect(decodeLink('from=2018-12&to=banana')).to.deep.equal({ start: '2018-12' });
  });

  it('decodeLink takes the first of a repeated parameter', () => {
    expect(decodeLink('q=one&q=two&hide=a&hide=b')).to.deep.equal({ query: 'one', hidden: ['a'] });
  });
});

describe('readFromHash', () => {
  const hash = `#a=${encodeURIComponent(encodeLink(FULL))}&b=${encodeURIComponent('q=x')}`;

  it("readFromHash(hash, 'a') reads one timeline's entry among several", () => {
    expect(readFromHash(hash, 'a')).to.deep.equal(FULL);
    expect(readFromHash(hash, 'b')).to.deep.equal({ query: 'x' });
  });

  it('readFromHash is undefined when the hash has no entry for the key', () => {
    expect(readFromHash(hash, 'c')).to.equal(undefined);
    expect(readFromHash('', 'a')).to.equal(undefined);
    expect(readFromHash('#', 'a')).to.equal(undefined);
    expect(readFromHash('#section-2', 'a')).to.equal(undefined);
    expect(readFromHash('#a', 'a')).to.equal(undefined);
  });

  it('readFromHash reads entries written by writeToHash, whatever the key', () => {
    for (const key of ['timeline', 'a b', 'x&y=z', 'Хроника']) {
      expect(readFromHash(writeToHash('#other=1', key, FULL), key)).to.deep.equal(FULL);
    }
  });

  it('readFromHash gives {} for an empty entry and undefined for a malformed one, without throwing', () => {
    expect(readFromHash('#a=', 'a')).to.deep.equal({});
    expect(readFromHash('#a=%E0%A4%A', 'a')).to.equal(undefined);
  });
});

describe('writeToHash', () => {
  it("writeToHash('', key, state) makes '#key=<escaped state>'", () => {
    const hash = writeToHash('', 'tl', { selected: 'x', query: 'a b' });
    expect(hash).to.equal(`#${new URLSearchParams({ tl: 'sel=x&q=a+b' }).toString()}`);
    expect(new URLSearchParams(hash.slice(1)).get('tl')).to.equal('sel=x&q=a+b');
  });

  it('writeToHash replaces the entry in place and keeps other timelines and parameters as written', () => {
    const before = '#first=1&a=q%3Dold&x=%7E&b=q%3Dy';
    expect(writeToHash(before, 'a', { query: 'new' })).to.equal('#first=1&a=q%3Dnew&x=%7E&b=q%3Dy');
  });

  it('writeToHash appends a new entry after the existing parts', () => {
    expect(writeToHash('#b=q%3Dy', 'a', { query: 'x' })).to.equal('#b=q%3Dy&a=q%3Dx');
  });

  it('writeToHash removes the entry for an empty state, and gives "" when nothing is left', () => {
    expect(writeToHash('#b=q%3Dy&a=q%3Dx', 'a', {})).to.equal('#b=q%3Dy');
    expect(writeToHash('#a=q%3Dx', 'a', { hidden: [], query: '' })).to.equal('');
    expect(writeToHash('', 'a', {})).to.equal('');
  });

  it('writeToHash keeps a plain fragment (#section-2) as the leading part, and gives it back unchanged when the entry goes', () => {
    const written = writeToHash('#section-2', 'a', { query: 'x' });
    expect(written).to.equal('#section-2&a=q%3Dx');
    expect(readFromHash(written, 'a')).to.deep.equal({ query: 'x' });
    expect(writeToHash(written, 'a', {})).to.equal('#section-2');
  });

  it('writeToHash does not take a plain fragment named like the key for its entry', () => {
    expect(writeToHash('#a', 'a', { query: 'x' })).to.equal('#a&a=q%3Dx');
  });

  it('writeToHash collapses a repeated entry into one and drops empty parts', () => {
    expect(writeToHash('#a=q%3D1&&b=2&a=q%3D2&', 'a', { query: '3' })).to.equal('#a=q%3D3&b=2');
  });

  it('writeToHash leaves the other entries readable (two timelines, property)', () => {
    const state = fc.record({ query: fc.string({ minLength: 1 }), hidden: fc.uniqueArray(fc.string(), { minLength: 1 }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(state, state, (a, b) => {
        const hash = writeToHash(writeToHash('#intro', 'one', a), 'two', b);
        expect(readFromHash(hash, 'one') ?? {}).to.deep.equal(a);
        expect(readFromHash(hash, 'two') ?? {}).to.deep.equal(b);
        expect(writeToHash(writeToHash(hash, 'one', {}), 'two', {})).to.equal('#intro');
      }),
    );
  });
});

describe('decodeLink with EDTF dates', () => {
  it('keeps from/to written as EDTF with a known extent, and drops those with an open or unknown side', () => {
    expect(decodeLink('from=201X&to=2019-03%3F')).to.deep.equal({ start: '201X', end: '2019-03?' });
    expect(decodeLink('from=2018%2F..&to=2019%2F')).to.deep.equal({});
  });
});
