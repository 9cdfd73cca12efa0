import { expect } from '@open-wc/testing';
import { utc } from '../../../../src/model/dates.js';
import { fromTimelineJs, isTimelineJs } from '../../../../src/model/formats/timelinejs.js';
import { normalize } from '../../../../src/model/normalize.js';

/** A slide with only the parts a test cares about. */
function slide(start: Record<string, unknown>, headline = 'H', more: Record<string, unknown> = {}) {
  return { start_date: start, text: { headline }, ...more };
}

/** The start text fromTimelineJs makes of one TimelineJS date. */
function startOf(date: Record<string, unknown>): unknown {
  const [item] = fromTimelineJs({ events: [slide(date)] }).items as Array<Record<string, unknown>>;
  return item!.start;
}

describe('isTimelineJs', () => {
  it('isTimelineJs({ events: [{ start_date }] }) is true', () => {
    expect(isTimelineJs({ events: [{ start_date: { year: 2018 } }] })).to.equal(true);
  });

  it('isTimelineJs({ eras: [{ start_date }] }) is true', () => {
    expect(isTimelineJs({ eras: [{ start_date: { year: 2018 } }] })).to.equal(true);
  });

  it('isTimelineJs({ title: { text: {…} } }) is true (a title slide only)', () => {
    expect(isTimelineJs({ title: { text: { headline: 'T' } } })).to.equal(true);
  });

  it("isTimelineJs of our own format ({ title: 'T', events: [{ start }] }) is false", () => {
    expect(isTimelineJs({ title: 'T', events: [{ start: '2018', title: 'A' }] })).to.equal(false);
    expect(isTimelineJs({ events: [] })).to.equal(false);
    expect(isTimelineJs([])).to.equal(false);
  });
});

describe('fromTimelineJs', () => {
  describe('dates', () => {
    it("{ year: 2018, month: 12 } becomes '2018-12'", () => {
      expect(startOf({ year: 2018, month: 12 })).to.equal('2018-12');
    });

    it("{ year: 2018 } becomes '2018'", () => {
      expect(startOf({ year: 2018 })).to.equal('2018');
    });

    it("{ year: '2018', month: '3', day: '5' } becomes '2018-03-05' (numeric text, padded)", () => {
      expect(startOf({ year: '2018', month: '3', day: '5' })).to.equal('2018-03-05');
    });

    it("{ year: 2018, month: 12, day: 13, hour: 10 } becomes '2018-12-13T10:00Z'", () => {
      expect(startOf({ year: 2018, month: 12, day: 13, hour: 10 })).to.equal('2018-12-13T10:00Z');
    });

    it("{ …, hour: 0, minute: 5, second: 9 } becomes '2018-12-13T00:05:09Z'", () => {
      expect(startOf({ year: 2018, month: 12, day: 13, hour: 0, minute: 5, second: 9 })).to.equal('2018-12-13T00:05:09Z');
    });

    it('a day without a month is dropped: { year: 2018, day: 13 } is the year', () => {
      expect(startOf({ year: 2018, day: 13 })).to.equal('2018');
    });

    it("{ year: -44 } becomes '-0044' and { year: 44 } becomes '0044'", () => {
      expect(startOf({ year: -44 })).to.equal('-0044');
      expect(startOf({ year: 44 })).to.equal('0044');
    });

    it("{ year: 12018 } becomes '+12018' so that it parses as an expanded year", () => {
      expect(startOf({ year: 12018 })).to.equal('+12018');
      const data = normalize({ events: [slide({ year: 12018 })] });
      expect(new Date(data.events[0]!.when.lo).getUTCFullYear()).to.equal(12018);
    });

    it("{ month: 12 } without a year gives no start (normalize then reports 'start is missing')", () => {
      expect(startOf({ month: 12 })).to.equal(undefined);
      const data = normalize({ events: [slide({ month: 12 })] });
      expect(data.problems.map((p) => p.message)).to.deep.equal(['start is missing']);
    });

    it("end_date becomes end: { year: 2014 } … { year: 2018, month: 12 } is '2014' to '2018-12'", () => {
      const { items } = fromTimelineJs({ events: [slide({ year: 2014 }, 'H', { end_date: { year: 2018, month: 12 } })] });
      expect(items).to.deep.equal([{ start: '2014', end: '2018-12', title: 'H' }]);
    });
  });

  describe('text', () => {
    it('headline HTML becomes a plain-text title, with entities decoded', () => {
      const { items } = fromTimelineJs({ events: [slide({ year: 2018 }, '<b>OSCE</b> &amp; <i>Moscow</i> Mechanism')] });
      expect((items[0] as { title: string }).title).to.equal('OSCE & Moscow Mechanism');
    });

    it('text HTML becomes a plain-text summary; a <script> is left as inert text', () => {
      const { items } = fromTimelineJs({
        events: [
          {
            start_date: { year: 2018 },
            text: { headline: 'H', text: '<p>Report &lt;final&gt;</p><script>alert("x")</script>' },
          },
        ],
      });
      const summary = (items[0] as { summary: string }).summary;
      expect(summary).to.equal('Report <final> alert("x")');
      expect(typeof summary).to.equal('string');
      expect(summary).to.not.contain('<script');
    });

    it('a slide without text gets an empty title, which normalize reports as missing', () => {
      const data = normalize({ events: [{ start_date: { year: 2018 } }] });
      expect(data.events).to.deep.equal([]);
      expect(data.problems).to.deep.equal([{ index: 0, id: undefined, field: 'title', message: 'title is missing' }]);
    });
  });

  describe('other fields', () => {
    it('group becomes category (trimmed) and unique_id becomes id', () => {
      const { items } = fromTimelineJs({ events: [slide({ year: 2018 }, 'H', { group: ' threat ', unique_id: 'osce' })] });
      expect(items).to.deep.equal([{ start: '2018', title: 'H', category: 'threat', id: 'osce' }]);
    });

    it('media url becomes a source, titled by its caption or else its credit', () => {
      const { items } = fromTimelineJs({
        events: [
          slide({ year: 2018 }, 'A', { media: { url: 'https://x.org/a', caption: '<i>Cap</i>', credit: 'Cred' } }),
          slide({ year: 2019 }, 'B', { media: { url: 'https://x.org/b', credit: 'Cred' } }),
          slide({ year: 2020 }, 'C', { media: { url: 'https://x.org/c' } }),
          slide({ year: 2021 }, 'D', { media: { url: '  ' } }),
        ],
      });
      expect(items.map((item) => (item as { sources?: unknown }).sources)).to.deep.equal([
        [{ url: 'https://x.org/a', title: 'Cap' }],
        [{ url: 'https://x.org/b', title: 'Cred' }],
        [{ url: 'https://x.org/c' }],
        undefined,
      ]);
    });

    it('a javascript: media url is kept as text by normalize, without href', () => {
      const data = normalize({ events: [slide({ year: 2018 }, 'H', { media: { url: 'javascript:alert(1)' } })] });
      expect(data.events[0]!.sources).to.deep.equal([{ url: 'javascript:alert(1)' }]);
      expect(data.problems.map((p) => p.severity)).to.deep.equal(['warning']);
    });

    it("eras become ranges with category 'era', after the events", () => {
      const { items } = fromTimelineJs({
        events: [slide({ year: 2018 }, 'E')],
        eras: [{ start_date: { year: 2007 }, end_date: { year: 2018 }, text: { headline: 'Kadyrov era' }, group: 'x' }],
      });
      expect(items).to.deep.equal([
        { start: '2018', title: 'E' },
        { start: '2007', end: '2018', title: 'Kadyrov era', category: 'era' },
      ]);
    });

    it('the title slide becomes title and description', () => {
      const result = fromTimelineJs({
        title: { text: { headline: '<h1>Kadyrov</h1>', text: '<p>Threats &amp; sanctions</p>' } },
        events: [],
      });
      expect(result).to.deep.equal({ items: [], title: 'Kadyrov', description: 'Threats & sanctions' });
    });

    it('slides that are not objects pass through, so normalize can report them by index', () => {
      const data = normalize({ events: [slide({ year: 2018 }), 'junk'] });
      expect(data.inputCount).to.equal(2);
      expect(data.problems).to.deep.equal([{ index: 1, message: 'item 1 is a string, not an event object' }]);
    });
  });

  it('normalize(TimelineJS JSON) draws a whole timeline with the right instants and precisions', () => {
    const data = normalize(
      JSON.stringify({
        title: { text: { headline: 'T' } },
        events: [
          slide({ year: 2018, month: 12, day: 13 }, 'Day', { group: 'report', unique_id: 'd' }),
          slide({ year: 2018, month: 12 }, 'Month', { unique_id: 'm' }),
        ],
        eras: [{ start_date: { year: 2017 }, end_date: { year: 2019 }, text: { headline: 'Era' }, unique_id: 'e' }],
      }),
    );
    expect(data.title).to.equal('T');
    expect(data.events.map((e) => [e.id, e.when.start.precision, e.when.lo, e.when.hi, e.category])).to.deep.equal([
      ['e', 'year', utc(2017), utc(2020), 'era'],
      ['m', 'month', utc(2018, 11), utc(2019), undefined],
      ['d', 'day', utc(2018, 11, 13), utc(2018, 11, 14), 'report'],
    ]);
    expect(data.problems).to.deep.equal([]);
  });
});
