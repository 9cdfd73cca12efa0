// Hostile input, part two (issue 19), on the pure functions: the readers, downloads and dates added
// since the first pass. Every run that could freeze is bounded in time (a Worker with a watchdog,
// see helpers/bounded.ts), so a freeze fails its test instead of hanging the suite.
import { expect } from '@open-wc/testing';
import { dsvFormat } from 'd3-dsv';
import { utc } from '../../src/model/calendar.js';
import { parseDate } from '../../src/model/dates.js';
import { fromCsv } from '../../src/model/formats/csv.js';
import { detectFormat } from '../../src/model/formats/detect.js';
import { exportCsv } from '../../src/model/formats/export.js';
import { fromFollowTheMoney } from '../../src/model/formats/ftm.js';
import { readHtml } from '../../src/model/formats/html-text.js';
import { fromTimelineJs2 } from '../../src/model/formats/timelinejs-v2.js';
import { fromTimelineJsSheet } from '../../src/model/formats/timelinejs-sheet.js';
import { fromUnConsolidatedList } from '../../src/model/formats/un-xml.js';
import { normalize } from '../../src/model/normalize.js';
import { INITIAL_VIEW, fromLink } from '../../src/state/view-state.js';
import { ENGLISH, replaceStrings } from '../../src/strings.js';
import { bounded } from '../helpers/bounded.js';

const error = (value: unknown): string | undefined => {
  const parsed = parseDate(value);
  return 'error' in parsed ? parsed.error : undefined;
};

const startOf = (value: string): number | undefined => {
  const parsed = parseDate(value);
  return 'error' in parsed ? undefined : parsed.start;
};

describe('hostile input, part two: downloads (issue 19)', () => {
  it('exportCsv(events) quotes every cell, so a spreadsheet that splits on ; meets no formula (finding 1)', () => {
    const title = "Report;=cmd|' /C calc'!A0;";
    const { events } = normalize([{ id: 'r', start: '-0044-03-15', title, summary: 'a;+b', actors: ['x;@y'], sources: [{ url: 'https://example.org/', title: 'One;-two' }] }]);
    const text = exportCsv(events);
    // Excel in Russian, German or French reads the file with ; between cells.
    for (const cells of [dsvFormat(';').parseRows(text), dsvFormat(',').parseRows(text)]) {
      for (const cell of cells.flat()) expect(cell.trim(), cell).not.to.match(/^[=+\-@\t\r]/);
    }
    const [again] = normalize(fromCsv(text)).events;
    expect(again!.title).to.equal(title);
    expect(again!.start).to.equal('-0044-03-15');
    expect(again!.summary).to.equal('a;+b');
  });
});

describe('hostile input, part two: readers (issue 19)', () => {
  it('readHtml: "İ" before a skipped element moves no cut; the iframe and the script are left out whole (finding 2)', () => {
    const news = readHtml('İstanbul’da polis açıklama yaptı. <iframe src="https://example.org/embed"></iframe> Polis olay yerinde.');
    expect(news.text).to.equal('İstanbul’da polis açıklama yaptı. Polis olay yerinde.');
    expect(news.embeds).to.deep.equal(['https://example.org/embed']);
    expect(readHtml(`${'İ'.repeat(12)} <script>x</script>Important`).text).to.equal(`${'İ'.repeat(12)} Important`);
    expect(readHtml('<p>İlham Aliyev</p><STYLE>p { color: red }</STYLE><p>said</p>').text).to.equal('İlham Aliyev\n\nsaid');
  });

  it("fromTimelineJsSheet: an unterminated quote is that line's problem; the rows after it are read (finding 3)", () => {
    const sheet = 'Year,Month,Day,Headline,Text\n2018,1,1,One,\n2019,1,1,Two,"Broken text\n2020,1,1,Three,\n2021,1,1,Four,\n';
    const data = normalize(fromTimelineJsSheet(sheet));
    expect(data.events.map((event) => event.title)).to.deep.equal(['One', 'Three', 'Four']);
    expect(data.problems.map((p) => [p.index, p.message])).to.deep.equal([
      [1, 'line 3: the quote that opens "Broken text… is never closed (it would take in the 2 line(s) after it); this line was left out'],
    ]);
    expect(data.inputCount).to.equal(4);
    expect(() => fromTimelineJsSheet('Year,"Headline\n2018,x')).to.throw(/the CSV header line 1: the quote/);
  });

  it('fromUnConsolidatedList: regimes named toString, valueOf, constructor and __proto__ are categories like any other; all 5 records draw (finding 4)', () => {
    const regimes = ['toString', 'valueOf', 'constructor', '__proto__', 'DPRK'];
    const records = regimes
      .map((regime, i) => `<INDIVIDUAL><DATAID>${i}</DATAID><FIRST_NAME>NAME ${i}</FIRST_NAME><UN_LIST_TYPE>${regime}</UN_LIST_TYPE><REFERENCE_NUMBER>R.${i}</REFERENCE_NUMBER><LISTED_ON>2020-01-0${i + 1}</LISTED_ON></INDIVIDUAL>`)
      .join('');
    const list = fromUnConsolidatedList(`<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2026-01-01"><INDIVIDUALS>${records}</INDIVIDUALS></CONSOLIDATED_LIST>`);
    const data = normalize(list);
    expect(data.events).to.have.length(5);
    expect(data.problems).to.deep.equal([]);
    const labels = Object.entries(data.categories!).map(([key, { label }]) => `${key}=${label}`);
    expect(labels).to.have.members(['tostring=toString', 'valueof=valueOf', 'constructor=constructor', '__proto__=__proto__', 'dprk=DPRK (North Korea)']);
  });

  it('fromFollowTheMoney: datasets named constructor and __proto__ are categories of their own (finding 4)', () => {
    const lines = ['constructor', '__proto__'].map((dataset, i) =>
      JSON.stringify({ id: `s-${i}`, schema: 'Sanction', properties: { entity: ['p-1'], startDate: ['2022-01-01'] }, datasets: [dataset] }),
    );
    lines.push(JSON.stringify({ id: 'p-1', schema: 'Person', caption: 'Ivan EXAMPLE', properties: {} }));
    const list = fromFollowTheMoney(lines.join('\n'));
    expect(Object.hasOwn(list.categories!, 'constructor')).to.equal(true);
    expect(Object.hasOwn(list.categories!, '__proto__')).to.equal(true);
    expect(Object.getPrototypeOf(list.categories) === Object.prototype, 'the prototype is untouched').to.equal(true);
    expect(normalize(list).events.map((event) => event.category)).to.have.members(['constructor', '__proto__']);
  });

  it('a content type named constructor and strings named __proto__ or toString reach no prototype (finding 4)', () => {
    // Compared as text: a failing assertion about Object or its prototype takes the reporter minutes to write down.
    expect(String(detectFormat('constructor', '/data', 'start,title\n2018,x'))).to.equal('csv');
    expect(String(detectFormat('toString', '/data.json', '[]'))).to.equal('json');
    const texts = replaceStrings(ENGLISH, JSON.parse('{"__proto__": {"other": "x"}, "toString": {"other": "y"}}'));
    expect(Object.getPrototypeOf(texts) === Object.prototype, 'the prototype is untouched').to.equal(true);
    expect(texts.noEvents).to.equal('No events');
    expect(String(texts)).to.equal('[object Object]');
  });

  it('fromFollowTheMoney: 55,000 program and programId values read in linear time, the first 100 of each kept, with a warning (finding 7)', async function () {
    this.timeout(15000);
    const values = (prefix: string) => Array.from({ length: 55_000 }, (_, i) => `${prefix}-${i}`);
    const sanction = { id: 's-1', schema: 'Sanction', properties: { entity: ['p-1'], startDate: ['2022-01-01'], program: values('Programme'), programId: values('P'), sourceUrl: values('https://example.org/s').map((url, i) => `${url}/${i}`) }, datasets: ['eu_fsf'] };
    const target = { id: 'p-1', schema: 'Person', caption: 'Ivan EXAMPLE', properties: {} };
    const run = await bounded({ input: `${JSON.stringify(sanction)}\n${JSON.stringify(target)}\n`, reader: 'ftm' }, 3000);
    expect(run.events).to.equal(1);
    expect(run.first!.tags).to.be.at.most(102);
    expect(run.first!.sources).to.be.at.most(100);
    expect(run.first!.summaryLength).to.be.below(5000);
    expect(run.messages).to.include.members([
      'program has 55000 values; the first 100 are kept, 54900 left out',
      'programId has 55000 values; the first 100 are kept, 54900 left out',
      'sourceUrl has 55000 values; the first 100 are kept, 54900 left out',
    ]);
  });

  it('fromFollowTheMoney: a designation nested under a JSON-escaped "sanctions", and a schema written "\\u0053anction", are read as the parsed line says (finding 9)', () => {
    const nested = '{"id":"p-1","schema":"Person","caption":"Ivan EXAMPLE","properties":{"name":["Ivan EXAMPLE"],"s\\u0061nctions":[{"id":"s-1","schema":"Sanction","properties":{"startDate":["2022-02-28"]}}]}}';
    const flat = '{"id":"s-2","caption":"EU","schema":"\\u0053anction","properties":{"entity":["p-1"],"startDate":["2023-05-10"]}}';
    const data = normalize(fromFollowTheMoney(`${nested}\n${flat}\n`));
    expect(data.problems).to.deep.equal([]);
    expect(data.events.map((event) => `${event.id} ${event.start} ${event.title}`)).to.deep.equal(['s-1 2022-02-28 Ivan EXAMPLE', 's-2 2023-05-10 Ivan EXAMPLE']);
  });

  it('fromTimelineJs2: a slide whose endDate is a typo is kept at its start; the end is dropped with a warning (finding 12)', () => {
    const data = normalize(fromTimelineJs2({ timeline: { headline: 'T', date: [{ startDate: '1960,2,15', endDate: '196002152034', headline: 'Kept' }] } }));
    expect(data.events.map((event) => [event.title, event.start, event.end])).to.deep.equal([['Kept', '1960-02-15', undefined]]);
    expect(data.problems).to.deep.equal([
      { index: 0, field: 'end', message: "end_date '+196002152034' is not a date; left out, the slide is shown at its start", severity: 'warning' },
    ]);
  });

  it('fromLink: a window of 1 ms from a link is widened to the one-hour zoom limit around its middle (finding 12)', () => {
    const { window } = fromLink(INITIAL_VIEW, { start: '2018-01-01T12:00:00.000Z', end: '2018-01-01T12:00:00.001Z' });
    expect(window![1] - window![0]).to.equal(3_600_000);
    expect((window![0] + window![1]) / 2).to.equal(utc(2018, 0, 1, 12) + 0.5);
  });
});

describe('hostile input, part two: dates as the standards read them (issue 19, finding 11)', () => {
  it("'Y' and 6,000,000 nines is refused as beyond the drawable years, quoted in 40 characters, without a stack overflow", async function () {
    this.timeout(15000);
    const run = await bounded({ input: [{ start: `Y${'9'.repeat(6e6)}`, title: 'far' }, { start: '2018', title: 'near' }] }, 10000);
    expect(run.events).to.equal(1);
    expect(run.messages.map((message) => message.length)).to.deep.equal([136]);
    expect(run.messages).to.deep.equal([`start: 'Y${'9'.repeat(39)}…' (6000001 characters) is outside the dates that can be drawn (years -271820 to 275759)`]);
  });

  it('a 1 MB value that is no date is quoted in 40 characters; so is one inside an interval', () => {
    const long = `x${'1'.repeat(1_000_000)}`;
    // Lengths first: a failing comparison of megabyte texts would spend minutes on its diff.
    for (const value of [long, `2018/${long}`, '2'.repeat(150)]) expect(error(value)!.length).to.be.below(120);
    expect(error(long)).to.equal(`'x${'1'.repeat(39)}…' (1000001 characters) is not a date: no date is that long`);
  });

  it('-0000, -0000-01-01, -000000 and -0000~ are refused: there is no negative zero year', () => {
    for (const text of ['-0000', '-0000-01-01', '-000000', '-0000~', '-0000-01-01T00:00Z']) {
      expect(error(text), text).to.equal(`'${text}' is not a date: there is no year minus zero; write 0000`);
    }
    expect(error('0000')).to.equal(undefined);
  });

  it('Y takes only years beyond four digits, without + or leading zeros; Y1000000 is beyond the drawable years', () => {
    for (const text of ['Y00001', 'Y-00001', 'Y+10000', 'Y2018']) {
      expect(error(text), text).to.equal(`'${text}' is not a date: Y takes a year of more than four digits, without + or leading zeros (Y17000, Y-17000)`);
    }
    expect(startOf('Y10000')).to.equal(utc(10000));
    expect(startOf('Y-10000')).to.equal(utc(-10000));
    expect(error('Y1000000')).to.equal("'Y1000000' is outside the dates that can be drawn (years -271820 to 275759)");
  });

  it('a fraction of a second longer than nine digits is read (RFC 3339), cut to milliseconds', () => {
    expect(startOf('1985-04-12T00:59:59.999999999999999Z')).to.equal(utc(1985, 3, 12, 0, 59, 59, 999));
    expect(startOf('1985-04-12T23:20:50.52Z')).to.equal(utc(1985, 3, 12, 23, 20, 50, 520));
  });

  it("U+2212 (−), ISO 8601's own minus sign, is read as a minus in a year and an offset", () => {
    expect(startOf('2014-12-08T11:46:42\u221202:00')).to.equal(utc(2014, 11, 8, 13, 46, 42));
    expect(startOf('\u22120044')).to.equal(utc(-44));
    expect((parseDate('\u22120044') as { text: string }).text).to.equal('-0044');
  });

  it("the README's Problems table quotes the messages as they are, and says that dates are trimmed", async () => {
    const readme = await (await fetch('/README.md')).text();
    const table = readme.slice(readme.indexOf('## Problems'), readme.indexOf('**In the element**'));
    const messages = normalize([
      { start: '17/01/2019', title: 'a' },
      { start: '2020-07-23T12:00', title: 'b' },
      { start: '2018' },
      { start: '2019-06-21', end: '2018-01-09', title: 'c' },
      { start: '+275760-09-12', title: 'd' },
      { start: '2018-12-13T24:00Z', title: 'e' },
      { start: 'Y00001', title: 'f' },
      { start: '-0000', title: 'g' },
    ]).problems.map((p) => p.message);
    for (const message of messages) expect(table, message).to.include(`\`${message}\``);
    expect(readme).to.match(/white space (?:around|before and after)[^.]*trimmed/i);
  });
});
