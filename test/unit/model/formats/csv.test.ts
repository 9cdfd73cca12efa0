import { expect } from '@open-wc/testing';
import { fromCsv } from '../../../../src/model/formats/csv.js';
import { normalize } from '../../../../src/model/normalize.js';

describe('fromCsv(text)', () => {
  it('fromCsv(text) turns each row into an item keyed by the header, leaving empty cells out', () => {
    const items = fromCsv('id,start,end,title,summary\nx,2018-12-13,,Example event A,\n');
    expect(items).to.deep.equal([{ id: 'x', start: '2018-12-13', title: 'Example event A' }]);
  });

  it('fromCsv(text) keeps a quoted field with a comma whole', () => {
    const [item] = fromCsv('start,title,summary\n2018,"Example, with comma","He said ""no"", twice"\n');
    expect(item).to.deep.equal({ start: '2018', title: 'Example, with comma', summary: 'He said "no", twice' });
  });

  it('fromCsv(text) matches header names case-insensitively and trims them', () => {
    const [item] = fromCsv(' Start , TITLE ,Source_URL\n2019-03,Example event B,https://example.org/b\n');
    expect(item).to.deep.equal({ start: '2019-03', title: 'Example event B', sources: [{ url: 'https://example.org/b' }] });
  });

  it('fromCsv(text) strips a UTF-8 byte-order mark before the header', () => {
    const [item] = fromCsv('\uFEFFstart,title\n2018,Example event A\n');
    expect(item).to.deep.equal({ start: '2018', title: 'Example event A' });
  });

  it('fromCsv(text) leaves actors and tags as ;-separated text for the normalizer to split', () => {
    const [item] = fromCsv('start,title,actors,tags\n2018,A,Example Person;Example Org,one; two\n');
    expect(item).to.deep.equal({ start: '2018', title: 'A', actors: 'Example Person;Example Org', tags: 'one; two' });
    expect(normalize([item]).events[0]!.actors).to.deep.equal(['Example Person', 'Example Org']);
    expect(normalize([item]).events[0]!.tags).to.deep.equal(['one', 'two']);
  });

  it("fromCsv(text) drops the ' a spreadsheet puts before a text that starts like a formula", () => {
    const [item] = fromCsv("start,title,summary,actors\n2018,'=SUM(A1),'- a dash,'@someone; 'kept\n");
    expect(item).to.deep.equal({ start: '2018', title: '=SUM(A1)', summary: '- a dash', actors: "@someone; 'kept" });
  });

  it('fromCsv(text) makes quote and quote_by into quote: { text, by }', () => {
    const [withBy, withoutBy] = fromCsv('start,title,quote,quote_by\n2018,A,An example quotation.,Example Person\n2019,B,Just text.,\n');
    expect(withBy).to.deep.include({ quote: { text: 'An example quotation.', by: 'Example Person' } });
    expect(withoutBy).to.deep.include({ quote: { text: 'Just text.' } });
  });

  it('fromCsv(text) aligns ;-separated source columns by position into sources', () => {
    const text =
      'start,title,source_url,source_title,source_publisher,source_date\n' +
      '2019,B,https://example.org/1; https://example.org/2,One;Two,Example Gazette;,2019-01-01;2019-02-02\n';
    const [item] = fromCsv(text) as Record<string, unknown>[];
    expect(item!.sources).to.deep.equal([
      { url: 'https://example.org/1', title: 'One', publisher: 'Example Gazette', date: '2019-01-01' },
      { url: 'https://example.org/2', title: 'Two', date: '2019-02-02' },
    ]);
  });

  it('fromCsv(text) makes the media_* columns into media: { url, caption, credit, alt, thumbnail }', () => {
    const text = 'start,title,media_url,media_caption,media_credit,media_alt,media_thumbnail\n2018,A,https://x.org/a.jpg,"Cap, with comma",AP,A man,https://x.org/t.jpg\n2019,B,,,,,\n2020,C,,Caption alone,,,\n';
    expect(fromCsv(text).map((item) => (item as { media?: unknown }).media)).to.deep.equal([
      { url: 'https://x.org/a.jpg', caption: 'Cap, with comma', credit: 'AP', alt: 'A man', thumbnail: 'https://x.org/t.jpg' },
      undefined,
      { caption: 'Caption alone' },
    ]);
    expect(normalize(fromCsv(text)).problems.map((p) => [p.index, p.message])).to.deep.equal([[2, 'media has no url; left out']]);
  });

  it('fromCsv(text) keeps unknown columns so the normalizer warns about them', () => {
    const items = fromCsv('start,title,Colour\n2018,A,red\n');
    expect(items).to.deep.equal([{ start: '2018', title: 'A', Colour: 'red' }]);
    expect(normalize(items).problems.map((p) => p.message)).to.deep.equal(["unknown field 'Colour' ignored"]);
  });

  it('fromCsv(text) skips blank lines between rows', () => {
    expect(fromCsv('start,title\n2018,A\n\n2019,B\n\n')).to.have.length(2);
  });

  it('fromCsv(text) throws "the CSV file is empty" for empty or white-space text', () => {
    expect(() => fromCsv('')).to.throw(Error, 'the CSV file is empty');
    expect(() => fromCsv(' \n\n ')).to.throw(Error, 'the CSV file is empty');
  });

  it('fromCsv(text) throws "the CSV file has a header but no rows" for a header alone', () => {
    expect(() => fromCsv('start,title\n')).to.throw(Error, 'the CSV file has a header but no rows');
  });

  it('fromCsv(text) names the missing start or title column and the columns found', () => {
    expect(() => fromCsv('a, b,c\n1,2,3\n')).to.throw(Error, "the CSV header has no 'start' column; found: a, b, c");
    expect(() => fromCsv('start,name\n2018,A\n')).to.throw(Error, "the CSV header has no 'title' column; found: start, name");
  });

  it('fromCsv(text) output normalizes into events, with bad rows reported by index', () => {
    const data = normalize(fromCsv('start,title\n2018,A\nnot a date,B\n2019,\n'));
    expect(data.events.map((e) => e.title)).to.deep.equal(['A']);
    expect(data.problems.map((p) => [p.index, p.field])).to.deep.equal([[1, 'start'], [2, 'title']]);
  });

  it('fromCsv(text) reads dates as label: date pairs, ;-separated; a part without a label stays for the normalizer to report', () => {
    const [item] = fromCsv('start,title,dates\n2022,A,"Listed: 2022-03-01; Inquiry: opened: 2018-11;2019"\n');
    expect(item).to.deep.include({
      dates: [{ label: 'Listed', date: '2022-03-01' }, { label: 'Inquiry: opened', date: '2018-11' }, { date: '2019' }],
    });
    expect(normalize([item]).events[0]!.dates!.map((d) => d.label)).to.deep.equal(['Listed', 'Inquiry: opened']);
  });
});

describe('fromCsv with EDTF, displayDate and archived sources', () => {
  it('reads EDTF dates as written, displayDate in any case, and source_archived/source_accessed by position', () => {
    const text = [
      'start,end,title,DisplayDate,source_url,source_archived,source_accessed',
      '2018-12/2019-02,,Winter purge,Winter 2018–19,https://a.example/1;https://a.example/2,https://web.archive.org/1;,2024-05-03;2024-05~',
      '2020-07-20,..,In force,,,,',
    ].join('\n');
    const items = fromCsv(text);
    expect(items[0]).to.deep.equal({
      start: '2018-12/2019-02',
      title: 'Winter purge',
      displayDate: 'Winter 2018–19',
      sources: [
        { url: 'https://a.example/1', archived: 'https://web.archive.org/1', accessed: '2024-05-03' },
        { url: 'https://a.example/2', accessed: '2024-05~' },
      ],
    });
    expect(items[1]).to.deep.equal({ start: '2020-07-20', end: '..', title: 'In force' });
  });
});
