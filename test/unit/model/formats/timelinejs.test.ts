import { expect } from '@open-wc/testing';
import { utc } from '../../../../src/model/dates.js';
import { fromTimelineJs, isTimelineJs, isTimelineJs2, isTimelineJsSheet } from '../../../../src/model/formats/timelinejs.js';
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

    it('text HTML becomes a plain-text summary; a <script> is dropped with its code', () => {
      const { items } = fromTimelineJs({
        events: [
          {
            start_date: { year: 2018 },
            text: { headline: 'H', text: '<p>Report &lt;final&gt;</p><script>alert("x")</script>' },
          },
        ],
      });
      const summary = (items[0] as { summary: string }).summary;
      expect(summary).to.equal('Report <final>');
      expect(summary).to.not.contain('alert');
    });

    it('a slide without text gets an empty title, which normalize reports as missing', () => {
      const data = normalize({ events: [{ start_date: { year: 2018 } }] });
      expect(data.events).to.deep.equal([]);
      expect(data.problems).to.deep.equal([{ index: 0, id: undefined, field: 'title', message: 'title is missing' }]);
    });
  });

  describe('other fields', () => {
    it('group becomes the group, its lane (trimmed), and unique_id becomes id', () => {
      const { items } = fromTimelineJs({ events: [slide({ year: 2018 }, 'H', { group: ' Titiev ', unique_id: 'osce' })] });
      expect(items).to.deep.equal([{ start: '2018', title: 'H', group: 'Titiev', id: 'osce' }]);
    });

    it('media becomes the event\'s media: url, caption and credit as plain text, alt, thumbnail', () => {
      const { items } = fromTimelineJs({
        events: [
          slide({ year: 2018 }, 'A', { media: { url: 'https://x.org/a.jpg', caption: '<i>Cap</i> &amp; more', credit: '<b>AP</b>', alt: 'A man', thumbnail: 'https://x.org/t.jpg' } }),
          slide({ year: 2019 }, 'B', { media: { url: 'https://x.org/b', title: 'Its title' } }),
          slide({ year: 2021 }, 'D', { media: { url: '  ' } }),
        ],
      });
      expect(items.map((item) => (item as { media?: unknown }).media)).to.deep.equal([
        { url: 'https://x.org/a.jpg', caption: 'Cap & more', credit: 'AP', alt: 'A man', thumbnail: 'https://x.org/t.jpg' },
        { url: 'https://x.org/b', caption: 'Its title' },
        undefined,
      ]);
    });

    it('media.link becomes a source, titled by the caption', () => {
      const { items } = fromTimelineJs({ events: [slide({ year: 2018 }, 'A', { media: { url: 'https://x.org/a.jpg', caption: 'Cap', link: 'https://x.org/story' } })] });
      expect((items[0] as { sources: unknown }).sources).to.deep.equal([{ url: 'https://x.org/story', title: 'Cap' }]);
    });

    it('a javascript: media url is kept as text by normalize, without href, with a warning', () => {
      const data = normalize({ events: [slide({ year: 2018 }, 'H', { media: { url: 'javascript:alert(1)' } })] });
      expect(data.events[0]!.media).to.deep.equal({ url: 'javascript:alert(1)' });
      expect(data.problems.map((p) => [p.field, p.severity])).to.deep.equal([['media.url', 'warning']]);
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
      expect(result).to.deep.equal({ items: [], problems: [], title: 'Kadyrov', description: 'Threats & sanctions' });
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
    expect(data.events.map((e) => [e.id, e.when.start.precision, e.when.lo, e.when.hi, e.group ?? e.category])).to.deep.equal([
      ['e', 'year', utc(2017), utc(2020), 'era'],
      ['m', 'month', utc(2018, 11), utc(2019), undefined],
      ['d', 'day', utc(2018, 11, 13), utc(2018, 11, 14), 'report'],
    ]);
    expect(data.problems).to.deep.equal([]);
  });
});

describe('fromTimelineJs: TimelineJS3 as published', () => {
  it('a slide without a headline keeps a title made from the first sentence of its text, with a warning', () => {
    const reading = fromTimelineJs({ events: [{ start_date: { year: 2018 }, text: { text: '<p>Detentions began in December. About 40 men were held.</p>' } }] });
    expect((reading.items[0] as { title: string }).title).to.equal('Detentions began in December');
    expect(reading.problems).to.deep.equal([{ index: 0, field: 'title', message: 'the slide has no headline; its title was made from the start of its text', severity: 'warning' }]);
  });

  it('a long first sentence is cut at a word, about 80 characters in, with an ellipsis', () => {
    const text = 'A new wave of detentions of men suspected of being gay began at the end of December 2018, according to the Russian LGBT Network';
    const { items } = fromTimelineJs({ events: [{ start_date: { year: 2018 }, text: { headline: '  ', text } }] });
    expect((items[0] as { title: string }).title).to.equal('A new wave of detentions of men suspected of being gay began at the end of…');
  });

  it('a slide with neither headline nor text takes its media caption, and with nothing at all is reported by normalize', () => {
    const data = normalize({
      events: [
        { start_date: { year: 2018 }, media: { url: 'https://x.org/a.jpg', caption: 'The square in Grozny' } },
        { start_date: { year: 2019 } },
      ],
    });
    expect(data.events.map((event) => event.title)).to.deep.equal(['The square in Grozny']);
    expect(data.problems.map((p) => [p.index, p.severity ?? 'error', p.message])).to.deep.equal([
      [0, 'warning', 'the slide has no headline; its title was made from the start of its media caption'],
      [1, 'error', 'title is missing'],
    ]);
  });

  it('HTML text keeps its paragraphs, and its links (and bare URLs, autolinked) become sources, each once', () => {
    const { items } = fromTimelineJs({
      events: [
        slide({ year: 2018 }, 'H', {
          text: { headline: 'H', text: '<p>See <a href="https://x.org/r">the report</a>.</p><p>Also https://y.org/page, and <a href="https://x.org/r">it again</a>.</p>' },
        }),
      ],
    });
    expect(items[0]).to.deep.include({ summary: 'See the report.\n\nAlso https://y.org/page, and it again.' });
    expect((items[0] as { sources: unknown }).sources).to.deep.equal([{ url: 'https://x.org/r', title: 'the report' }, { url: 'https://y.org/page' }]);
  });

  it('autolink: false leaves bare URLs as text only', () => {
    const { items } = fromTimelineJs({ events: [{ start_date: { year: 2018 }, autolink: false, text: { headline: 'H', text: 'At https://y.org/page' } }] });
    expect((items[0] as { sources?: unknown }).sources).to.equal(undefined);
  });

  it('an <iframe> in the text is never shown: its src is a source', () => {
    const { items } = fromTimelineJs({ events: [slide({ year: 2018 }, 'H', { text: { headline: 'H', text: '<p>Watch:</p><iframe src="https://www.youtube.com/embed/abc"></iframe>' } })] });
    expect(items[0]).to.deep.include({ summary: 'Watch:', sources: [{ url: 'https://www.youtube.com/embed/abc' }] });
  });

  it('a tweet\'s embed code becomes a link to the tweet and its words a quotation; no markup is kept', () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p lang="en">We accept the fight!</p>&mdash; Example (@example) <a href="https://twitter.com/example/status/1">July 20, 2020</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>';
    const data = normalize({ events: [slide({ year: 2020 }, 'Reply', { media: { url: tweet } })] });
    const [event] = data.events;
    expect(event!.media).to.deep.equal({ url: 'https://twitter.com/example/status/1', href: 'https://twitter.com/example/status/1' });
    expect(event!.quote).to.deep.equal({ text: 'We accept the fight!', by: 'Example (@example)' });
    expect(JSON.stringify(event)).not.to.match(/<|widgets\.js/);
    expect(data.problems).to.deep.equal([]);
  });

  it('a plain <blockquote> as media is the quotation; embed code that links to nothing is left out with a warning', () => {
    const { items, problems } = fromTimelineJs({
      events: [
        slide({ year: 2018 }, 'Quote', { media: { url: '<blockquote>Chechnya will be a forbidden territory.</blockquote>' } }),
        slide({ year: 2019 }, 'Nothing', { media: { url: '<div class="embed"></div>' } }),
      ],
    });
    expect(items[0]).to.deep.include({ quote: { text: 'Chechnya will be a forbidden territory.' } });
    expect(items.map((item) => (item as { media?: unknown }).media)).to.deep.equal([undefined, undefined]);
    expect(problems).to.deep.equal([{ index: 1, field: 'media', message: "the slide's media is markup that links to nothing; left out", severity: 'warning' }]);
  });

  it('display_date becomes displayDate: the slide\'s own, else its start\'s and end\'s', () => {
    const { items } = fromTimelineJs({
      events: [
        slide({ year: 2018 }, 'A', { display_date: 'Winter 2018&ndash;19' }),
        slide({ year: 2018, display_date: 'Early 2018' }, 'B', { end_date: { year: 2019, display_date: 'mid-2019' } }),
        slide({ year: 2018, display_date: 'Early 2018' }, 'C'),
      ],
    });
    expect(items.map((item) => (item as { displayDate?: string }).displayDate)).to.deep.equal(['Winter 2018–19', 'Early 2018 – mid-2019', 'Early 2018']);
  });

  it('years with thousands separators or a minus are read: "1,944" is 1944, "-1,500" is 1501 BC', () => {
    expect(startOf({ year: '1,944', month: 2, day: 23 })).to.equal('1944-02-23');
    expect(startOf({ year: '-1,500' })).to.equal('-1500');
  });

  it('milliseconds are kept, and a part that is not a whole number is passed on as written, to be reported', () => {
    expect(startOf({ year: 2018, month: 12, day: 13, hour: 10, minute: 30, second: 15, millisecond: 250 })).to.equal('2018-12-13T10:30:15.250Z');
    expect(startOf({ year: 2018, month: 'Dec', day: 13 })).to.equal('2018-Dec-13');
    const data = normalize({ events: [slide({ year: 2018, month: 'Dec', day: 13 })] });
    expect(data.problems[0]!.message).to.match(/^start: '2018-Dec-13' is not a date/);
  });
});

describe('isTimelineJs2, isTimelineJsSheet', () => {
  it('isTimelineJs2({ timeline: { date: [...] } }) is true; our format and TimelineJS3 are not', () => {
    expect(isTimelineJs2({ timeline: { headline: 'T', date: [] } })).to.equal(true);
    expect(isTimelineJs2({ events: [] })).to.equal(false);
    expect(isTimelineJs2({ timeline: 'x' })).to.equal(false);
  });

  it('isTimelineJsSheet tells the template\'s header (today\'s and the older one) from our CSV', () => {
    expect(isTimelineJsSheet('Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\n2018,,,')).to.equal(true);
    expect(isTimelineJsSheet('\uFEFF"Start Date","End Date","Headline","Text"\r\n')).to.equal(true);
    expect(isTimelineJsSheet('id,start,end,title\n')).to.equal(false);
  });

  it('normalize of TimelineJS 2 JSON (given directly, not through src) says to load it through src', () => {
    const data = normalize({ timeline: { headline: 'T', date: [{ startDate: '2011,3,23', headline: 'H' }] } });
    expect(data.problems).to.deep.equal([
      { index: 0, field: 'events', message: 'this is TimelineJS 2 JSON ({ "timeline": { "date": [...] } }), which is read through src: give its URL to src' },
    ]);
  });
});
