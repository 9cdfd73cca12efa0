import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { scaleUtc } from 'd3-scale';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { axisTicks, type Tick } from '../../src/layout/ticks.js';
import { tickLabel } from '../../src/view/axis.js';
import { FIVE_EVENTS } from '../helpers/events.js';
import { dragPlot, expectedScale, parts, settle, shadow } from '../helpers/timeline.js';

const EVENTS = FIVE_EVENTS;
const HOUR = 3_600_000;

/** A timeline inside `<div dir="rtl" lang="ar">`: direction and language both inherited. */
async function rtlTimeline(width = 800): Promise<SanctionsTimeline> {
  const page = await fixture<HTMLDivElement>(
    html`<div dir="rtl" lang="ar"><sanctions-timeline style="width: ${width}px" .events=${EVENTS}></sanctions-timeline></div>`,
  );
  const el = page.querySelector('sanctions-timeline')!;
  await settle(el);
  return el;
}

const box = (node: Element) => node.getBoundingClientRect();
const centre = (node: Element) => (box(node).left + box(node).right) / 2;
const marker = (el: SanctionsTimeline, id: string) => shadow(el).querySelector(`[data-id="${id}"] [part="marker"]`)!;
const plot = (el: SanctionsTimeline) => shadow(el).querySelector<HTMLElement>('.plot')!;
const focusedId = (el: SanctionsTimeline) => (shadow(el).activeElement as HTMLElement | null)?.dataset.id;
const windowOf = (el: SanctionsTimeline): [number, number] => [Date.parse(el.start), Date.parse(el.end)];

describe('<sanctions-timeline dir="rtl">: the horizontal plot runs right to left', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws the earliest event right of the latest, each at its mirrored time', async () => {
    const el = await rtlTimeline();
    expect(centre(marker(el, 'purge-2017'))).to.be.greaterThan(centre(marker(el, 'designation')));
    const right = box(plot(el)).right;
    const scale = expectedScale(el);
    for (const [id, day] of [['magnitsky', Date.UTC(2017, 11, 20)], ['report', Date.UTC(2018, 11, 13)]] as const) {
      expect(right - centre(marker(el, id)), id).to.be.closeTo(scale(day + 12 * HOUR), 1);
    }
    // A label sits on the inline-end side of its mark, i.e. to its left, and stays inside the plot.
    const label = shadow(el).querySelector('[data-id="designation"] [part="label"]')!;
    expect(box(label).left).to.be.at.least(box(plot(el)).left - 0.5);
    await expect(el).to.be.accessible();
  });

  it('puts the axis ticks in decreasing time from left to right, each on its instant', async () => {
    const el = await rtlTimeline();
    const ticks = [...shadow(el).querySelectorAll<HTMLElement>('.tick')];
    expect(ticks.length).to.be.at.least(3);
    const lefts = ticks.map((tick) => box(tick).left);
    expect([...lefts].sort((a, b) => b - a)).to.deep.equal(lefts); // DOM order is time order
    // Each tick's line is its inline-start (right) border, at the mirrored x of its instant.
    const [from, to] = expectedScale(el).domain();
    const expected = axisTicks([+from!, +to!], box(plot(el)).width);
    const label = (tick: Tick) => tickLabel(new Date(tick.time), tick.unit, 'ar');
    const right = box(plot(el)).right;
    expect(ticks).to.have.length(expected.length);
    ticks.forEach((tick, i) => expect(right - box(tick).right, label(expected[i]!)).to.be.closeTo(expected[i]!.x, 1));
    expect(ticks.map((tick) => tick.textContent!.trim())).to.deep.equal(expected.map(label));
  });

  it('mirrors controls, legend and panel: zoom buttons at the left, search at the right, close button at the left', async () => {
    const el = await rtlTimeline();
    const host = box(el);
    const controls = box(shadow(el).querySelector('[part="controls"]')!.firstElementChild!);
    expect(controls.left - host.left).to.be.lessThan(host.width / 2);
    const search = box(shadow(el).querySelector('.legend-search')!);
    expect(host.right - search.right).to.be.lessThan(2);
    el.select('report');
    await settle(el);
    const panel = shadow(el).querySelector('[part="panel"]')!;
    const close = box(panel.querySelector('.panel-close')!);
    const title = box(panel.querySelector('.panel-title')!);
    expect(close.right).to.be.at.most(title.left);
    const [previous, next] = panel.querySelectorAll('.panel-nav button');
    expect(box(previous!).left).to.be.greaterThan(box(next!).left);
    // Previous (earlier, on the right) points right; the arrow glyph is mirrored.
    expect(getComputedStyle(previous!.querySelector('.panel-arrow')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    await expect(el).to.be.accessible();
  });

  it('moves focus with mirrored arrows: ← to the later event, → to the earlier', async () => {
    const el = await rtlTimeline();
    parts(el, 'event')[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focusedId(el)).to.equal('magnitsky');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focusedId(el)).to.equal('threat');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedId(el)).to.equal('magnitsky');
    // ↓ and ↑ keep their meaning: next and previous in time.
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el)).to.equal('threat');
  });

  it('pans with mirrored Shift+arrows: Shift+← shows later times', async () => {
    const el = await rtlTimeline();
    el.zoomTo('2018-01', '2018-12');
    await settle(el);
    const [a, b] = windowOf(el);
    shadow(el).querySelector<HTMLElement>('[data-id="threat"]')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    const [c] = windowOf(el);
    expect(c - a).to.be.closeTo((b - a) / 4, 1000);
  });

  it('pans by dragging so the content follows the pointer: dragging right shows later times', async () => {
    const el = await rtlTimeline();
    el.zoomTo('2018-01', '2018-12');
    await settle(el);
    const [a, b] = windowOf(el);
    const width = await dragPlot(el, 300, 500);
    const [c] = windowOf(el);
    expect(c - a).to.be.closeTo(((b - a) * 200) / width, (b - a) / 100);
  });

  it('zooms on the wheel around the pointer, keeping the instant under it in place', async () => {
    const el = await rtlTimeline();
    const frame = box(plot(el));
    const x = frame.left + frame.width / 4; // a quarter from the left: three quarters along time
    const before = expectedScale(el).invert(frame.right - x).getTime();
    plot(el).dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: x, clientY: frame.top + 40, bubbles: true, cancelable: true, composed: true }));
    await settle(el);
    const window = windowOf(el);
    const after = scaleUtc().domain(window).range([0, frame.width]).invert(frame.right - x).getTime();
    expect(window[1] - window[0]).to.be.lessThan(expectedScale(el).domain()[1]!.getTime() - expectedScale(el).domain()[0]!.getTime());
    expect(Math.abs(after - before)).to.be.lessThan((window[1] - window[0]) / frame.width);
  });

  it('follows a `dir` set on the element itself at runtime, both ways', async () => {
    const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: 800px" locale="en" .events=${EVENTS}></sanctions-timeline>`);
    await settle(el);
    expect(centre(marker(el, 'purge-2017'))).to.be.lessThan(centre(marker(el, 'designation')));
    el.setAttribute('dir', 'rtl');
    await settle(el);
    expect(centre(marker(el, 'purge-2017'))).to.be.greaterThan(centre(marker(el, 'designation')));
    el.removeAttribute('dir');
    await settle(el);
    expect(centre(marker(el, 'purge-2017'))).to.be.lessThan(centre(marker(el, 'designation')));
  });
});

describe('<sanctions-timeline dir="rtl">: Arabic, and the vertical layout', () => {
  it('shows dates in Arabic from the inherited lang', async () => {
    const el = await rtlTimeline();
    el.select('report');
    await settle(el);
    expect(shadow(el).querySelector('.panel-when')!.textContent).to.contain('ديسمبر');
    expect(shadow(el).querySelector('[data-id="report"] time')!.textContent).to.contain('ديسمبر');
  });

  it('keeps left-to-right text in its own order: "5 events" reads number first', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl"><sanctions-timeline style="width: 800px" locale="en" .events=${EVENTS}></sanctions-timeline></div>`,
    );
    const el = page.querySelector('sanctions-timeline')!;
    await settle(el);
    const status = [...shadow(el).querySelector('.legend-status')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    expect(status.textContent!.trim()).to.equal('5 events');
    const piece = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(status, status.textContent!.indexOf('5') + from);
      range.setEnd(status, status.textContent!.indexOf('5') + to);
      return range.getBoundingClientRect();
    };
    expect(piece(0, 1).left).to.be.lessThan(piece(2, 8).left);
  });

  it('runs the vertical line down the right, with each dot right of its card', async () => {
    const el = await rtlTimeline(360);
    const cards = shadow(el).querySelector('ol.cards')!;
    expect(getComputedStyle(cards).borderRightWidth).to.equal('2px');
    expect(getComputedStyle(cards).borderLeftWidth).to.equal('0px');
    const item = shadow(el).querySelector('[data-id="report"]')!.closest('li')!;
    expect(box(item.querySelector('.card-dot')!).left).to.be.greaterThan(box(item.querySelector('.card')!).right);
    await expect(el).to.be.accessible();
  });
});
