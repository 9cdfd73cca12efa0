import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import { CSV_COLUMNS, fromCsv } from '../../../../src/model/formats/csv.js';
import { exportCsv, exportJson, toInputEvent } from '../../../../src/model/formats/export.js';
import { normalize } from '../../../../src/model/normalize.js';
import type { NormalizedEvent } from '../../../../src/model/types.js';

/** Every field, every precision, a range, text that needs CSV quoting and a non-http URL. */
const INPUT = {
  title: 'Example chronology',
  categories: { report: { label: 'Report', color: '#0b5cad' }, sanction: { label: 'Sanction' } },
  events: [
    {
      id: 'purge',
      start: '2017-02',
      end: '2017-04',
      title: 'Purge, "first wave"',
      summary: 'Line one,\nline two.',
      category: 'report',
      actors: ['Example Person', 'Example Org'],
      quote: { text: 'We said "no", twice.', by: 'Example Person' },
      sources: [
        { url: 'https://example.org/a?x=1,2', title: 'Report A', publisher: 'Example Org', date: '2017-04-01' },
        { url: 'https://example.org/b', publisher: 'Other Org' },
      ],
      tags: ['one', 'two'],
      dates: [
        { label: 'Reported', date: '2017-04-01' },
        { label: 'Inquiry: opened', date: '2018-11' },
      ],
      media: { url: 'https://example.org/photo.jpg', caption: 'Men at a border, "2017"', credit: 'Example Agency', alt: 'Men waiting at a border post', thumbnail: 'https://example.org/t.jpg' },
      group: 'Example Org',
    },
    { start: '2018', title: 'A year', category: 'sanction' },
    { id: 'timed', start: '2020-07-20T14:30:00+03:00', title: 'A moment', quote: { text: 'Just text.' } },
    { id: 'ancient', start: '-0044-03-15', title: 'Ides of March', sources: [{ url: 'javascript:alert(1)', title: 'Not a link' }], media: { url: 'javascript:alert(2)' } },
  ],
};

/** What survives a round trip: the input fields as users write them (no derived ones). */
function fields(events: readonly NormalizedEvent[]) {
  return events.map(toInputEvent);
}

describe('export formats', () => {
  const data = normalize(INPUT);
  const byId = (id: string) => data.events.find((event) => event.id === id)!;

  it('toInputEvent(event) keeps the input field names and the dates as written, and drops derived fields', () => {
    const purge = toInputEvent(byId('purge'));
    expect(purge).to.deep.equal({ ...INPUT.events[0] });
    const ancient = toInputEvent(byId('ancient'));
    expect(ancient).to.deep.equal({
      id: 'ancient',
      start: '-0044-03-15',
      title: 'Ides of March',
      sources: [{ url: 'javascript:alert(1)', title: 'Not a link' }],
      media: { url: 'javascript:alert(2)' },
    });
    expect(Object.keys(ancient)).not.to.include.members(['when', 'index', 'actors', 'tags']);
  });

  it('exportJson(events, meta) writes our file format, which normalize() reads back to the same events', () => {
    const text = exportJson(data.events, { title: data.title, categories: data.categories });
    const file = JSON.parse(text) as { title: string; categories: unknown; events: unknown[] };
    expect(file.title).to.equal('Example chronology');
    expect(file.categories).to.deep.equal(INPUT.categories);
    expect(file.events).to.have.length(4);
    const again = normalize(text);
    expect(again.problems.filter((problem) => problem.severity !== 'warning')).to.deep.equal([]);
    expect(fields(again.events)).to.deep.equal(fields(data.events));
    expect(again.events.map((event) => event.id)).to.deep.equal(['ancient', 'purge', '2018-a-year', 'timed']);
    expect(again.events.map((event) => event.when.start.precision)).to.deep.equal(['day', 'month', 'year', 'time']);
  });

  it('exportJson(events) of no events is an empty list', () => {
    expect(JSON.parse(exportJson([]))).to.deep.equal({ events: [] });
  });

  it('exportCsv(events) writes the API.md columns, which fromCsv() and normalize() read back to the same events', () => {
    const text = exportCsv(data.events);
    expect(text.split('\n')[0]).to.equal(CSV_COLUMNS.join(','));
    const again = normalize(fromCsv(text));
    expect(again.problems.filter((problem) => problem.severity !== 'warning')).to.deep.equal([]);
    expect(fields(again.events)).to.deep.equal(fields(data.events));
    expect(again.events.map((event) => event.when.start.precision)).to.deep.equal(['day', 'month', 'year', 'time']);
  });

  it('exportCsv(events) quotes commas, quotes and line breaks, so each event stays one record', () => {
    const rows = csvParseRows(exportCsv([byId('purge')]));
    expect(rows).to.have.length(2); // the header and the one event
    const record = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1]![i]]));
    expect(record.title).to.equal('Purge, "first wave"');
    expect(record.summary).to.equal('Line one,\nline two.');
    expect(record.quote).to.equal('We said "no", twice.');
    expect(record.actors).to.equal('Example Person; Example Org');
    expect(record.source_url).to.equal('https://example.org/a?x=1,2; https://example.org/b');
    expect(record.source_title).to.equal('Report A; ');
    expect(record.source_publisher).to.equal('Example Org; Other Org');
    expect(record.source_date).to.equal('2017-04-01; ');
    expect(record.dates).to.equal('Reported: 2017-04-01; Inquiry: opened: 2018-11');
    expect(exportCsv(data.events)).to.include('"Purge, ""first wave"""');
  });

  it("exportCsv(events) puts ' before text that a spreadsheet would run as a formula, a negative year too", () => {
    const risky = normalize([
      { id: 'f', start: '-0044', title: '=HYPERLINK("https://evil.example","x")', summary: '+1 more', actors: ['@handle'], tags: ['-tag'] },
    ]);
    const text = exportCsv(risky.events);
    const [, record] = csvParseRows(text);
    expect(record!.slice(0, 8)).to.deep.equal(['f', "'-0044", '', `'=HYPERLINK("https://evil.example","x")`, "'+1 more", '', "'@handle", "'-tag"]);
    expect(fields(normalize(fromCsv(text)).events)).to.deep.equal(fields(risky.events));
  });

  it('exportCsv(events) writes a ; inside a list item as , so items and sources stay aligned', () => {
    const tricky = normalize([
      { id: 's', start: '2018', title: 'T', actors: ['A; B'], sources: [{ url: 'https://example.org/x;y', title: 'One; two' }, { url: 'https://example.org/z', title: 'Three' }] },
    ]);
    const [again] = normalize(fromCsv(exportCsv(tricky.events))).events;
    expect(again!.actors).to.deep.equal(['A, B']);
    expect(again!.sources.map(({ url, title }) => ({ url, title }))).to.deep.equal([
      { url: 'https://example.org/x%3By', title: 'One, two' },
      { url: 'https://example.org/z', title: 'Three' },
    ]);
  });

  it('exportCsv(events) of no events is the header alone', () => {
    expect(exportCsv([])).to.equal(`${CSV_COLUMNS.join(',')}\n`);
  });
});
