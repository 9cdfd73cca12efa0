import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalize } from '../../../src/model/normalize.js';
import type { NormalizedData, NormalizedEvent } from '../../../src/model/types.js';

// Properties of normalize that hold for any input at all, checked on random inputs.

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
const yearText = (year: number) => (year < 0 ? '-' : '') + pad(year, 4);

/** Dates in every accepted form, across BC/AD, plus the offsets date-times may carry. */
const validDate = fc
  .record({
    year: fc.integer({ min: -2000, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    offset: fc.constantFrom('Z', '+03:00', '-05:30', '+0100', '-11'),
    form: fc.constantFrom('year', 'month', 'day', 'time'),
  })
  .map(({ year, month, day, hour, minute, offset, form }) => {
    const y = yearText(year);
    if (form === 'year') return y;
    if (form === 'month') return `${y}-${pad(month)}`;
    if (form === 'day') return `${y}-${pad(month)}-${pad(day)}`;
    return `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${offset}`;
  });

/** Things users really write instead of a date. */
const invalidDate = fc.oneof(
  fc.constantFrom('2018-13-01', '2019-02-29', '2018-12-13T10:00', 'soon', '', '  ', '201812', '+999999', '12/13/2018'),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
);

const dateValue = fc.oneof(
  { weight: 6, arbitrary: validDate },
  { weight: 2, arbitrary: invalidDate },
  { weight: 1, arbitrary: fc.date({ min: new Date(-60e12), max: new Date(60e12) }) },
);

const text = fc.oneof(fc.constantFrom('Report', 'Threat', ' padded ', 'Доклад', 'a;b'), fc.string({ maxLength: 16 }));
const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }));

const source = fc.oneof(
  fc.record(
    {
      url: fc.oneof(
        fc.constantFrom('https://osce.org/r', 'http://x.org', 'javascript:alert(1)', 'data:text/html,x', 'rel/a.pdf', '//cdn.x/y'),
        fc.webUrl(),
        wrongType,
      ),
      title: fc.oneof(text, wrongType),
      publisher: text,
      date: validDate,
    },
    { requiredKeys: [] },
  ),
  fc.webUrl(),
  wrongType,
);

const list = fc.oneof(fc.array(fc.oneof(text, wrongType), { maxLength: 4 }), text, wrongType);

/** Objects shaped like events: mostly valid, with every kind of mistake mixed in. */
const plausibleEvent = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'dup', 'dup-2', '', ' a '), text, fc.integer({ min: 0, max: 5 }), wrongType),
    start: dateValue,
    end: dateValue,
    title: fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: wrongType }),
    summary: fc.oneof(text, wrongType),
    category: fc.oneof(fc.constantFrom('threat', 'report', ' sanction '), wrongType),
    actors: list,
    tags: list,
    quote: fc.oneof(text, fc.record({ text: fc.oneof(text, wrongType), by: text }, { requiredKeys: [] }), wrongType),
    sources: fc.oneof(fc.array(source, { maxLength: 3 }), source),
    colour: text,
  },
  { requiredKeys: ['start', 'title'] },
);

const item = fc.oneof({ weight: 8, arbitrary: plausibleEvent }, { weight: 1, arbitrary: fc.anything() });
const eventList = fc.array(item, { maxLength: 25 });

/** Every container the normalizer accepts, holding plausible events. */
const structuredInput = fc.oneof(
  eventList,
  eventList.map((events) => ({ title: 'T', events })),
  eventList.map((events) => JSON.stringify(events)),
);

const anyInput = fc.oneof(fc.anything(), fc.anything({ withDate: true, withNullPrototype: true, withSparseArray: true }), structuredInput);

/** An event without the field that depends on where it was in the input. */
function withoutIndex(event: NormalizedEvent): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'index'));
}

function errorIndices(data: NormalizedData): Set<number> {
  return new Set(data.problems.filter((p) => p.severity !== 'warning').map((p) => p.index));
}

const RUNS = { numRuns: 250 };

describe('normalize (properties)', () => {
  it('normalize(anything) never throws', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        normalize(input);
      }),
      RUNS,
    );
  });

  it('normalize(x): every input item is drawn or named in an error, never both', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const data = normalize(input);
        const errors = errorIndices(data);
        expect(data.events.length + errors.size).to.equal(data.inputCount);
        const covered = new Set([...data.events.map((e) => e.index), ...errors]);
        expect(covered.size).to.equal(data.inputCount);
        for (const index of covered) expect(index).to.be.within(0, data.inputCount - 1);
      }),
      RUNS,
    );
  });

  it('normalize(x).events are sorted by start, then end, and have finite extents', () => {
    fc.assert(
      fc.property(structuredInput, (input) => {
        const { events } = normalize(input);
        for (const { when } of events) {
          expect(Number.isFinite(when.lo) && Number.isFinite(when.hi)).to.equal(true);
          expect(when.hi).to.be.at.least(when.lo);
        }
        for (let i = 1; i < events.length; i++) {
          const [a, b] = [events[i - 1]!.when, events[i]!.when];
          expect(a.lo < b.lo || (a.lo === b.lo && a.hi <= b.hi), `event ${i} is out of order`).to.equal(true);
        }
      }),
      RUNS,
    );
  });

  it('normalize(x).events have unique, non-empty ids', () => {
    fc.assert(
      fc.property(structuredInput, (input) => {
        const ids = normalize(input).events.map((e) => e.id);
        expect(new Set(ids).size).to.equal(ids.length);
        expect(ids.every((id) => typeof id === 'string' && id.trim() === id && id !== '')).to.equal(true);
      }),
      RUNS,
    );
  });

  it('normalize(normalize(x).events) gives the same events and no new errors (idempotent)', () => {
    fc.assert(
      fc.property(structuredInput, (input) => {
        const first = normalize(input);
        const second = normalize(first.events);
        expect(second.inputCount).to.equal(first.events.length);
        expect(second.problems.filter((p) => p.severity !== 'warning')).to.deep.equal([]);
        expect(second.events.map(withoutIndex)).to.deep.equal(first.events.map(withoutIndex));
        expect(second.events.map((e) => e.index)).to.deep.equal(first.events.map((_, i) => i));
      }),
      RUNS,
    );
  });

  it('normalize(x) does not change x', () => {
    fc.assert(
      fc.property(fc.array(plausibleEvent, { maxLength: 10 }), (events) => {
        const before = JSON.stringify(events);
        normalize(events);
        expect(JSON.stringify(events)).to.equal(before);
      }),
      { numRuns: 100 },
    );
  });
});
