import { expect } from '@open-wc/testing';
import {
  readList,
  readQuote,
  readSources,
  readText,
  safeHref,
  type Warn,
} from '../../../src/model/fields.js';

/** A Warn that records what it was told, as [field, message] pairs. */
function recorder(): { warn: Warn; warnings: Array<[string, string]> } {
  const warnings: Array<[string, string]> = [];
  return { warn: (field, message) => warnings.push([field, message]), warnings };
}

describe('readText', () => {
  it("readText('x') keeps text and readText(12) makes '12', without warnings", () => {
    const { warn, warnings } = recorder();
    expect(readText('x', 'summary', warn)).to.equal('x');
    expect(readText(12, 'summary', warn)).to.equal('12');
    expect(warnings).to.deep.equal([]);
  });

  it("readText(undefined | null | '') is absent, without warnings", () => {
    const { warn, warnings } = recorder();
    for (const value of [undefined, null, '']) expect(readText(value, 'summary', warn)).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  it('readText(true) and readText(NaN) are left out with a warning naming the field and type', () => {
    const { warn, warnings } = recorder();
    expect(readText(true, 'summary', warn)).to.equal(undefined);
    expect(readText(NaN, 'category', warn)).to.equal(undefined);
    expect(warnings).to.deep.equal([
      ['summary', 'summary must be text, got a boolean; left out'],
      ['category', 'category must be text, got a number; left out'],
    ]);
  });
});

describe('readList', () => {
  it("readList('Kadyrov; Delimkhanov ;') splits on ';', trims and drops blanks", () => {
    const { warn, warnings } = recorder();
    expect(readList('Kadyrov; Delimkhanov ;', 'actors', warn)).to.deep.equal(['Kadyrov', 'Delimkhanov']);
    expect(warnings).to.deep.equal([]);
  });

  it("readList(['a', ' b ', 3]) keeps text items, trimmed, and numbers as text", () => {
    const { warn } = recorder();
    expect(readList(['a', ' b ', 3], 'tags', warn)).to.deep.equal(['a', 'b', '3']);
  });

  it('readList([\'a\', {}]) drops the object with a warning naming its position', () => {
    const { warn, warnings } = recorder();
    expect(readList(['a', {}], 'tags', warn)).to.deep.equal(['a']);
    expect(warnings).to.deep.equal([['tags[1]', 'tags[1] must be text, got an object; left out']]);
  });

  it('readList({ a: 1 }) is an empty list with a warning', () => {
    const { warn, warnings } = recorder();
    expect(readList({ a: 1 }, 'actors', warn)).to.deep.equal([]);
    expect(warnings).to.deep.equal([['actors', 'actors must be a list of text, got an object; left out']]);
  });

  it('readList(undefined) is an empty list without a warning', () => {
    const { warn, warnings } = recorder();
    expect(readList(undefined, 'actors', warn)).to.deep.equal([]);
    expect(warnings).to.have.length(0);
  });
});

describe('readQuote', () => {
  it("readQuote('text') is { text }", () => {
    const { warn } = recorder();
    expect(readQuote('We will find them', warn)).to.deep.equal({ text: 'We will find them' });
  });

  it('readQuote({ text, by }) keeps both; without by it has only text', () => {
    const { warn } = recorder();
    expect(readQuote({ text: 'T', by: 'Kadyrov' }, warn)).to.deep.equal({ text: 'T', by: 'Kadyrov' });
    expect(readQuote({ text: 'T' }, warn)).to.deep.equal({ text: 'T' });
  });

  it("readQuote(' Q ') and readQuote({ text: ' Q ', by: ' K ' }) are trimmed; readQuote('  ') is no quote", () => {
    const { warn, warnings } = recorder();
    expect(readQuote(' Q ', warn)).to.deep.equal({ text: 'Q' });
    expect(readQuote({ text: ' Q ', by: ' K ' }, warn)).to.deep.equal({ text: 'Q', by: 'K' });
    expect(readQuote('  ', warn)).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  it('readQuote({ by }) without text is left out with a warning', () => {
    const { warn, warnings } = recorder();
    expect(readQuote({ by: 'X' }, warn)).to.equal(undefined);
    expect(warnings).to.deep.equal([['quote', 'quote has no text; left out']]);
  });

  it('readQuote([…]) and readQuote(5) are left out with a warning naming the type', () => {
    const { warn, warnings } = recorder();
    expect(readQuote(['a'], warn)).to.equal(undefined);
    expect(readQuote(5, warn)).to.equal(undefined);
    expect(warnings).to.deep.equal([
      ['quote', 'quote must be { text, by }, got a list; left out'],
      ['quote', 'quote must be { text, by }, got a number; left out'],
    ]);
  });
});

describe('safeHref', () => {
  it("safeHref('https://example.org/a b') is the parsed URL", () => {
    expect(safeHref('https://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeHref(' http://example.org ')).to.equal('http://example.org/');
  });

  it('safeHref rejects javascript:, data:, ftp: and relative URLs', () => {
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref('JavaScript:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeHref('/reports/1.pdf')).to.equal(undefined);
    expect(safeHref('reports/1.pdf')).to.equal(undefined);
    expect(safeHref('ftp://example.org/x')).to.equal(undefined);
  });
});

describe('readSources', () => {
  it('readSources([{ url, title, publisher, date }]) keeps the fields and adds href for https', () => {
    const { warn, warnings } = recorder();
    const sources = readSources(
      [{ url: 'https://osce.org/r', title: 'Report', publisher: 'OSCE', date: '2018-12-13' }],
      warn,
    );
    expect(sources).to.deep.equal([
      { url: 'https://osce.org/r', title: 'Report', publisher: 'OSCE', date: '2018-12-13', href: 'https://osce.org/r' },
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it("readSources('https://x.org') accepts a bare URL string", () => {
    const { warn } = recorder();
    expect(readSources('https://x.org', warn)).to.deep.equal([{ url: 'https://x.org', href: 'https://x.org/' }]);
  });

  it("readSources([{ url: 'javascript:…' }]) keeps the source as text, without href, and warns", () => {
    const { warn, warnings } = recorder();
    expect(readSources([{ url: 'javascript:alert(1)', title: 'x' }], warn)).to.deep.equal([
      { url: 'javascript:alert(1)', title: 'x' },
    ]);
    expect(warnings).to.deep.equal([
      ['sources[0].url', "sources[0].url 'javascript:alert(1)' is not an http(s) URL; shown as plain text, not a link"],
    ]);
  });

  it('readSources([{ title }]) leaves out a source without url, with a warning', () => {
    const { warn, warnings } = recorder();
    expect(readSources([{ title: 'x' }, 7], warn)).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      ['sources[0]', 'sources[0] has no url; left out'],
      ['sources[1]', 'sources[1] has no url; left out'],
    ]);
  });
});
