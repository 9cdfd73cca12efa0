import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { fromCsv } from '../../src/model/formats/csv.js';
import type { TimelineEvent } from '../../src/model/types.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { settle, shadow } from '../helpers/timeline.js';

/** In lanes by actor: Kadyrov (purge, magnitsky), Titiev (arrest, sentence), Memorial (arrest, closure), No actor (report). */
const EVENTS: TimelineEvent[] = [
  { id: 'purge', start: '2017-02', title: 'Anti-gay purge in Chechnya', category: 'persecution', actors: ['Kadyrov'], group: 'Chechnya' },
  { id: 'magnitsky', start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction', actors: ['Kadyrov'], group: 'United States' },
  { id: 'arrest', start: '2018-01-09', title: 'Oyub Titiev arrested', category: 'persecution', actors: ['Titiev', 'Memorial'], group: 'Chechnya' },
  { id: 'sentence', start: '2019-03-18', title: 'Titiev sentenced', category: 'persecution', actors: ['Titiev'], group: 'Chechnya' },
  { id: 'closure', start: '2021-12-28', title: 'Memorial ordered closed', category: 'persecution', actors: ['Memorial'], group: 'Russia' },
  { id: 'report', start: '2022-04-01', title: 'Report published', category: 'report' },
];
const LANES = ['Kadyrov', 'Titiev', 'Memorial', ''];

async function timeline(options: { lanes?: string; layout?: string; width?: number; events?: unknown; style?: string } = {}): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline
    style="width: ${options.width ?? 400}px; ${options.style ?? ''}"
    locale="en-US"
    lanes=${options.lanes ?? 'actors'}
    layout=${options.layout ?? 'vertical'}
    .events=${(options.events ?? EVENTS) as TimelineEvent[]}
  ></sanctions-timeline>`);
  await settle(el);
  return el;
}

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const sections = (el: SanctionsTimeline) => [...shadow(el).querySelectorAll<HTMLElement>('.card-lane')];
const cardIds = (section: Element) => [...section.querySelectorAll<HTMLElement>('.card')].map((card) => card.dataset.id);
const focused = (el: SanctionsTimeline) => {
  const active = shadow(el).activeElement as HTMLElement | null;
  return { id: active?.dataset.id, lane: active?.closest<HTMLElement>('[data-lane]')?.dataset.lane };
};
const pageButtons = (el: SanctionsTimeline) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.page-button')];

/** Two animation frames and the update they cause: what a scroll of the lanes takes to be drawn. */
async function frames(el: SanctionsTimeline): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

describe('<sanctions-timeline> lanes in the narrow layout', () => {
  it('groups the cards in a section per lane: a heading with its name and count, then its cards; an event with two actors is in both', async () => {
    const el = await timeline();
    const lanes = sections(el);
    expect(lanes.map((section) => section.dataset.lane)).to.deep.equal(LANES);
    const headings = lanes.map((section) => section.querySelector('[role="heading"]')!);
    expect(headings.map(text)).to.deep.equal(['Kadyrov, 2 events', 'Titiev, 2 events', 'Memorial, 2 events', 'No actor, 1 event']);
    // The element's top level: the lanes are its top sections here, as the open event's title is.
    expect(headings.map((heading) => heading.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2', '2']);
    expect(lanes.map((section) => section.querySelector('ol')!.getAttribute('aria-label'))).to.deep.equal([
      'Kadyrov, 2 events',
      'Titiev, 2 events',
      'Memorial, 2 events',
      'No actor, 1 event',
    ]);
    expect(lanes.map(cardIds)).to.deep.equal([['purge', 'magnitsky'], ['arrest', 'sentence'], ['arrest', 'closure'], ['report']]);
    // One tab stop in all the lanes.
    expect([...shadow(el).querySelectorAll('.card[tabindex="0"]')].map((card) => (card as HTMLElement).dataset.id)).to.deep.equal(['purge']);
    await expect(el).to.be.accessible();
  });

  it("keeps each card's accessible name as without lanes", async () => {
    const plain = await timeline({ lanes: 'none' });
    const names = new Map([...shadow(plain).querySelectorAll<HTMLElement>('.card')].map((card) => [card.dataset.id, text(card)]));
    expect(names.size).to.equal(6);
    const el = await timeline();
    for (const card of shadow(el).querySelectorAll<HTMLElement>('.card')) expect(text(card)).to.equal(names.get(card.dataset.id));
  });

  it('walks the cards lane by lane with the arrow keys, each copy of an event in its own lane, Home and End to the ends', async () => {
    const el = await timeline();
    shadow(el).querySelector<HTMLElement>('.card[data-id="purge"]')!.focus();
    const walked = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      walked.push(focused(el));
    }
    expect(walked).to.deep.equal([
      { id: 'magnitsky', lane: 'Kadyrov' },
      { id: 'arrest', lane: 'Titiev' },
      { id: 'sentence', lane: 'Titiev' },
      { id: 'arrest', lane: 'Memorial' },
      { id: 'closure', lane: 'Memorial' },
      { id: 'report', lane: '' },
    ]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focused(el)).to.deep.equal({ id: 'arrest', lane: 'Memorial' });
    expect([...shadow(el).querySelectorAll('.card[tabindex="0"]')].map((card) => card.closest<HTMLElement>('[data-lane]')!.dataset.lane)).to.deep.equal(['Memorial']);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focused(el)).to.deep.equal({ id: 'purge', lane: 'Kadyrov' });
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focused(el)).to.deep.equal({ id: 'report', lane: '' });
    await expect(el).to.be.accessible();
  });

  it('opens an event from its copy in one lane, marks every copy, and gives focus back to that copy on close', async () => {
    const el = await timeline();
    shadow(el).querySelector<HTMLElement>('[data-lane="Memorial"] .card[data-id="arrest"]')!.click();
    await settle(el);
    expect(el.selected).to.equal('arrest');
    expect([...shadow(el).querySelectorAll('.card[aria-expanded="true"]')].map((card) => card.closest<HTMLElement>('[data-lane]')!.dataset.lane)).to.deep.equal(['Titiev', 'Memorial']);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.panel-close')!.click();
    await settle(el);
    expect(focused(el)).to.deep.equal({ id: 'arrest', lane: 'Memorial' });
  });

  it('pages the cards lane by lane: a page may hold two lanes, and one that starts within a lane says it continues', async () => {
    const events = Array.from({ length: 130 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(2018, 0, 1 + i)).toISOString().slice(0, 10),
      title: `Event ${i}`,
      group: i % 13 === 12 ? 'Later' : 'Earlier',
    }));
    // 120 events in "Earlier", 10 in "Later": the first page is "Earlier" alone.
    const el = await timeline({ lanes: 'group', events });
    expect(sections(el).map((section) => text(section.querySelector('[role="heading"]')!))).to.deep.equal(['Earlier, 120 events']);
    expect(cardIds(sections(el)[0]!)).to.have.length(100);
    expect(pageButtons(el).map(text)).to.deep.equal(['Show later events (30 more)']);
    pageButtons(el)[0]!.click();
    await settle(el);
    expect(sections(el).map((section) => text(section.querySelector('[role="heading"]')!))).to.deep.equal(['Earlier (continued), 120 events', 'Later, 10 events']);
    expect(sections(el).map((section) => cardIds(section).length)).to.deep.equal([20, 10]);
    expect(focused(el), 'the first card of the page').to.deep.equal({ id: 'e108', lane: 'Earlier' });
    expect(pageButtons(el).map(text)).to.deep.equal(['Show earlier events (100 more)']);
    await expect(el).to.be.accessible();
    // The arrows cross pages as they cross lanes.
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focused(el)).to.deep.equal({ id: 'e107', lane: 'Earlier' });
    expect(sections(el).map((section) => text(section.querySelector('[role="heading"]')!))).to.deep.equal(['Earlier, 120 events']);
  });

  it('says the lanes follow the filters: a lane the filters empty folds away, counts follow the search', async () => {
    const el = await timeline();
    shadow(el).querySelector<HTMLButtonElement>('.legend-toggle[data-key="report"]')!.click();
    await settle(el);
    expect(sections(el).map((section) => section.dataset.lane)).to.deep.equal(['Kadyrov', 'Titiev', 'Memorial']);
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'Titiev';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    expect(sections(el).map((section) => text(section.querySelector('[role="heading"]')!))).to.deep.equal(['Kadyrov, 0 events', 'Titiev, 2 events', 'Memorial, 1 event']);
    await expect(el).to.be.accessible();
  });
});

describe('<sanctions-timeline> lanes in print', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  async function printing(el: SanctionsTimeline): Promise<void> {
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
  }

  /** Each printed lane's heading and the ids of the events under it. */
  const printedLanes = (el: SanctionsTimeline) =>
    [...shadow(el).querySelectorAll('.print-lane')].map((heading) => [text(heading), [...heading.nextElementSibling!.querySelectorAll<HTMLElement>('.print-event')].map((item) => item.dataset.id)]);

  it('groups the printed list by lane, a heading per lane with its count, an event with two actors under each', async () => {
    const el = await timeline({ layout: 'horizontal', width: 800 });
    await printing(el);
    expect(text(shadow(el).querySelector('.print-status')!)).to.equal('6 events');
    expect(printedLanes(el)).to.deep.equal([
      ['Kadyrov · 2 events', ['purge', 'magnitsky']],
      ['Titiev · 2 events', ['arrest', 'sentence']],
      ['Memorial · 2 events', ['arrest', 'closure']],
      ['No actor · 1 event', ['report']],
    ]);
    expect(shadow(el).querySelector('.print-lane')!.getAttribute('aria-level')).to.equal('3');
    expect(shadow(el).querySelector('.print-title')!.getAttribute('aria-level')).to.equal('4');
    await expect(el).to.be.accessible();
  });

  it('prints only the lanes with events the search leaves; the narrow layout prints the same list, its cards hidden', async () => {
    const el = await timeline();
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'Titiev';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    await printing(el);
    expect(printedLanes(el)).to.deep.equal([
      ['Titiev · 2 events', ['arrest', 'sentence']],
      ['Memorial · 1 event', ['arrest']],
    ]);
    expect(getComputedStyle(shadow(el).querySelector('.card-lanes')!).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('prints one list without lane headings when there are no lanes', async () => {
    const el = await timeline({ lanes: 'none', layout: 'horizontal', width: 800 });
    await printing(el);
    expect(shadow(el).querySelector('.print-lane')).to.equal(null);
    expect(shadow(el).querySelectorAll('.print-event')).to.have.length(6);
  });
});

/** Twelve lanes of three events each, "Lane A" … "Lane L", more than a 240 px viewport holds. */
const MANY = Array.from({ length: 36 }, (_, i) => {
  const lane = i % 12;
  return { id: `e${i}`, start: `${2001 + Math.floor(i / 12) * 4}-${String(lane + 1).padStart(2, '0')}-15`, title: `Event ${String.fromCharCode(65 + lane)}${Math.floor(i / 12)}`, group: `Lane ${String.fromCharCode(65 + lane)}` };
});
const NAMES = MANY.slice(0, 12).map((event) => event.group);

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses').to.equal(null);
  return doc;
}

const texts = (el: SanctionsTimeline) => [...parse(el.toSVG()).querySelectorAll('text')].map((node) => node.textContent!);

/** The names of the lanes whose header the viewport shows (some of it), in order: a lane scrolled half out shows its rows only, on screen as in the picture. */
function lanesInViewport(el: SanctionsTimeline): string[] {
  const viewport = shadow(el).querySelector('.lanes-viewport')!.getBoundingClientRect();
  return [...shadow(el).querySelectorAll<HTMLElement>('[part~="lane-header"]')]
    .filter((header) => {
      const box = header.getBoundingClientRect();
      return box.bottom > viewport.top && box.top < viewport.bottom;
    })
    .map((header) => text(header.querySelector('.lane-name')!));
}

describe('<sanctions-timeline> lanes in the picture', () => {
  it('draws the lane headers, names and counts, and the rows of the lanes the viewport shows, and only those', async () => {
    const el = await timeline({ lanes: '', layout: 'horizontal', width: 900, events: MANY, style: '--sanctions-timeline-plot-height: 240px' });
    const seen = lanesInViewport(el);
    expect(seen[0]).to.equal('Lane A');
    expect(seen.length).to.be.within(2, 5);
    const words = texts(el);
    expect(NAMES.filter((name) => words.includes(name))).to.deep.equal(seen);
    expect(words.filter((word) => word === '3 events')).to.have.length(seen.length);
    expect(words).to.include.members(['Event A0', 'Event A1', 'Event A2']);
    expect(words).not.to.include('Event L0');
    const clip = parse(el.toSVG()).querySelector('clipPath rect')!;
    expect(Number(clip.getAttribute('height'))).to.equal(shadow(el).querySelector('.lanes-viewport')!.clientHeight);
    await expect(el).to.be.accessible();

    const viewport = shadow(el).querySelector<HTMLElement>('.lanes-viewport')!;
    viewport.scrollTop = viewport.scrollHeight;
    await frames(el);
    await frames(el);
    const scrolled = lanesInViewport(el);
    expect(scrolled.at(-1)).to.equal('Lane L');
    const after = texts(el);
    expect(NAMES.filter((name) => after.includes(name))).to.deep.equal(scrolled);
    expect(after).not.to.include('Lane A');
    expect(after).not.to.include('Event A0');
    expect(after).to.include('Event L0');
    await expect(el).to.be.accessible();
  });

  it('draws a collapsed lane as its header and density strip, without its labels', async () => {
    const el = await timeline({ lanes: 'group', layout: 'horizontal', width: 900, events: MANY, style: '--sanctions-timeline-plot-height: 240px' });
    const before = parse(el.toSVG()).querySelectorAll('rect[opacity="0.7"]').length;
    shadow(el).querySelector<HTMLButtonElement>('[data-lane="Lane A"] [part~="lane-header"]')!.click();
    await settle(el);
    expect(shadow(el).querySelector('[data-lane="Lane A"] [part~="lane-header"]')!.getAttribute('aria-expanded')).to.equal('false');
    const doc = parse(el.toSVG());
    const words = [...doc.querySelectorAll('text')].map((node) => node.textContent);
    expect(words).to.include('Lane A');
    expect(words).not.to.include('Event A0');
    expect(doc.querySelectorAll('rect[opacity="0.7"]').length - before, 'a bar per slice of time with events').to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('draws lanes in the narrow layout too: the wide plot of the window, from the lane of the page', async () => {
    const el = await timeline();
    const words = texts(el);
    expect(words).to.include.members(['Kadyrov', 'Titiev', 'Memorial', 'No actor', 'Oyub Titiev arrested']);
    await expect(el).to.be.accessible();
  });
});

describe('<sanctions-timeline> lanes in the downloads', () => {
  let saved: Blob[] = [];
  const { createObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = (blob: Blob) => (saved.push(blob), createObjectURL(blob));
    HTMLAnchorElement.prototype.click = () => {};
  });
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  });

  async function download(el: SanctionsTimeline, name: string): Promise<string> {
    const count = saved.length;
    [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="export"] button')].find((button) => text(button) === name)!.click();
    // The writers are a chunk loaded on the first click.
    for (let i = 0; i < 200 && saved.length === count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return saved.at(-1)!.text();
  }

  it('keeps each event\'s group in JSON and CSV, and an event in two lanes is one entry', async () => {
    const el = await timeline({ lanes: '', layout: 'horizontal', width: 800 });
    expect([...shadow(el).querySelectorAll('[part~="lane-header"]')].map(text)).to.include('Chechnya, 3 events');
    const json = JSON.parse(await download(el, 'Download JSON')) as { events: Array<{ id: string; group?: string }> };
    expect(json.events.map((event) => [event.id, event.group])).to.deep.equal([
      ['purge', 'Chechnya'],
      ['magnitsky', 'United States'],
      ['arrest', 'Chechnya'],
      ['sentence', 'Chechnya'],
      ['closure', 'Russia'],
      ['report', undefined],
    ]);
    const csv = await download(el, 'Download CSV');
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(',')).to.include('group');
    const read = fromCsv(csv);
    expect(read.map((event) => (event as { group?: string }).group ?? '')).to.deep.equal(['Chechnya', 'United States', 'Chechnya', 'Chechnya', 'Russia', '']);
    await expect(el).to.be.accessible();
  });

  it('lists an event with two actors once in the files when the lanes are by actor', async () => {
    const el = await timeline({ layout: 'horizontal', width: 800 });
    const json = JSON.parse(await download(el, 'Download JSON')) as { events: Array<{ id: string }> };
    expect(json.events.map((event) => event.id)).to.deep.equal(EVENTS.map((event) => event.id));
  });
});
