import { expect } from '@open-wc/testing';
import { utc } from '../../../src/model/dates.js';
import { fromCsv } from '../../../src/model/formats/csv.js';
import { exportCsv, exportJson } from '../../../src/model/formats/export.js';
import { normalize } from '../../../src/model/normalize.js';

const byId = (input: unknown[]) => new Map(normalize(input).events.map((event) => [event.id, event]));

describe('readWhen (through normalize): EDTF in start and end', () => {
  it('a start written as an interval gives the event both sides; normalizedEvents keep the text as written', () => {
    const [event] = normalize([{ id: 'w', start: '2018-12/2019-01', title: 'Winter purge' }]).events;
    expect(event!.start).to.equal('2018-12/2019-01');
    expect(event!.end).to.equal(undefined);
    expect([event!.when.start.text, event!.when.end!.text]).to.deep.equal(['2018-12', '2019-01']);
    expect([event!.when.lo, event!.when.hi]).to.deep.equal([utc(2018, 11), utc(2019, 1)]);
  });

  it('201X covers 2010-01-01 to 2020-01-01; 2017-06-XX the whole of June', () => {
    const events = byId([
      { id: 'decade', start: '201X', title: 'A' },
      { id: 'june', start: '2017-06-XX', title: 'B' },
    ]);
    expect([events.get('decade')!.when.lo, events.get('decade')!.when.hi]).to.deep.equal([utc(2010), utc(2020)]);
    expect([events.get('june')!.when.lo, events.get('june')!.when.hi]).to.deep.equal([utc(2017, 5), utc(2017, 6)]);
  });

  it('an open end (end: ".." or start: "…/..") runs to the latest instant of the data', () => {
    const events = byId([
      { id: 'since', start: '2020-07-20', end: '..', title: 'In force' },
      { id: 'since-2', start: '2019/..', title: 'Also in force' },
      { id: 'last', start: '2023-08-24', title: 'Last' },
    ]);
    expect(events.get('since')!.end).to.equal('..');
    expect(events.get('since')!.when.end).to.include({ undated: 'open', start: utc(2023, 7, 25) });
    expect(events.get('since')!.when.hi).to.equal(utc(2023, 7, 25));
    expect(events.get('since-2')!.when.hi).to.equal(utc(2023, 7, 25));
  });

  it('an open start runs from the earliest instant of the data and sorts first', () => {
    const { events } = normalize([
      { id: 'first', start: '2017-02', title: 'First' },
      { id: 'before', start: '../2018', title: 'Until 2018' },
    ]);
    expect(events.map((e) => e.id)).to.deep.equal(['before', 'first']);
    expect(events[0]!.when.lo).to.equal(utc(2017, 1));
  });

  it('an unknown end or start stands at the known date, not at the edge of the data', () => {
    const events = byId([
      { id: 'end-unknown', start: '2019-03-01/', title: 'A' },
      { id: 'start-unknown', start: '/2019-05', title: 'B' },
      { id: 'late', start: '2023', title: 'C' },
    ]);
    expect([events.get('end-unknown')!.when.lo, events.get('end-unknown')!.when.hi]).to.deep.equal([utc(2019, 2, 1), utc(2019, 2, 2)]);
    expect(events.get('end-unknown')!.when.end).to.include({ undated: 'unknown' });
    expect([events.get('start-unknown')!.when.lo, events.get('start-unknown')!.when.hi]).to.deep.equal([utc(2019, 4), utc(2019, 5)]);
  });

  it('sorts by the earliest instant: 201X before 2015, a month before its days', () => {
    const { events } = normalize([
      { id: 'c', start: '2015', title: 'C' },
      { id: 'b', start: '2018-12-13', title: 'B' },
      { id: 'a', start: '201X', title: 'A' },
      { id: 'd', start: '2018-12~', title: 'D' },
    ]);
    expect(events.map((e) => e.id)).to.deep.equal(['a', 'c', 'd', 'b']);
  });

  it('reports what cannot be read, naming the value, and keeps the rest of the data', () => {
    const data = normalize([
      { start: '2018~~', title: 'A' },
      { start: '2018/2019', end: '2020', title: 'B' },
      { start: '2018', end: '2019/2020', title: 'C' },
      { start: '2019', end: '2018~', title: 'D' },
      { start: '2020-01', end: '..', title: 'E' },
    ]);
    expect(data.problems.map((p) => [p.index, p.field, p.message])).to.deep.equal([
      [0, 'start', "start: '2018~~' is not a date (expected e.g. 2018, 2018-12, 2018-12-13, 2018~, 201X, 2018-12/2019-01)"],
      [1, 'end', "end: start '2018/2019' is already an interval"],
      [2, 'end', "end: '2019/2020' is an interval; write the interval in start, or one date here"],
      [3, 'end', 'end (2018~) is before start (2019)'],
    ]);
    expect(data.events.map((e) => e.title)).to.deep.equal(['E']);
  });

  it('keeps displayDate as text; the event keeps its place from start', () => {
    const [event] = normalize([{ start: '2018-12/2019-02', displayDate: ' Winter 2018–19 ', title: 'A' }]).events;
    expect(event!.displayDate).to.equal('Winter 2018–19');
    expect(event!.when.lo).to.equal(utc(2018, 11));
  });

  it('reads archived and accessed on sources; an archived copy becomes a link only when it is http(s)', () => {
    const data = normalize([
      {
        start: '2018',
        title: 'A',
        sources: [
          { url: 'https://example.org/a', archived: 'https://web.archive.org/web/2019/https://example.org/a', accessed: '2019-03-01' },
          { url: 'https://example.org/b', archived: 'javascript:alert(1)' },
        ],
      },
    ]);
    const [first, second] = data.events[0]!.sources;
    expect(first).to.include({ archivedHref: 'https://web.archive.org/web/2019/https://example.org/a', accessed: '2019-03-01' });
    expect(second).to.include({ archived: 'javascript:alert(1)' });
    expect(second).to.not.have.property('archivedHref');
    expect(data.problems.map((p) => p.message)).to.deep.equal(["sources[1].archived 'javascript:alert(1)' is not an http(s) URL; kept, but not a link"]);
  });
});

describe('EDTF round trip through the exports', () => {
  const input = [
    { id: 'a', start: '2018~', title: 'About 2018' },
    { id: 'b', start: '2019-03?', end: '..', title: 'Possibly March 2019, ongoing' },
    { id: 'c', start: '201X', title: 'The 2010s' },
    { id: 'd', start: '2017-06-XX/2017-07-XX', title: 'Some day in June to some day in July' },
    { id: 'e', start: '../2016-05-04%', title: 'Until about 4 May 2016' },
    { id: 'f', start: '2020-07-20/', displayDate: 'Summer 2020', title: 'End unknown' },
    { id: 'g', start: '-201X', title: 'A decade BC', sources: [{ url: 'https://example.org/g', archived: 'https://web.archive.org/g', accessed: '2024-05~' }] },
  ];
  const fields = (events: ReturnType<typeof normalize>['events']) =>
    events.map(({ id, start, end, displayDate, sources }) => ({ id, start, end, displayDate, sources: sources.map(({ archived, accessed }) => ({ archived, accessed })) }));

  it('exportJson gives start, end, displayDate and sources back exactly as written', () => {
    const once = normalize(input);
    const file = JSON.parse(exportJson(once.events));
    expect(file.events.find((e: { id: string }) => e.id === 'b')).to.deep.equal({ id: 'b', start: '2019-03?', end: '..', title: 'Possibly March 2019, ongoing' });
    expect(fields(normalize(file).events)).to.deep.equal(fields(once.events));
  });

  it("exportCsv round-trips the same values through fromCsv (a leading - in a date is marked with ' like any formula start; . is none)", () => {
    const once = normalize(input);
    const text = exportCsv(once.events);
    expect(text).to.include(`,"'-201X",`).and.include(',"../2016-05-04%",');
    expect(fields(normalize(fromCsv(text)).events)).to.deep.equal(fields(once.events));
  });
});
