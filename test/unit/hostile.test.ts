// Hostile and messy input (issue 11), on the pure functions: every risky run is bounded in time
// (a Worker with a watchdog, see helpers/bounded.ts), so a freeze fails instead of hanging.
import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/model/dates.js';
import { AFTER_LAST_INSTANT, FIRST_INSTANT } from '../../src/model/date-range.js';
import { formatDate } from '../../src/model/format-date.js';
import { exportCsv } from '../../src/model/formats/export.js';
import { fromCsv } from '../../src/model/formats/csv.js';
import { normalize } from '../../src/model/normalize.js';
import { hasEvents } from '../../src/model/unwrap.js';
import { fitDomain } from '../../src/layout/domain.js';
import { clampWindow, MIN_SPAN, zoomWindow } from '../../src/layout/window.js';
import { categoryColors, categoryIdent } from '../../src/state/category-colors.js';
import { decodeLink } from '../../src/state/hash-codec.js';
import { groupProblems } from '../../src/view/problem-groups.js';
import { foldLegend } from '../../src/view/legend-fold.js';
import { bounded } from '../helpers/bounded.js';

const error = (value: unknown) => {
  const parsed = parseDate(value);
  return 'error' in parsed ? parsed.error : undefined;
};

describe('hostile input: dates stay inside the drawable range (finding 1)', () => {
  it('a date past year 275759 is a problem that names the range, on every path (text, date-time, Date, <time>)', () => {
    for (const text of ['+275760-09-12', '+275760-09-13T00:00Z', '+275760', '-271821-04-20', '+275759-12-31T23:00-05:00']) {
      expect(error(text), text).to.match(/outside the dates that can be drawn \(years -271820 to 275759\)/);
    }
    expect(error(new Date(8.64e15))).to.match(/years -271820 to 275759/);
    const { events, problems } = normalize([{ start: '+275760-09-12', title: 'x' }]);
    expect(events).to.have.length(0);
    expect(problems[0]!.message).to.include('years -271820 to 275759');
  });

  it('the first and last drawable years are accepted', () => {
    expect(error('-271820')).to.equal(undefined);
    expect(error('+275759')).to.equal(undefined);
    expect(error('+275759-12-31T23:59Z')).to.equal(undefined);
  });

  it('the padded extent of events at the range ends stays inside it, and so does every zoom', () => {
    const { events } = normalize([
      { start: '-271820', title: 'first' },
      { start: '+275759', title: 'last' },
    ]);
    const [lo, hi] = fitDomain(events)!;
    expect(lo).to.equal(FIRST_INSTANT);
    expect(hi).to.equal(AFTER_LAST_INSTANT);
    const limits = { extent: [lo, hi] as const, minSpan: MIN_SPAN };
    const window = zoomWindow([lo, hi], 0.5, 0, limits);
    expect(() => new Date(window[1]).toISOString()).not.to.throw();
    // A window asked for beyond the dates comes back inside them.
    const far = clampWindow([AFTER_LAST_INSTANT, 9e15], { extent: [-9e15, 9e15], minSpan: MIN_SPAN });
    expect(far[1]).to.be.at.most(AFTER_LAST_INSTANT);
    expect(far[0]).to.be.below(far[1]);
  });

  it('events at 2018 and +275759 draw with ticks and zoom in and out without a throw or a freeze', async function () {
    this.timeout(15000);
    const run = await bounded({ input: [{ start: '2018', title: 'a' }, { start: '+275759', title: 'b' }], zooms: 6 }, 12000);
    expect(run.events).to.equal(2);
    expect(run.ticks).to.be.above(0);
    expect(run.windows).to.have.length(18);
  });

  it('an event at +275759-12-31 alone (a day either side would pass the end) still draws', async function () {
    this.timeout(15000);
    const run = await bounded({ input: [{ start: '+275759-12-31', title: 'edge' }], zooms: 3 }, 12000);
    expect(run.events).to.equal(1);
    expect(run.windows.every((w) => !w.includes('NaN'))).to.equal(true);
  });
});

describe('hostile input: ids made unique in linear time (finding 2)', () => {
  it('40,000 identical rows normalize within seconds, renamed -2 … -40000', async function () {
    this.timeout(15000);
    const row = { start: '2018-01-01', title: 'Same' };
    const run = await bounded({ input: Array.from({ length: 40_000 }, () => row) }, 10000);
    expect(run.events).to.equal(40_000);
    expect(run.problems).to.equal(39_999);
    expect(run.messages[0]).to.equal("id '2018-01-01-same' is already used by item 0; renamed to '2018-01-01-same-2'");
  });

  it('ids that already end in -2, -3 are skipped, not reused', () => {
    const { events } = normalize([
      { id: 'a', start: '2018', title: 'x' },
      { id: 'a-2', start: '2018', title: 'x' },
      { id: 'a', start: '2018', title: 'x' },
      { id: 'a', start: '2018', title: 'x' },
    ]);
    expect(events.map((event) => event.id).sort()).to.deep.equal(['a', 'a-2', 'a-3', 'a-4']);
  });
});

describe('hostile input: category colours load nothing, names never collide (findings 3, 10)', () => {
  const hostile = [
    'url(https://evil.example/track.png)',
    'image-set("https://evil.example/a.png" 1x)',
    'transparent) url(https://evil.example/x)',
    'red) red',
    '\\75 rl(https://evil.example/x)',
    'red/**/url(x)',
    'var(--x)',
  ];

  it('a colour that could fetch or close the var() is left out, with a warning, and the palette is used', () => {
    const { problems, categories } = normalize({
      categories: Object.fromEntries(hostile.map((color, i) => [`c${i}`, { label: `C${i}`, color }])),
      events: hostile.map((_, i) => ({ start: '2018', title: `t${i}`, category: `c${i}` })),
    });
    expect(problems.filter((p) => p.field?.startsWith('categories.'))).to.have.length(hostile.length);
    expect(problems.every((p) => p.severity === 'warning')).to.equal(true);
    const colorOf = categoryColors(categories!, []);
    for (let i = 0; i < hostile.length; i++) {
      expect(colorOf(`c${i}`)).to.match(/^var\(--sanctions-timeline-category-c\d, var\(--sanctions-timeline-palette-\d\)\)$/);
    }
  });

  it('a colour given by the page is checked the same way (and with CSS.supports)', () => {
    const colorOf = categoryColors({ a: { label: 'A', color: 'url(x)' }, b: { label: 'B', color: 'notacolour' }, c: { label: 'C', color: 'oklch(0.6 0.2 30)' } }, []);
    expect(colorOf('a')).not.to.include('url(');
    expect(colorOf('b')).not.to.include('notacolour');
    expect(colorOf('c')).to.equal('var(--sanctions-timeline-category-c, oklch(0.6 0.2 30))');
  });

  it('category keys map to distinct CSS names: Cyrillic kept, capitals, underscores and punctuation escaped', () => {
    const keys = ['санкции', 'угрозы', ')', '(', 'Sanction', 'sanction', '_sanction', 'legal case', 'legal-case', 'legal_case', 'a\u202eb', '__proto__'];
    const names = keys.map(categoryIdent);
    expect(new Set(names).size).to.equal(keys.length);
    expect(names.slice(0, 2)).to.deep.equal(['санкции', 'угрозы']);
    for (const name of names) expect(CSS.supports(`--sanctions-timeline-category-${name}`, 'red'), name).to.equal(true);
  });
});

describe('hostile input: what a framework passes (finding 4)', () => {
  it('hasEvents() takes undefined, null, the file shape and wrong types without a throw', () => {
    expect(hasEvents(undefined)).to.equal(false);
    expect(hasEvents(null)).to.equal(false);
    expect(hasEvents({ events: [] })).to.equal(true);
    expect(hasEvents(5)).to.equal(true);
  });

  it('normalize() reports a number or a plain object as one unreadable item', () => {
    expect(normalize(5).problems[0]!.message).to.equal('expected a list of events or { "events": [...] }, got a number');
    expect(normalize({ events: [{ start: '2018', title: 'x' }] }).events).to.have.length(1);
  });
});

describe('hostile input: CSV (findings 5, 10)', () => {
  it('an unterminated quote is that line\'s problem, saying what it would swallow; later rows are read', () => {
    const csv = 'start,title\n2018,First\n2019,"Broken title\n2020,Third\n2021,Fourth\n';
    const data = normalize(fromCsv(csv));
    expect(data.events.map((event) => event.title)).to.deep.equal(['First', 'Third', 'Fourth']);
    expect(data.problems).to.have.length(1);
    expect(data.problems[0]!.index).to.equal(1);
    expect(data.problems[0]!.message).to.equal('line 3: the quote that opens "Broken title… is never closed (it would take in the 2 line(s) after it); this line was left out');
    expect(data.inputCount).to.equal(4);
  });

  it('an unterminated quote in the header is the file\'s error', () => {
    expect(() => fromCsv('start,"title\n2018,x')).to.throw(/the CSV header line 1: the quote/);
  });

  it('quoted cells over several lines and doubled quotes are not mistaken for an open quote', () => {
    const data = normalize(fromCsv('start,title,summary\n2018,"A ""quoted"" title","two\nlines"\n2019,B,\n'));
    expect(data.problems).to.deep.equal([]);
    expect(data.events.map((event) => event.title)).to.deep.equal(['A "quoted" title', 'B']);
  });

  it("a cell that starts with a literal ' and then = + - @ keeps its apostrophe through export and import", () => {
    const titles = ["'=SUM(A1)", "'+1", "'-x", "'@home", "''=x", '=formula', "'plain"];
    const { events } = normalize(titles.map((title, i) => ({ id: `e${i}`, start: '2018', title })));
    const again = normalize(fromCsv(exportCsv(events))).events;
    expect(again.map((event) => event.title)).to.deep.equal(titles);
  });

  it('a column named __proto__ is warned about as an unknown field, like any other', () => {
    const { problems } = normalize(fromCsv('start,title,__proto__\n2018,x,y\n'));
    expect(problems.map((p) => p.message)).to.deep.equal(["unknown field '__proto__' ignored"]);
  });
});

describe('hostile input: format detection looks at the whole file (finding 6)', () => {
  it('one TimelineJS-shaped item among events of ours is that item\'s problem; the rest draw', () => {
    const ours = Array.from({ length: 26 }, (_, i) => ({ start: `${2000 + i}`, title: `Event ${i}` }));
    const data = normalize({ events: [...ours, { start_date: { year: 2020 }, text: { headline: 'Slide' } }] });
    expect(data.events).to.have.length(26);
    expect([...new Set(data.problems.filter((p) => p.severity !== 'warning').map((p) => p.index))]).to.deep.equal([26]);
  });

  it('a TimelineJS file with one item of ours is still read as TimelineJS', () => {
    const slides = Array.from({ length: 3 }, (_, i) => ({ start_date: { year: 2000 + i }, text: { headline: `S${i}` } }));
    expect(normalize({ events: [...slides, { start: '2018', title: 'ours' }] }).events.map((e) => e.title)).to.include.members(['S0', 'S1', 'S2']);
  });
});

describe('hostile input: bounded lists (finding 9)', () => {
  it('10,000 warnings of one kind are one group of 10,000 with its first 3 listed', () => {
    const { problems } = normalize(Array.from({ length: 10_000 }, (_, i) => ({ start: '2018', title: `t${i}`, notes: 'x' })));
    const { groups, rest } = groupProblems(problems);
    expect(groups).to.have.length(1);
    expect(groups[0]!.message).to.equal("unknown field 'notes' ignored");
    expect(groups[0]!.count).to.equal(10_000);
    expect(groups[0]!.first).to.have.length(3);
    expect(rest).to.equal(0);
  });

  it('problems differing only in their quoted value are one kind; distinct unknown fields are not; kinds are capped', () => {
    const items = [
      { start: '17/01/2019', title: 'a' },
      { start: '18/01/2019', title: 'b' },
      ...Array.from({ length: 50 }, (_, i) => ({ start: '2018', title: `x${i}`, [`f${i}`]: 1 })),
    ];
    const { groups, rest } = groupProblems(normalize(items).problems);
    expect(groups[0]!.count).to.equal(2);
    expect(groups[0]!.message).to.equal("start: '…' is not a date (expected e.g. 2018, 2018-12, 2018-12-13, 2018~, 201X, 2018-12/2019-01)");
    expect(groups).to.have.length(20);
    expect(rest).to.equal(31);
  });

  it('5,000 categories fold to the 12 largest, plus those switched off or matching the search', () => {
    const counts = Array.from({ length: 5000 }, (_, i) => ({ key: `k${i}`, label: `Label ${i}`, count: i === 4999 ? 100 : 1 + (i % 7) }));
    const fold = foldLegend(counts, new Set(['k3']), 'label 1234');
    expect(fold.shown.map((c) => c.key)).to.include.members(['k4999', 'k3', 'k1234']);
    expect(fold.shown.length).to.be.at.most(24);
    expect(fold.more).to.have.length(100);
    expect(fold.folded + fold.shown.length).to.equal(5000);
  });

  it('a 1.6 MB search query in a link is cut to 200 characters', () => {
    expect(decodeLink(`q=${'a'.repeat(1_600_000)}`).query).to.have.length(200);
  });
});

describe('hostile input: smaller (finding 10)', () => {
  it('1 BC at 22:00 at -03:00 shows its era', () => {
    const parsed = parseDate('0000-12-31T22:00-03:00');
    expect('error' in parsed).to.equal(false);
    if ('error' in parsed) return;
    expect(formatDate(parsed, 'en-US')).to.match(/December 31, 1 BC/);
  });

  it('24:00, 23:59:60 and +25:00 are refused with the reason', () => {
    expect(error('2018-12-13T24:00Z')).to.equal("'2018-12-13T24:00Z' is not a date: 24:00 is the next day's 00:00; write that");
    expect(error('2016-12-31T23:59:60Z')).to.equal("'2016-12-31T23:59:60Z' is not a date: a leap second (:60) cannot be placed on a UTC axis; write :59");
    expect(error('2018-12-13T10:00+25:00')).to.equal("'2018-12-13T10:00+25:00' is not a date: the offset +25:00 is beyond ±23:59");
    expect(error('2018-12-13T25:00Z')).to.equal("'2018-12-13T25:00Z' is not a date: there is no hour 25");
  });
});
