// Hostile input, part two (issue 19), through the element as a page, a data file or a reader
// meets it. The pure work that could freeze is proven to end in test/unit/hostile-two.test.ts (in a
// Worker with a watchdog); here each test has its own time limit, so a freeze fails instead of hanging.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { countNodes, parts, settle, shadow, timelineWith } from '../helpers/timeline.js';

/** Errors and rejections that reach the page while `run` goes on. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** Catches what the next download saves (a Blob behind an object URL, clicked through an `<a download>`). */
function catchDownload(): Promise<{ name: string; blob: Blob }> {
  const { createObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  return new Promise((resolve) => {
    let blob: Blob;
    URL.createObjectURL = (object: Blob) => ((blob = object), createObjectURL(object));
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
      resolve({ name: this.download, blob });
    };
  });
}

const texts = (svg: string) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map((text) => text.textContent!);
const pad = (n: number) => String(n).padStart(2, '0');

describe('<sanctions-timeline> with hostile input, part two (issue 19)', function () {
  this.timeout(30000);

  it('two downloaded SVGs inlined in one page each clip to their own plot and are named by their own title, not the page\'s id="title" (finding 5)', async () => {
    const first = await timelineWith({ title: 'First', events: [{ start: '2017-02', title: 'Band', category: 'a' }, { start: '2019', title: 'Year' }] }, 700);
    const second = await timelineWith({ title: 'Second', events: [{ start: '2020-01-01', title: 'Day' }, { start: '2021-05', title: 'Month' }] }, 900);
    const page = document.createElement('div');
    page.innerHTML = `<h1 id="title">The page's own title</h1><p id="plot">A paragraph</p>${first.toSVG()}${second.toSVG()}`;
    document.body.append(page);
    try {
      const ids = [...page.querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
      for (const svg of page.querySelectorAll('svg')) {
        const references = [
          ...svg.getAttribute('aria-labelledby')!.split(' '),
          ...[...svg.querySelectorAll('[clip-path], [fill^="url(#"]')].map((node) => /url\(#([^)]+)\)/.exec(node.getAttribute('clip-path') ?? node.getAttribute('fill')!)![1]!),
        ];
        expect(references.length).to.be.above(2);
        for (const id of references) expect(svg.contains(document.getElementById(id)), id).to.equal(true);
      }
      expect(first.toSVG(), 'the same view gives the same file').to.equal(first.toSVG());
    } finally {
      page.remove();
    }
    await expect(second).to.be.accessible();
  });

  it('re-reading the markup repeats none of its side effects: no image requested, handler run or custom element made again (finding 6)', async () => {
    let made = 0;
    if (!customElements.get('hostile-probe-19')) {
      customElements.define('hostile-probe-19', class extends HTMLElement {
        constructor() {
          super();
          made++;
        }
      });
    }
    const page = window as unknown as { __markupErrors: number };
    page.__markupErrors = 0;
    const probe = `/test-server/status/204?probe=markup-${Date.now()}`;
    const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: 800px" locale="en-US"
      ><ol>
        <li data-category="a"><time datetime="2018-03-01">1 March 2018</time> Event one <hostile-probe-19></hostile-probe-19><img src=${probe} onerror="window.__markupErrors++" alt="" /></li>
        <li><time datetime="2019">2019</time> <strong>Event two</strong></li>
      </ol></sanctions-timeline
    >`);
    await settle(el);
    const item = el.querySelector('li')!;
    for (let i = 0; i < 10; i++) {
      item.setAttribute('data-category', `c${i}`);
      await settle(el);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.normalizedEvents.map((event) => `${event.title} ${event.category ?? ''}`)).to.deep.equal(['Event one c9', 'Event two ']);
    expect(made, 'custom elements constructed').to.equal(1);
    expect(page.__markupErrors, 'onerror handlers run').to.equal(1);
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(probe))).to.have.length.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('opening an event with 10,000 sources and 10,000 dates adds a few hundred nodes: the first 10 of each, then "and 9,990 more"; the JSON download has all (finding 8)', async () => {
    const sources = Array.from({ length: 10_000 }, (_, i) => ({ url: `https://example.org/source/${i}`, title: `Source ${i}`, publisher: 'Publisher' }));
    const dates = Array.from({ length: 10_000 }, (_, i) => ({ label: 'Amended', date: `2019-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}` }));
    const el = await timelineWith([{ id: 'big', start: '2018-01-01', title: 'Many sources', sources, dates }, { start: '2020', title: 'Other' }]);
    const before = countNodes(shadow(el));
    el.select('big');
    await settle(el);
    const panel = shadow(el).querySelector('[part="panel"]')!;
    expect(countNodes(shadow(el)) - before).to.be.below(500);
    expect(panel.querySelectorAll('.panel-sources li')).to.have.length(11);
    expect(panel.querySelector('.panel-sources li:last-child')!.textContent).to.equal('and 9,990 more');
    expect(panel.querySelectorAll('.panel-dates dt')).to.have.length(10);
    expect(panel.querySelector('.panel-dates + .panel-more')!.textContent).to.equal('and 9,990 more');
    await expect(el).to.be.accessible();
    const saved = catchDownload();
    shadow(el).querySelector<HTMLButtonElement>('[part="export"] button')!.click();
    const file = JSON.parse(await (await saved).blob.text()) as { events: TimelineEvent[] };
    const big = file.events.find((event) => event.id === 'big')!;
    expect([big.sources!.length, big.dates!.length]).to.deep.equal([10_000, 10_000]);
  });

  it('the picture of 30,000 categories names the 12 largest and "and 29,988 more", and its PNG is made (finding 10)', async () => {
    const events = Array.from({ length: 30_000 }, (_, i) => ({ start: `${1990 + (i % 30)}`, title: `Event ${i}`, category: `category-${i}` }));
    const el = await timelineWith(events, 900);
    const svg = el.toSVG();
    expect(texts(svg)).to.include('and 29,988 more');
    expect(Number(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.getAttribute('height'))).to.be.below(1000);
    const errors = await pageErrors(async () => {
      const saved = catchDownload();
      shadow(el).querySelector<HTMLButtonElement>('[data-image="png"]')!.click();
      expect((await saved).blob.type).to.equal('image/png');
    });
    expect(errors).to.deep.equal([]);
  });

  it('a download that fails is said in an alert by the buttons, not an unhandled rejection; the next download clears it (finding 10)', async () => {
    const el = await timelineWith([{ start: '2018', title: 'One' }, { start: '2019', title: 'Two' }], 900);
    const { toBlob } = HTMLCanvasElement.prototype;
    HTMLCanvasElement.prototype.toBlob = function (this: HTMLCanvasElement, callback: BlobCallback) {
      callback(null);
    };
    const alert = () => shadow(el).querySelector<HTMLElement>('[role="alert"]');
    try {
      const errors = await pageErrors(async () => {
        shadow(el).querySelector<HTMLButtonElement>('[data-image="png"]')!.click();
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      expect(errors).to.deep.equal([]);
      expect(alert()!.textContent).to.match(/^timeline\.png could not be saved: the browser could not make a PNG of \d+ × \d+ pixels$/);
      expect(alert()!.getBoundingClientRect().height).to.be.above(0);
      await expect(el).to.be.accessible();
    } finally {
      HTMLCanvasElement.prototype.toBlob = toBlob;
    }
    const saved = catchDownload();
    shadow(el).querySelector<HTMLButtonElement>('[data-image="svg"]')!.click();
    await saved;
    expect(alert()!.textContent).to.equal('');
  });

  it('el.events with a start of Y and 6,000,000 nines never throws to the page: a short problem, and the other events draw (finding 11)', async () => {
    const el = await timelineWith([{ start: '2018', title: 'Before' }]);
    const errors = await pageErrors(async () => {
      el.events = [{ start: `Y${'9'.repeat(6e6)}`, title: 'Far' }, { start: '2019', title: 'Near' }];
      await settle(el);
    });
    expect(errors).to.deep.equal([]);
    expect(el.normalizedEvents.map((event) => event.title)).to.deep.equal(['Near']);
    expect(parts(el, 'event')).to.have.length(1);
    expect(el.problems).to.have.length(1);
    expect(el.problems[0]!.message.length).to.be.below(200);
    await expect(el).to.be.accessible();
  });

  it('at 340 px the vertical layout, with the image menu open, is 340 px wide: no horizontal scroll on a phone (finding 12)', async () => {
    await setViewport({ width: 340, height: 700 });
    const margin = document.body.style.margin;
    document.body.style.margin = '0';
    try {
      const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline locale="en-US" .events=${[{ start: '2018', title: 'A title long enough to wrap on a phone', category: 'sanction' }, { start: '2019', title: 'Two', category: 'threat' }]}></sanctions-timeline>`);
      await settle(el);
      expect(shadow(el).querySelector('.cards')).to.not.equal(null);
      shadow(el).querySelector<HTMLElement>('.image-menu summary')!.click();
      await settle(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(340);
      await expect(el).to.be.accessible();
    } finally {
      document.body.style.margin = margin;
      await setViewport({ width: 800, height: 600 });
    }
  });

  it("a TimelineJS image without caption or alt is named by the slide's headline (finding 12)", async () => {
    const el = await timelineWith({
      title: { text: { headline: 'Slides' } },
      events: [
        { unique_id: 'pic', start_date: { year: 2018 }, text: { headline: 'The court building' }, media: { url: '/test/fixtures/media/court.png' } },
        { unique_id: 'cap', start_date: { year: 2019 }, text: { headline: 'Second' }, media: { url: '/test/fixtures/media/court.png?2', caption: '<b>Captioned</b>' } },
      ],
    });
    el.select('pic');
    await settle(el);
    expect(shadow(el).querySelector('.panel img')!.getAttribute('alt')).to.equal('The court building');
    el.select('cap');
    await settle(el);
    expect(shadow(el).querySelector('.panel img')!.getAttribute('alt')).to.equal('Captioned');
    await expect(el).to.be.accessible();
  });

  it("the picture's credit names the page by origin and path: a CMS preview's ?preview_token is not published (finding 12)", async () => {
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search ? `${location.search}&` : '?'}preview_token=secret#top`);
    try {
      const el = await timelineWith([{ start: '2018', title: 'One' }, { start: '2019', title: 'Two' }]);
      expect(texts(el.toSVG()).find((text) => text.startsWith('Data: '))).to.equal(`Data: ${location.origin}${location.pathname}`);
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});
