import { expect } from '@open-wc/testing';
import { utc } from '../../../src/model/dates.js';
import { normalize, problemCount, slug } from '../../../src/model/normalize.js';
import type { NormalizedData, Problem } from '../../../src/model/types.js';

/** Freezes a value and everything inside it, so any write by the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const errors = (data: NormalizedData): Problem[] => data.problems.filter((p) => p.severity !== 'warning');
const warnings = (data: NormalizedData): Problem[] => data.problems.filter((p) => p.severity === 'warning');
const ids = (data: NormalizedData): string[] => data.events.map((e) => e.id);

/** Drawn + left-out items account for the whole input. */
function expectConserved(data: NormalizedData): void {
  expect(data.events.length + problemCount(data.problems)).to.equal(data.inputCount);
}

describe('normalize', () => {
  describe('input shapes', () => {
    it('normalize([…]) reads a bare array', () => {
      const data = normalize([{ start: '2018-12-13', title: 'OSCE report' }]);
      expect(data.inputCount).to.equal(1);
      expect(data.events).to.have.length(1);
      expect(data.events[0]!.title).to.equal('OSCE report');
      expect(data.events[0]!.when.lo).to.equal(utc(2018, 11, 13));
      expect(data.events[0]!.when.hi).to.equal(utc(2018, 11, 14));
      expect(data.problems).to.deep.equal([]);
    });

    it('normalize({ events, title, description, categories }) keeps the container fields', () => {
      const data = normalize({
        title: 'Kadyrov',
        description: 'Threats and sanctions',
        categories: { threat: { label: 'Threat', color: '#c00' }, report: 'Report', bad: 5 },
        events: [{ start: '2018', title: 'A', category: 'threat' }],
      });
      expect(data.title).to.equal('Kadyrov');
      expect(data.description).to.equal('Threats and sanctions');
      expect(data.categories).to.deep.equal({
        threat: { label: 'Threat', color: '#c00' },
        report: { label: 'Report' },
        bad: { label: 'bad' },
      });
      expect(data.events.map((e) => e.category)).to.deep.equal(['threat']);
    });

    it("normalize({ categories }) warns of a category's unsafe colour against the file (index 0, no id), and keeps its label", () => {
      const data = normalize({ categories: { threat: { label: 'Threat', color: 'red; background: url(x)' } }, events: [{ id: 'a', start: '2018', title: 'A' }] });
      expect(data.categories).to.deep.equal({ threat: { label: 'Threat' } });
      expect(data.problems).to.deep.equal([
        { index: 0, id: undefined, field: 'categories.threat.color', message: "category 'threat': color 'red; background: url(x)' is not a plain CSS colour; ignored", severity: 'warning' },
      ]);
    });

    it('normalize({ events }) without title has no title, description or categories keys', () => {
      const data = normalize({ events: [] });
      expect(data).to.deep.equal({ events: [], problems: [], inputCount: 0 });
    });

    it("normalize('[…]') parses a JSON string", () => {
      const data = normalize(JSON.stringify([{ start: '2018-12', title: 'A' }, { start: '2017', title: 'B' }]));
      expect(data.inputCount).to.equal(2);
      expect(data.events.map((e) => e.title)).to.deep.equal(['B', 'A']);
    });

    it("normalize('{\"events\": […]}') parses our file format from a string", () => {
      const data = normalize('{"title":"T","events":[{"start":"2018","title":"A"}]}');
      expect(data.title).to.equal('T');
      expect(data.events).to.have.length(1);
    });

    it("normalize('[{') is one problem on field 'events' saying it is not valid JSON", () => {
      const data = normalize('[{');
      expect(data.events).to.deep.equal([]);
      expect(data.inputCount).to.equal(1);
      expect(data.problems).to.have.length(1);
      expect(data.problems[0]!.index).to.equal(0);
      expect(data.problems[0]!.field).to.equal('events');
      expect(data.problems[0]!.message.startsWith('events is not valid JSON')).to.equal(true);
      expectConserved(data);
    });

    it("normalize('\"text\"') rejects a JSON string that is not a list", () => {
      const data = normalize('"hello"');
      expect(data.problems).to.deep.equal([
        { index: 0, field: 'events', message: 'events is a JSON string, not a list of events' },
      ]);
    });

    it('normalize(42), normalize(true), normalize({ items: [] }) are one problem each, naming the type', () => {
      expect(normalize(42).problems).to.deep.equal([
        { index: 0, field: 'events', message: 'expected a list of events or { "events": [...] }, got a number' },
      ]);
      expect(normalize(true).problems[0]!.message).to.equal(
        'expected a list of events or { "events": [...] }, got a boolean',
      );
      const object = normalize({ items: [] });
      expect(object.problems[0]!.message).to.equal('expected a list of events or { "events": [...] }, got an object');
      for (const input of [42, true, { items: [] }]) {
        const data = normalize(input);
        expect(data.inputCount).to.equal(1);
        expectConserved(data);
      }
    });

    it("normalize(undefined), normalize(null), normalize('  ') are empty without problems", () => {
      for (const input of [undefined, null, '  ', '[]']) {
        expect(normalize(input)).to.deep.equal({ events: [], problems: [], inputCount: 0 });
      }
    });
  });

  describe('sorting', () => {
    it('normalize sorts by start, then by end', () => {
      const data = normalize([
        { id: 'late', start: '2019-01-01', title: 'late' },
        { id: 'long', start: '2018-12-13', end: '2018-12-31', title: 'long' },
        { id: 'short', start: '2018-12-13', end: '2018-12-14', title: 'short' },
        { id: 'early', start: '2017', title: 'early' },
      ]);
      expect(ids(data)).to.deep.equal(['early', 'short', 'long', 'late']);
    });

    it('normalize keeps input order for events with the same extent', () => {
      const data = normalize([
        { id: 'b', start: '2018-12-13', title: 'b' },
        { id: 'a', start: '2018-12-13', title: 'a' },
        { id: 'c', start: '2018-12-13', title: 'c' },
      ]);
      expect(ids(data)).to.deep.equal(['b', 'a', 'c']);
      expect(data.events.map((e) => e.index)).to.deep.equal([0, 1, 2]);
    });

    it('normalize puts the year 2018 (starting Jan 1) before 2018-06 and after 2017-12-31', () => {
      const data = normalize([
        { id: 'june', start: '2018-06', title: 'x' },
        { id: 'year', start: '2018', title: 'x' },
        { id: 'eve', start: '2017-12-31', title: 'x' },
      ]);
      expect(ids(data)).to.deep.equal(['eve', 'year', 'june']);
    });

    it('normalize orders BC before AD', () => {
      const data = normalize([
        { id: 'ad', start: '0044', title: 'x' },
        { id: 'bc', start: '-0044', title: 'x' },
      ]);
      expect(ids(data)).to.deep.equal(['bc', 'ad']);
    });

    it("normalize compares instants, not text: '2018-12-13T01:00+03:00' is before '2018-12-12T23:00Z'", () => {
      const data = normalize([
        { id: 'z', start: '2018-12-12T23:00Z', title: 'x' },
        { id: 'moscow', start: '2018-12-13T01:00+03:00', title: 'x' },
      ]);
      expect(ids(data)).to.deep.equal(['moscow', 'z']);
    });

    it('normalize sorts problems by index', () => {
      const data = normalize([{ start: '2018', title: 'ok', x: 1 }, 5, { title: 'no start' }]);
      expect(data.problems.map((p) => p.index)).to.deep.equal([0, 1, 2]);
    });
  });

  describe('ids', () => {
    it("normalize derives an id from start and title: '2018-12-13-osce-report'", () => {
      const data = normalize([{ start: '2018-12-13', title: 'OSCE report!' }]);
      expect(ids(data)).to.deep.equal(['2018-12-13-osce-report']);
    });

    it('normalize keeps a given id, trimmed, and makes a number id text', () => {
      const data = normalize([
        { id: ' a1 ', start: '2018', title: 'x' },
        { id: 7, start: '2019', title: 'y' },
      ]);
      expect(ids(data)).to.deep.equal(['a1', '7']);
      expect(data.problems).to.deep.equal([]);
    });

    it("normalize renames a later duplicate id to 'id-2' with a warning naming the first user", () => {
      const data = normalize([
        { id: 'x', start: '2019', title: 'first' },
        { id: 'x', start: '2018', title: 'second' },
      ]);
      const byTitle = Object.fromEntries(data.events.map((e) => [e.title, e.id]));
      expect(byTitle).to.deep.equal({ first: 'x', second: 'x-2' });
      expect(data.problems).to.deep.equal([
        {
          index: 1,
          id: 'x-2',
          field: 'id',
          message: "id 'x' is already used by item 0; renamed to 'x-2'",
          severity: 'warning',
        },
      ]);
    });

    it("normalize picks 'x-3' when 'x-2' is taken by another item", () => {
      const data = normalize([
        { id: 'x', start: '2018', title: 'a' },
        { id: 'x', start: '2018', title: 'b' },
        { id: 'x-2', start: '2018', title: 'c' },
        { id: 'x', start: '2018', title: 'd' },
      ]);
      expect(ids(data)).to.deep.equal(['x', 'x-3', 'x-2', 'x-4']);
    });

    it('normalize renames duplicates of derived ids too', () => {
      const data = normalize([
        { start: '2018-12-13', title: 'Report' },
        { start: '2018-12-13', title: 'Report' },
      ]);
      expect(ids(data)).to.deep.equal(['2018-12-13-report', '2018-12-13-report-2']);
      expect(warnings(data)).to.have.length(1);
    });

    it('normalize replaces an id that is not text, with a warning', () => {
      const data = normalize([{ id: { a: 1 }, start: '2018', title: 'T' }]);
      expect(ids(data)).to.deep.equal(['2018-t']);
      expect(data.problems).to.deep.equal([
        { index: 0, id: undefined, field: 'id', message: 'id must be text, got an object; a new one was made', severity: 'warning' },
      ]);
    });

    it("normalize treats id '' and id null as absent, silently (CSV has empty id cells)", () => {
      const data = normalize([
        { id: '', start: '2018', title: 'A' },
        { id: null, start: '2019', title: 'B' },
        { id: '  ', start: '2020', title: 'C' },
      ]);
      expect(ids(data)).to.deep.equal(['2018-a', '2019-b', '2020-c']);
      expect(data.problems).to.deep.equal([]);
    });
  });

  describe('problems (errors)', () => {
    it('normalize reports a missing start with index, id, field and message', () => {
      const data = normalize([{ id: 'a', title: 'T' }]);
      expect(data.events).to.deep.equal([]);
      expect(data.problems).to.deep.equal([{ index: 0, id: 'a', field: 'start', message: 'start is missing' }]);
    });

    it('normalize reports a start that is not a date, quoting it', () => {
      const data = normalize([{ title: 'T' }, { id: 'b', start: '2018-13-01', title: 'T' }]);
      expect(data.problems[1]).to.deep.equal({
        index: 1,
        id: 'b',
        field: 'start',
        message: "start: '2018-13-01' is not a date",
      });
    });

    it('normalize reports a start of the wrong type', () => {
      const data = normalize([{ start: 2018, title: 'T' }]);
      expect(data.problems).to.deep.equal([
        { index: 0, id: undefined, field: 'start', message: 'start: must be an ISO 8601 date string, got a number' },
      ]);
    });

    it('normalize reports a bad end', () => {
      const data = normalize([{ start: '2018', end: 'soon', title: 'T' }]);
      expect(data.problems).to.have.length(1);
      expect(data.problems[0]!.field).to.equal('end');
      expect(data.problems[0]!.message).to.equal(
        "end: 'soon' is not a date (expected e.g. 2018, 2018-12, 2018-12-13, 2018~, 201X, 2018-12/2019-01)",
      );
    });

    it("normalize reports 'end (…) is before start (…)'", () => {
      const data = normalize([{ id: 'r', start: '2018-12-13', end: '2018-12-12', title: 'T' }]);
      expect(data.events).to.deep.equal([]);
      expect(data.problems).to.deep.equal([
        { index: 0, id: 'r', field: 'end', message: 'end (2018-12-12) is before start (2018-12-13)' },
      ]);
    });

    it('normalize accepts end equal to start, for days and for date-times', () => {
      const data = normalize([
        { id: 'day', start: '2018-12-13', end: '2018-12-13', title: 'T' },
        { id: 'time', start: '2018-12-13T10:00Z', end: '2018-12-13T13:00+03:00', title: 'T' },
      ]);
      expect(data.problems).to.deep.equal([]);
      const time = data.events.find((e) => e.id === 'time')!;
      expect([time.when.lo, time.when.hi]).to.deep.equal([utc(2018, 11, 13, 10), utc(2018, 11, 13, 10)]);
    });

    it('normalize accepts an end at coarser precision that contains the start (2018-12-13 … 2018)', () => {
      const data = normalize([{ start: '2018-12-13', end: '2018', title: 'T' }]);
      expect(data.problems).to.deep.equal([]);
      expect(data.events[0]!.when.hi).to.equal(utc(2019, 0, 1));
    });

    it('normalize rejects a date-time end an hour before a date-time start', () => {
      const data = normalize([{ start: '2018-12-13T10:00Z', end: '2018-12-13T09:00Z', title: 'T' }]);
      expect(data.problems[0]!.message).to.equal('end (2018-12-13T09:00Z) is before start (2018-12-13T10:00Z)');
    });

    it("normalize reports a missing title as 'title is missing' (absent, empty, blank or null)", () => {
      const data = normalize([
        { start: '2018' },
        { start: '2018', title: '' },
        { start: '2018', title: '   ' },
        { start: '2018', title: null },
      ]);
      expect(data.problems.map((p) => [p.index, p.field, p.message])).to.deep.equal([
        [0, 'title', 'title is missing'],
        [1, 'title', 'title is missing'],
        [2, 'title', 'title is missing'],
        [3, 'title', 'title is missing'],
      ]);
    });

    it('normalize reports a title that is not text', () => {
      const data = normalize([{ start: '2018', title: ['a'] }]);
      expect(data.problems[0]!.message).to.equal('title must be text, got a list');
    });

    it('normalize reports every error of one item, all with its index', () => {
      const data = normalize([{ id: 'z', start: 'x', end: 'y' }]);
      expect(data.problems.map((p) => [p.index, p.id, p.field])).to.deep.equal([
        [0, 'z', 'start'],
        [0, 'z', 'end'],
        [0, 'z', 'title'],
      ]);
      expect(problemCount(data.problems)).to.equal(1);
    });

    it('normalize reports items that are not objects, by index and type', () => {
      const data = normalize([null, 'text', 3, [1], { start: '2018', title: 'ok' }]);
      expect(data.problems.map((p) => p.message)).to.deep.equal([
        'item 0 is null, not an event object',
        'item 1 is a string, not an event object',
        'item 2 is a number, not an event object',
        'item 3 is a list, not an event object',
      ]);
      expect(data.problems.every((p) => p.severity === undefined && p.field === undefined)).to.equal(true);
      expect(data.events).to.have.length(1);
      expect(data.events[0]!.index).to.equal(4);
      expectConserved(data);
    });

    it('normalize reports the holes of a sparse array as items that are not objects', () => {
      // eslint-disable-next-line no-sparse-arrays
      const data = normalize([, { start: '2018', title: 'ok' }]);
      expect(data.inputCount).to.equal(2);
      expect(data.problems).to.deep.equal([{ index: 0, message: 'item 0 is nothing, not an event object' }]);
      expectConserved(data);
    });

    it('normalize reports an out-of-range year as a problem, never a NaN event', () => {
      const data = normalize([{ start: '+300000', title: 'far' }]);
      expect(data.events).to.deep.equal([]);
      expect(data.problems[0]!.field).to.equal('start');
    });
  });

  describe('warnings', () => {
    it("normalize warns about an unknown field and still draws the item", () => {
      const data = normalize([{ id: 'a', start: '2018', title: 'T', colour: 'red' }]);
      expect(data.events).to.have.length(1);
      expect(data.events[0]).to.not.have.property('colour');
      expect(data.problems).to.deep.equal([
        { index: 0, id: 'a', field: 'colour', message: "unknown field 'colour' ignored", severity: 'warning' },
      ]);
    });

    it('normalize gives http(s) sources an href', () => {
      const data = normalize([
        { start: '2018', title: 'T', sources: [{ url: 'https://www.osce.org/odihr/407402', title: 'Moscow Mechanism' }] },
      ]);
      expect(data.events[0]!.sources).to.deep.equal([
        { url: 'https://www.osce.org/odihr/407402', title: 'Moscow Mechanism', href: 'https://www.osce.org/odihr/407402' },
      ]);
      expect(data.problems).to.deep.equal([]);
    });

    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'report.pdf']) {
      it(`normalize keeps the source '${url}' without href, with a warning`, () => {
        const data = normalize([{ id: 'a', start: '2018', title: 'T', sources: [{ url, title: 'S' }] }]);
        expect(data.events[0]!.sources).to.deep.equal([{ url, title: 'S' }]);
        expect(data.events[0]!.sources[0]).to.not.have.property('href');
        expect(data.problems).to.deep.equal([
          {
            index: 0,
            id: 'a',
            field: 'sources[0].url',
            message: `sources[0].url '${url}' is not an http(s) URL; shown as plain text, not a link`,
            severity: 'warning',
          },
        ]);
      });
    }

    it('normalize warns about wrong-typed optional fields and leaves them out', () => {
      const data = normalize([
        { id: 'a', start: '2018', title: 'T', summary: { x: 1 }, category: true, actors: 5, quote: [1], tags: [null, {}] },
      ]);
      const event = data.events[0]!;
      expect(event).to.not.have.property('summary');
      expect(event).to.not.have.property('category');
      expect(event).to.not.have.property('quote');
      expect(event.actors).to.deep.equal([]);
      expect(event.tags).to.deep.equal([]);
      expect(warnings(data).map((p) => [p.field, p.message])).to.deep.equal([
        ['actors', 'actors must be a list of text, got a number; left out'],
        ['tags[1]', 'tags[1] must be text, got an object; left out'],
        ['summary', 'summary must be text, got an object; left out'],
        ['category', 'category must be text, got a boolean; left out'],
        ['quote', 'quote must be { text, by }, got a list; left out'],
      ]);
      expect(errors(data)).to.deep.equal([]);
    });

    it('normalize does not warn about an item that is not drawn, only reports its errors', () => {
      const data = normalize([{ start: 'bad', title: 'T', colour: 'red' }]);
      expect(data.problems.map((p) => p.field)).to.deep.equal(['start']);
    });
  });

  describe('fields', () => {
    it("normalize splits actors and tags written as ';'-separated text", () => {
      const data = normalize([{ start: '2018', title: 'T', actors: 'Ramzan Kadyrov; Magomed Daudov', tags: 'threat;  ;Chechnya' }]);
      expect(data.events[0]!.actors).to.deep.equal(['Ramzan Kadyrov', 'Magomed Daudov']);
      expect(data.events[0]!.tags).to.deep.equal(['threat', 'Chechnya']);
    });

    it('normalize makes a quote from a string', () => {
      const data = normalize([{ start: '2018', title: 'T', quote: 'They will be found' }]);
      expect(data.events[0]!.quote).to.deep.equal({ text: 'They will be found' });
    });

    it('normalize keeps quote { text, by }', () => {
      const data = normalize([{ start: '2018', title: 'T', quote: { text: 'Q', by: 'K' } }]);
      expect(data.events[0]!.quote).to.deep.equal({ text: 'Q', by: 'K' });
    });

    it('normalize trims title, summary and category, and gives empty lists for absent actors, tags, sources', () => {
      const data = normalize([{ start: ' 2018-12 ', title: '  T ', summary: ' S ', category: ' threat ' }]);
      const { id, start, title, summary, category, actors, tags, sources } = data.events[0]!;
      expect({ id, start, title, summary, category, actors, tags, sources }).to.deep.equal({
        id: '2018-12-t',
        start: '2018-12',
        title: 'T',
        summary: 'S',
        category: 'threat',
        actors: [],
        tags: [],
        sources: [],
      });
    });

    it('normalize gives a range its end text and a when spanning both units', () => {
      const data = normalize([{ start: '2014-03', end: '2018-12-13', title: 'T' }]);
      const event = data.events[0]!;
      expect(event.end).to.equal('2018-12-13');
      expect(event.when.start.precision).to.equal('month');
      expect(event.when.end!.precision).to.equal('day');
      expect([event.when.lo, event.when.hi]).to.deep.equal([utc(2014, 2, 1), utc(2018, 11, 14)]);
    });

    it("normalize treats end '' and end null as no end", () => {
      const data = normalize([
        { start: '2018', end: '', title: 'a' },
        { start: '2019', end: null, title: 'b' },
      ]);
      expect(data.events.map((e) => e.end)).to.deep.equal([undefined, undefined]);
      expect(data.events.map((e) => e.when.end)).to.deep.equal([undefined, undefined]);
      expect(data.problems).to.deep.equal([]);
    });

    it('normalize accepts a Date instance as start', () => {
      const data = normalize([{ start: new Date(utc(2018, 11, 13, 10)), title: 'T' }]);
      expect(data.events[0]!.start).to.equal('2018-12-13T10:00:00.000Z');
      expect(data.events[0]!.when.start.precision).to.equal('time');
    });
  });

  describe('dates', () => {
    it('normalize reads dates: { label, date }[], each parsed at its own precision, trimmed', () => {
      const data = normalize([
        { start: '2022-02-28', title: 'T', dates: [{ label: ' Listed ', date: '2022-03-01' }, { label: 'Amended', date: ' 2023-02 ' }] },
      ]);
      const { dates } = data.events[0]!;
      expect(dates!.map(({ label, date }) => ({ label, date }))).to.deep.equal([
        { label: 'Listed', date: '2022-03-01' },
        { label: 'Amended', date: '2023-02' },
      ]);
      expect(dates!.map((d) => [d.when.precision, d.when.start])).to.deep.equal([
        ['day', utc(2022, 2, 1)],
        ['month', utc(2023, 1, 1)],
      ]);
      expect(data.problems).to.deep.equal([]);
    });

    it('normalize leaves out a date that is not a date, with a warning; the event is still drawn', () => {
      const data = normalize([{ id: 'x', start: '2022', title: 'T', dates: [{ label: 'Listed', date: '01/03/2022' }, { label: 'Ends', date: '2031' }] }]);
      expect(data.events[0]!.dates!.map((d) => d.label)).to.deep.equal(['Ends']);
      expect(data.problems).to.deep.equal([
        {
          index: 0,
          id: 'x',
          field: 'dates[0].date',
          message: "dates[0].date (Listed): '01/03/2022' is not a date (expected e.g. 2018, 2018-12, 2018-12-13, 2018~, 201X, 2018-12/2019-01); left out",
          severity: 'warning',
        },
      ]);
    });

    it('normalize reports a date without a label, one without a date and one that is not an object', () => {
      const data = normalize([{ id: 'x', start: '2022', title: 'T', dates: [{ date: '2022-03-01' }, { label: 'Listed' }, '2022-04', { label: { text: 'Listed' }, date: '2022' }] }]);
      expect(data.events).to.have.length(1);
      expect(data.events[0]!.dates).to.equal(undefined);
      expect(data.problems.map((p) => [p.field, p.message, p.severity])).to.deep.equal([
        ['dates[0].label', 'dates[0] has no label; left out', 'warning'],
        ['dates[1].date', 'dates[1] (Listed) has no date; left out', 'warning'],
        ['dates[2]', 'dates[2] must be { label, date }, got a string; left out', 'warning'],
        ['dates[3].label', 'dates[3] has no label; left out', 'warning'],
      ]);
    });

    it('normalize takes one { label, date } for a list of one, and no dates for an empty list or null', () => {
      const data = normalize([
        { start: '2022', title: 'a', dates: { label: 'Listed', date: '2022-03' } },
        { start: '2022', title: 'b', dates: [] },
        { start: '2022', title: 'c', dates: null },
      ]);
      expect(data.events.map((e) => e.dates?.map((d) => d.label))).to.deep.equal([['Listed'], undefined, undefined]);
      expect(data.problems).to.deep.equal([]);
    });
  });

  describe('conservation and purity', () => {
    it('events.length + distinct error indices === inputCount on a mixed list', () => {
      const data = normalize([
        { start: '2018', title: 'ok' },
        { start: '2018', title: 'ok', junk: 1 },
        { start: 'bad', end: 'bad', title: '' },
        null,
        { start: '2018', end: '2017', title: 'backwards' },
        { id: 'dup', start: '2019', title: 'a' },
        { id: 'dup', start: '2019', title: 'b' },
      ]);
      expect(data.inputCount).to.equal(7);
      expect(data.events).to.have.length(4);
      expect(problemCount(data.problems)).to.equal(3);
      expectConserved(data);
    });

    it('normalize never mutates its input (deep-frozen input normalizes without throwing)', () => {
      const input = deepFreeze({
        title: 'T',
        categories: { threat: { label: 'Threat' } },
        events: [
          { id: 'b', start: '2019', title: 'B', actors: ['x'], sources: [{ url: 'https://x.org' }], quote: { text: 'q' } },
          { id: 'b', start: '2018', title: 'A', tags: 'a;b', unknown: 1 },
          { start: 'bad', title: 'C' },
        ],
      });
      const copy = JSON.parse(JSON.stringify(input)) as unknown;
      const data = normalize(input);
      expect(input).to.deep.equal(copy);
      expect(data.events.map((e) => e.title)).to.deep.equal(['A', 'B']);
      expect(data.events[1]!.actors).to.not.equal(input.events[0]!.actors);
    });

    it('normalize of a frozen bare array does not sort it in place', () => {
      const input = deepFreeze([
        { start: '2019', title: 'B' },
        { start: '2018', title: 'A' },
      ]);
      const data = normalize(input);
      expect(input.map((e) => e.title)).to.deep.equal(['B', 'A']);
      expect(data.events.map((e) => e.title)).to.deep.equal(['A', 'B']);
    });
  });
});

describe('problemCount', () => {
  it('problemCount counts distinct indices of errors and ignores warnings', () => {
    expect(
      problemCount([
        { index: 0, message: 'a' },
        { index: 0, message: 'b' },
        { index: 2, message: 'c', severity: 'error' },
        { index: 3, message: 'd', severity: 'warning' },
      ]),
    ).to.equal(2);
  });
});

describe('slug', () => {
  it("slug('2018-12-13 OSCE report') is '2018-12-13-osce-report'", () => {
    expect(slug('2018-12-13 OSCE report')).to.equal('2018-12-13-osce-report');
  });

  it('slug keeps letters of any script', () => {
    expect(slug('2018 Доклад ОБСЕ')).to.equal('2018-доклад-обсе');
  });

  it("slug('-0044 Caesar!') drops leading and trailing dashes", () => {
    expect(slug('-0044 Caesar!')).to.equal('0044-caesar');
  });

  it("slug('!!!') is 'event'", () => {
    expect(slug('!!!')).to.equal('event');
  });

  it('slug cuts at 64 characters and never ends on a dash', () => {
    expect(slug('a'.repeat(70))).to.equal('a'.repeat(64));
    const cut = slug(`${'a'.repeat(63)} b`);
    expect(cut).to.equal('a'.repeat(63));
  });
});
