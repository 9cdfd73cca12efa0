// Hostile and messy input (issue 11), through the element as a page or a data file would give it.
// The risky pure work is proven to end in test/unit/hostile.test.ts (in a Worker with a
// watchdog); here each test also has its own time limit, so a freeze fails instead of hanging.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SrcController } from '../../src/controllers/src-controller.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { parts, settle, shadow, timelineWith } from '../helpers/timeline.js';

/** Every node (elements and text) under the element's shadow root. */
function nodeCount(el: SanctionsTimeline): number {
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

/** Errors and rejections that reach the page while `run` goes on. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

const button = (el: SanctionsTimeline, label: string) => shadow(el).querySelector<HTMLButtonElement>(`[part="controls"] button[aria-label="${label}"]`)!;
const noticeText = (el: SanctionsTimeline) => shadow(el).querySelector('[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function loading(url: string, silenceLimit?: number): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: 800px" locale="en-US"></sanctions-timeline>`);
  if (silenceLimit) (el as unknown as { loader: SrcController }).loader.silenceLimit = silenceLimit;
  el.src = url;
  return el;
}

describe('<sanctions-timeline> with hostile input', function () {
  this.timeout(15000);

  it('zooms in and out with events at 2018 and +275759 without an error reaching the page (finding 1)', async () => {
    const el = await timelineWith([{ start: '2018', title: 'Now' }, { start: '+275759', title: 'Far' }]);
    const errors = await pageErrors(async () => {
      for (const label of ['Zoom in', 'Zoom in', 'Zoom out', 'Zoom out', 'Zoom out']) {
        button(el, label).click();
        await settle(el);
      }
      el.zoomTo('-300000', '+300000');
      await settle(el);
    });
    expect(errors).to.deep.equal([]);
    expect(parts(el, 'event')).to.have.length(2);
    expect(parts(el, 'axis')).to.have.length(1);
  });

  it("shows '+275760-09-12' as a problem that names the range, not a frozen tab (finding 1)", async () => {
    const el = await timelineWith([{ start: '+275760-09-12', title: 'x' }, { start: '2018', title: 'ok' }]);
    expect(el.problems.map((p) => p.message)).to.deep.equal(["start: '+275760-09-12' is outside the dates that can be drawn (years -271820 to 275759)"]);
    expect(parts(el, 'event')).to.have.length(1);
  });

  it('takes undefined, null, the file shape, a number, categories { x: null } and a text for a plural without a throw (finding 4)', async () => {
    const el = await timelineWith([{ start: '2018', title: 'One', category: 'x' }]);
    const errors = await pageErrors(async () => {
      el.events = undefined as unknown as TimelineEvent[];
      await settle(el);
      expect(shadow(el).querySelector('.empty')?.textContent).to.equal('No events');
      el.events = null as unknown as TimelineEvent[];
      await settle(el);
      el.events = { events: [{ start: '2018', title: 'One', category: 'x' }, { start: '2019', title: 'Two' }] } as unknown as TimelineEvent[];
      await settle(el);
      expect(parts(el, 'event')).to.have.length(2);
      el.categories = { x: null } as never;
      el.strings = { eventCount: '{n} things', noEvents: 5 } as never;
      await settle(el);
      expect(parts(el, 'event')).to.have.length(2);
      expect(shadow(el).querySelector('.legend-status')!.textContent).to.equal('2 things');
      el.events = 5 as unknown as TimelineEvent[];
      await settle(el);
    });
    expect(errors).to.deep.equal([]);
    expect(noticeText(el)).to.include('expected a list of events or { "events": [...] }, got a number');
  });

  it('makes no request for a colour from the data, and the page\'s custom property still wins (finding 3: no request the page did not ask for)', async () => {
    const probe = (name: string) => `/test-server/status/204?probe=${name}`;
    const colours = { a: `url(${probe('a')})`, b: `transparent) url(${probe('b')})`, c: 'red) red', d: `image-set("${probe('d')}" 1x)` };
    const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline
      style="width: 800px; --sanctions-timeline-category-c: rgb(1, 2, 3)"
      locale="en-US"
      .events=${{ categories: Object.fromEntries(Object.entries(colours).map(([key, color]) => [key, { label: key, color }])), events: Object.keys(colours).map((key, i) => ({ start: `${2018 + i}`, title: key, category: key })) } as never}
    ></sanctions-timeline>`);
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const requested = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('probe='));
    expect(requested.map((entry) => entry.name)).to.deep.equal([]);
    expect(el.problems.filter((p) => p.field?.startsWith('categories.'))).to.have.length(4);
    const markC = parts(el, 'event').find((node) => node.textContent!.includes('c'))!;
    expect(getComputedStyle(markC).getPropertyValue('--mark-color').trim()).to.equal('rgb(1, 2, 3)');
    const swatch = shadow(el).querySelector<HTMLElement>('.legend-toggle[data-key="c"] .legend-swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('a src that sends its headers and stalls ends in an error with Retry (finding 7)', async () => {
    const el = await loading('/test-server/stall?file=/test/fixtures/events.json&ms=3000', 500);
    const { detail } = await oneEvent(el, 'sanctions-timeline-error');
    expect(detail.message).to.equal('Could not load /test-server/stall?file=/test/fixtures/events.json&ms=3000: no data arrived for 0.5 s');
    await settle(el);
    expect(parts(el, 'retry')).to.have.length(1);
  });

  it('reads a CSV served as windows-1251, and a UTF-16 file with a byte-order mark (finding 8)', async () => {
    const titles = ['Санкции против Кадырова', 'Второе событие'];
    const cp1251 = await loading('/test-server/encoded?file=/test/fixtures/russian.csv&encoding=windows-1251&type=text/csv;%20charset=windows-1251');
    await oneEvent(cp1251, 'sanctions-timeline-load');
    expect(cp1251.normalizedEvents.map((event) => event.title)).to.deep.equal(titles);
    expect(cp1251.normalizedEvents[0]!.actors).to.deep.equal(['Кадыров', 'Ёлкин']);
    const utf16 = await loading('/test-server/encoded?file=/test/fixtures/russian.csv&encoding=utf-16le&type=text/csv');
    await oneEvent(utf16, 'sanctions-timeline-load');
    expect(utf16.normalizedEvents.map((event) => event.title)).to.deep.equal(titles);
  });

  it('says a windows-1251 file without a charset is not UTF-8, rather than show garbage (finding 8)', async () => {
    const el = await loading('/test-server/encoded?file=/test/fixtures/russian.csv&encoding=windows-1251&type=text/csv');
    const { detail } = await oneEvent(el, 'sanctions-timeline-error');
    expect(detail.message).to.match(/it is not UTF-8 and names no charset/);
  });

  it('quotes at most a short excerpt of a 2 MB one-line file in its error (finding 8)', async () => {
    const el = await loading('/test-server/long-line');
    const { detail } = await oneEvent(el, 'sanctions-timeline-error');
    expect(detail.message).to.match(/^Could not read \/test-server\/long-line: the CSV header has no 'start' column; found: \{"events"/);
    expect(detail.message.length).to.be.below(400);
  });

  it('keeps 10,000 warnings of one kind under 2,000 nodes: one group, its first 3, the rest counted (finding 9: under 2,000 nodes)', async () => {
    const el = await timelineWith(Array.from({ length: 10_000 }, (_, i) => ({ start: `2018-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `Event ${i}`, notes: 'x' })), 1000);
    expect(el.problems).to.have.length(10_000);
    expect(nodeCount(el)).to.be.below(2000);
    const notice = shadow(el).querySelector('[part="notice"]')!;
    expect(notice.querySelector('summary')!.textContent).to.equal('10,000 events are shown with warnings');
    expect(notice.textContent!.replace(/\s+/g, ' ')).to.include("unknown field 'notes' ignored (10,000 items)");
    expect(notice.querySelector('.notice-more')!.textContent).to.equal('9,997 more');
  });

  it('folds 5,000 categories behind "N more", still filterable and searchable, under 2,000 nodes (finding 9: under 2,000 nodes)', async () => {
    const events = Array.from({ length: 5000 }, (_, i) => ({ start: '2018', title: `Event ${i}`, category: `cat-${i}` }));
    events.push({ start: '2019', title: 'Big', category: 'big' }, { start: '2019', title: 'Big 2', category: 'big' });
    const el = await timelineWith(events, 1000);
    expect(nodeCount(el)).to.be.below(2000);
    expect(shadow(el).querySelector('.legend-more summary')!.textContent).to.equal('4,989 more');
    expect(shadow(el).querySelector('.legend-toggle[data-key="big"]')).not.to.equal(null);
    // Searchable: the query brings a folded category's toggle out of the fold.
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'cat-4321';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.legend-categories > .legend-toggle[data-key="cat-4321"]')!;
    // Filterable: it switches its events off like any other.
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(el.problems).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('loads a 1.6 MB search query from the link quickly, cut to 200 characters (finding 9)', async () => {
    const before = location.hash;
    history.replaceState(null, '', `#hostile=${encodeURIComponent(`q=${'a'.repeat(1_600_000)}`)}`);
    try {
      const started = performance.now();
      const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline history="hostile" style="width: 800px" locale="en-US" .events=${[{ start: '2018', title: 'aaa' }]}></sanctions-timeline>`);
      await settle(el);
      expect(performance.now() - started).to.be.below(2000);
      expect(shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.have.length(200);
    } finally {
      history.replaceState(null, '', before || location.pathname);
    }
  });

  it('isolates each actor and source field, so a right-to-left override turns nothing after it (finding 10)', async () => {
    const el = await timelineWith([
      { id: 'e', start: '2018', title: 'T', actors: ['Evil\u202e', 'Next actor'], sources: [{ url: 'https://example.org/', title: 'Title\u202e', publisher: 'Pub\u202e', date: '2018' }] },
    ]);
    el.select('e');
    await settle(el);
    const panel = shadow(el).querySelector('[part="panel"]')!;
    expect([...panel.querySelectorAll('.panel-actors bdi')].map((node) => node.textContent)).to.deep.equal(['Evil\u202e', 'Next actor']);
    expect([...panel.querySelectorAll('.panel-sources bdi')].map((node) => node.textContent)).to.deep.equal(['Title\u202e', 'Pub\u202e', '2018']);
    await expect(el).to.be.accessible();
  });
});
