import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { utc } from '../../src/model/dates.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { PALETTE_SIZE } from '../../src/state/category-colors.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { countNodes, settle, shadow } from '../helpers/timeline.js';

/** Reports and sanctions from 2017 to 2020, three of them in December 2018 (two in one week). */
const EVENTS: TimelineEvent[] = [
  { id: 'purge', start: '2017-04-01', title: 'Purge first reported', category: 'report' },
  { id: 'magnitsky', start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction' },
  { id: 'report', start: '2018-12-13', title: 'Moscow Mechanism report', category: 'report' },
  { id: 'statement', start: '2018-12-14', title: 'Statement on the report', category: 'report' },
  { id: 'reaction', start: '2018-12-20', title: 'Reaction to the report', category: 'report' },
  { id: 'designation', start: '2020-07-20', title: 'Section 7031(c) designation', category: 'sanction' },
];

async function timeline(attributes: { dir?: string; noOverview?: boolean } = {}, events = EVENTS): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(
    html`<sanctions-timeline style="width: 800px" locale="en-US" dir=${attributes.dir ?? 'ltr'} ?no-overview=${attributes.noOverview ?? false} .events=${events}></sanctions-timeline>`,
  );
  await settle(el);
  return el;
}

const strip = (el: SanctionsTimeline) => shadow(el).querySelector<HTMLElement>('[part="overview"]');
const brush = (el: SanctionsTimeline) => shadow(el).querySelector<HTMLElement>('[part="brush"]')!;
const words = (el: SanctionsTimeline) => strip(el)!.querySelector('svg')!.getAttribute('aria-label');
const windowOf = (el: SanctionsTimeline): [number, number] => [Date.parse(el.start), Date.parse(el.end)];

/** The brush's edges as fractions of the strip's width, from its left edge. */
function brushAt(el: SanctionsTimeline): [number, number] {
  const box = strip(el)!.getBoundingClientRect();
  const { left, right } = brush(el).getBoundingClientRect();
  return [(left - box.left) / box.width, (right - box.left) / box.width];
}

describe('<sanctions-timeline> overview strip', () => {
  it('draws the strip of all events, and the brush over the whole of it, by default', async () => {
    const el = await timeline();
    expect(strip(el)).to.not.equal(null);
    const [from, to] = brushAt(el);
    expect(from).to.be.closeTo(0, 0.01);
    expect(to).to.be.closeTo(1, 0.01);
    expect(strip(el)!.querySelectorAll('path').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('says its shape in words, for screen readers and as a tooltip', async () => {
    const el = await timeline();
    expect(words(el)).to.equal('6 events, 2017–2020; most in the week of December 10, 2018 (2)');
    expect(strip(el)!.title).to.equal(words(el));
  });

  it('says it in the page language: Russian', async () => {
    const el = await timeline();
    el.locale = 'ru';
    await settle(el);
    expect(words(el)).to.equal('6 событий, 2017–2020; больше всего — неделя с 10 декабря 2018 г. (2)');
  });

  it('follows the filters and the search', async () => {
    const el = await timeline();
    shadow(el).querySelector<HTMLButtonElement>('.legend-toggle[data-key="report"]')!.click();
    await settle(el);
    expect(words(el)).to.equal('2 events, 2017–2020; most in the week of December 18, 2017 (1)');
    expect(strip(el)!.querySelectorAll('path').length).to.equal(1);
    shadow(el).querySelector<HTMLButtonElement>('.legend-toggle[data-key="report"]')!.click();
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'report';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(words(el)).to.equal('4 events, 2017–2018; most in the week of December 10, 2018 (2)');
  });

  it('is not drawn with no-overview, nor in the narrow layout', async () => {
    expect(strip(await timeline({ noOverview: true }))).to.equal(null);
    const narrow = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: 400px" .events=${EVENTS}></sanctions-timeline>`);
    await settle(narrow);
    expect(strip(narrow)).to.equal(null);
  });

  it('names the window on the brush, a slider, as a screen reader announces it', async () => {
    const el = await timeline();
    el.zoomTo('2018-12-01', '2018-12-31');
    await settle(el);
    expect(brush(el).getAttribute('role')).to.equal('slider');
    expect(brush(el).getAttribute('aria-label')).to.equal('Visible period');
    expect(brush(el).getAttribute('aria-valuetext')).to.equal('Showing December 1, 2018 – December 31, 2018');
    await expect(el).to.be.accessible();
  });

  it('moves the window with the arrow keys on the brush (Shift for a whole span), and fires view-change', async () => {
    const el = await timeline();
    el.zoomTo('2018-06-01', '2018-08-31');
    await settle(el);
    brush(el).focus();
    const [start, end] = windowOf(el);
    setTimeout(() => sendKeys({ press: 'ArrowRight' }));
    const { detail } = await oneEvent(el, 'sanctions-timeline-view-change');
    expect(Date.parse(detail.start)).to.be.closeTo(start + (end - start) / 10, 1000);
    await settle(el);
    const [moved] = windowOf(el);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect(windowOf(el)[0]).to.be.closeTo(moved - (end - start), 1000);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(brushAt(el)[1]).to.be.closeTo(1, 0.01);
    expect(shadow(el).activeElement).to.equal(brush(el));
  });

  it('zooms with + and − on the brush, about the window', async () => {
    const el = await timeline();
    el.zoomTo('2018-01-01', '2018-12-31');
    await settle(el);
    brush(el).focus();
    const [start, end] = windowOf(el);
    await sendKeys({ press: '+' });
    await settle(el);
    const [a, b] = windowOf(el);
    expect(b - a).to.be.closeTo((end - start) / 2, 1000);
    expect((a + b) / 2).to.be.closeTo((start + end) / 2, 1000);
  });

  it('pans when the brush is dragged, and the events follow', async () => {
    const el = await timeline();
    el.zoomTo('2018-01-01', '2018-12-31');
    await settle(el);
    const box = strip(el)!.getBoundingClientRect();
    const { left, right } = brush(el).getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    const [start, end] = windowOf(el);
    const changes: number[] = [];
    el.addEventListener('sanctions-timeline-view-change', () => changes.push(1));
    await sendMouse({ type: 'move', position: [Math.round((left + right) / 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round((left + right) / 2 + 80), y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    const [a, b] = windowOf(el);
    // The time the whole strip spans, from the share of it the brush took.
    const stripSpan = (end - start) / ((right - left) / box.width);
    expect(b - a).to.be.closeTo(end - start, 1000);
    expect(a - start).to.be.closeTo((80 / box.width) * stripSpan, 2 * 86_400_000);
    expect(changes.length).to.be.at.least(1);
  });

  it('zooms when an edge of the brush is dragged: the other edge stays', async () => {
    const el = await timeline();
    el.zoomTo('2018-01-01', '2018-12-31');
    await settle(el);
    const box = strip(el)!.getBoundingClientRect();
    const { right } = brush(el).getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    const [start] = windowOf(el);
    await sendMouse({ type: 'move', position: [Math.round(right - 1), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(right + 60), y] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(windowOf(el)[0]).to.be.closeTo(start, 1000);
    expect(brushAt(el)[1] * box.width).to.be.closeTo(right + 60 - box.left, 3);
  });

  it('centres the window where the strip is pressed beside the brush', async () => {
    const el = await timeline();
    el.zoomTo('2018-01-01', '2018-03-31');
    await settle(el);
    const box = strip(el)!.getBoundingClientRect();
    const [start, end] = windowOf(el);
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width * 0.8), Math.round(box.top + box.height / 2)] });
    await settle(el);
    const [a, b] = windowOf(el);
    expect(b - a).to.be.closeTo(end - start, 1000);
    const [from, to] = brushAt(el);
    expect((from + to) / 2).to.be.closeTo(0.8, 0.01);
  });

  it('runs right to left in a right-to-left page: early times at the right', async () => {
    const el = await timeline({ dir: 'rtl' });
    el.zoomTo('2017-01-01', '2017-12-31');
    await settle(el);
    const [from, to] = brushAt(el);
    expect(from).to.be.above(0.5);
    expect(to).to.be.closeTo(1, 0.05);
  });

  it('keeps the strip to a few dozen nodes at 10,000 events: one path per category shown', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ start: new Date(utc(2010) + i * 3_600_000 * 7).toISOString().slice(0, 10), title: `Event ${i}`, category: `c${i % 16}` }));
    const el = await timeline({}, many);
    expect(countNodes(strip(el)!)).to.be.below(60);
    // Sixteen categories: the 13 largest in their palette colours, the other three together.
    expect(strip(el)!.querySelectorAll('path').length).to.equal(PALETTE_SIZE);
    expect(words(el)).to.match(/^10,000 events, 2010–2017; most in/);
    await expect(el).to.be.accessible();
  });
});
