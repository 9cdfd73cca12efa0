import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { scaleUtc } from 'd3-scale';
import { utc } from '../../src/model/dates.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { FIVE_EVENTS } from '../helpers/events.js';
import { dragPlot, expectedScale, parts, plotExtent, settle, shadow } from '../helpers/timeline.js';

const EVENTS = FIVE_EVENTS;
const HOUR = 3_600_000;

async function timeline(width = 800): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(
    html`<sanctions-timeline style="width: ${width}px" locale="en-US" .events=${EVENTS}></sanctions-timeline>`,
  );
  await settle(el);
  return el;
}

/** The window the element reports in `start`/`end` (the zoom test checks marks are drawn on it). */
function drawnWindow(el: SanctionsTimeline): [number, number] {
  const start = Date.parse(el.start);
  const end = Date.parse(el.end);
  return [start, end];
}

const control = (el: SanctionsTimeline, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="controls"] button')].find(
    (button) => (button.getAttribute('aria-label') ?? button.textContent!.trim()) === label,
  )!;
const tabStops = (el: SanctionsTimeline) => parts(el, 'event').filter((button) => button.tabIndex === 0);
const focusedId = (el: SanctionsTimeline) => (shadow(el).activeElement as HTMLElement | null)?.dataset.id;

describe('<sanctions-timeline> exploring: zoom and pan', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('zooms in around the centre with the + button, fires view-change, and passes axe zoomed', async () => {
    await emulateMedia({ reducedMotion: 'reduce' }); // measure marks where they land, not mid-glide
    const el = await timeline();
    const [lo, hi] = expectedScale(el).domain().map(Number) as [number, number];
    setTimeout(() => control(el, 'Zoom in').click());
    const { detail } = await oneEvent(el, 'sanctions-timeline-view-change');
    await settle(el);
    const centre = (lo + hi) / 2;
    expect(Date.parse(detail.start)).to.be.closeTo(centre - (hi - lo) / 4, 1000);
    expect(Date.parse(detail.end)).to.be.closeTo(centre + (hi - lo) / 4, 1000);
    expect(el.start).to.equal(detail.start);
    expect(el.end).to.equal(detail.end);
    const scale = scaleUtc().domain(drawnWindow(el)).range([0, 800]);
    const marker = shadow(el).querySelector('[data-id="report"] [part="marker"]')!;
    expect(plotExtent(el, marker).centre).to.be.closeTo(scale(utc(2018, 11, 13) + 12 * HOUR), 1);
    expect(shadow(el).querySelector('[data-id="purge-2017"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows all again with the Whole timeline button; zoom out and Whole timeline are disabled when all is shown', async () => {
    const el = await timeline();
    expect(control(el, 'Zoom out').getAttribute('aria-disabled')).to.equal('true');
    expect(control(el, 'Whole timeline').getAttribute('aria-disabled')).to.equal('true');
    control(el, 'Zoom in').click();
    await settle(el);
    control(el, 'Whole timeline').click();
    await settle(el);
    expect(el.start).to.equal('');
    expect(el.end).to.equal('');
    expect(parts(el, 'event')).to.have.length(5);
  });

  it('zooms with + and −, shows all with 0 and pans with Shift+arrows from the keyboard', async () => {
    const el = await timeline();
    parts(el, 'event')[0]!.focus();
    await sendKeys({ press: '+' });
    await settle(el);
    const [a, b] = drawnWindow(el);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    const [c, d] = drawnWindow(el);
    expect(c - a).to.be.closeTo((b - a) / 4, 1000);
    expect(d - c).to.be.closeTo(b - a, 1000);
    await sendKeys({ press: '-' });
    await settle(el);
    expect(Date.parse(el.end) - Date.parse(el.start)).to.be.closeTo(2 * (b - a), 1000);
    await sendKeys({ press: '0' });
    await settle(el);
    expect(el.start).to.equal('');
  });

  it('zooms around the pointer on wheel, keeping the instant under it in place', async () => {
    const el = await timeline();
    const plot = shadow(el).querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    const x = box.left + box.width / 4;
    const before = expectedScale(el).invert(box.width / 4).getTime();
    plot.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: x, clientY: box.top + 40, bubbles: true, cancelable: true, composed: true }));
    await settle(el);
    const window = drawnWindow(el);
    expect(window[1] - window[0]).to.be.lessThan(expectedScale(el).domain()[1]!.getTime() - expectedScale(el).domain()[0]!.getTime());
    const after = scaleUtc().domain(window).range([0, box.width]).invert(box.width / 4).getTime();
    expect(Math.abs(after - before)).to.be.lessThan((window[1] - window[0]) / box.width);
  });

  it('pans by dragging with the mouse: dragging right shows earlier times', async () => {
    const el = await timeline();
    control(el, 'Zoom in').click();
    await settle(el);
    const [a, b] = drawnWindow(el);
    const width = await dragPlot(el, 300, 500);
    const [c] = drawnWindow(el);
    expect(a - c).to.be.closeTo(((b - a) * 200) / width, (b - a) / 100);
  });

  it('zoomTo() and fit() set the window and fire nothing; never closer than an hour', async () => {
    const el = await timeline();
    let fired = 0;
    el.addEventListener('sanctions-timeline-view-change', () => fired++);
    el.zoomTo('2018-08', '2018-12');
    await settle(el);
    expect(parts(el, 'event').map((button) => button.dataset.id)).to.deep.equal(['threat', 'report']);
    el.zoomTo(new Date(utc(2018, 11, 13, 10)), new Date(utc(2018, 11, 13, 10, 5)));
    await settle(el);
    expect(Date.parse(el.end) - Date.parse(el.start)).to.be.at.least(HOUR - 1);
    el.fit();
    await settle(el);
    expect(parts(el, 'event')).to.have.length(5);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(fired).to.equal(0);
  });

  it('announces the new window politely once zooming rests', async () => {
    const el = await timeline();
    control(el, 'Zoom in').click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await settle(el);
    const live = shadow(el).querySelector('[aria-live="polite"]:not([part="legend"] *)')!;
    expect(live.textContent).to.match(/^Showing \w+ \d{4} – \w+ \d{4}$/);
  });
});

describe('<sanctions-timeline> exploring: keyboard', () => {
  it('has one tab stop into the events, and arrows, Home and End move through them in time order', async () => {
    const before = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>
      <sanctions-timeline style="width: 800px" locale="en-US" .events=${[...EVENTS].reverse()}></sanctions-timeline></div>`);
    const el = before.querySelector('sanctions-timeline')!;
    await settle(el);
    expect(tabStops(el).map((button) => button.dataset.id)).to.deep.equal(['purge-2017']);
    before.querySelector<HTMLButtonElement>('#before')!.focus();
    const visited: string[] = [];
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement !== el) break;
      const id = focusedId(el);
      if (id) visited.push(id);
    }
    expect(visited).to.deep.equal(['purge-2017']);
    parts(el, 'event')[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedId(el)).to.equal('magnitsky');
    expect(tabStops(el).map((button) => button.dataset.id)).to.deep.equal(['magnitsky']);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focusedId(el)).to.equal('designation');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focusedId(el)).to.equal('purge-2017');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focusedId(el)).to.equal('purge-2017');
  });

  it('pans to reveal the next event when it is outside the window, and focuses it', async () => {
    const el = await timeline();
    el.zoomTo('2018-08', '2018-12');
    await settle(el);
    shadow(el).querySelector<HTMLElement>('[data-id="report"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedId(el)).to.equal('designation');
    const [start, end] = drawnWindow(el);
    expect(start).to.be.at.most(utc(2020, 6, 20));
    expect(end).to.be.at.least(utc(2020, 6, 21));
    await expect(el).to.be.accessible();
  });
});

describe('<sanctions-timeline> exploring: layouts and themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('turns vertical below 600 px with layout="auto", usable at 320 px', async () => {
    const el = await timeline(320);
    expect(shadow(el).querySelector('ol.cards')).to.not.equal(null);
    expect(shadow(el).querySelector('[part="controls"]')).to.equal(null);
    const cards = parts(el, 'event');
    expect(cards.map((card) => card.dataset.id)).to.deep.equal(EVENTS.map((event) => event.id));
    const right = el.getBoundingClientRect().right;
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.right).to.be.at.most(right + 0.5);
    }
    expect(cards[3]!.querySelector('time')!.textContent).to.equal('December 13, 2018');
    cards[1]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el)).to.equal('threat');
    await expect(el).to.be.accessible();
  });

  it('stays horizontal at 800 px, and obeys layout="vertical" / "horizontal"', async () => {
    const el = await timeline(800);
    expect(shadow(el).querySelector('ol.cards')).to.equal(null);
    el.layout = 'vertical';
    await settle(el);
    expect(shadow(el).querySelector('ol.cards')).to.not.equal(null);
    el.style.width = '400px';
    el.layout = 'horizontal';
    await settle(el);
    expect(shadow(el).querySelector('ol.cards')).to.equal(null);
  });

  it('turns dark on a page that offers dark mode, and passes axe there', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    document.body.style.background = 'Canvas';
    try {
      const el = await timeline();
      expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
      el.select('report');
      await settle(el);
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
    }
  });

  it('turns dark on a light-only page too, on its own opaque background, and passes axe there', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await timeline();
    expect(getComputedStyle(el).color).to.equal('rgb(230, 237, 243)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(13, 17, 23)');
    await expect(el).to.be.accessible();
  });

  it('does not animate marks when the user prefers reduced motion', async () => {
    const el = await timeline();
    control(el, 'Zoom in').click();
    await settle(el);
    const item = shadow(el).querySelector('.item')!;
    expect(getComputedStyle(item).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(item).transitionDuration).to.equal('0s');
  });
});
