import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { parts, settle, shadow } from '../helpers/timeline.js';

const EVENTS = [
  { id: 'purge', start: '2017-04-01', title: 'Purge in Chechnya first reported', category: 'report', actors: ['Novaya Gazeta'] },
  { id: 'magnitsky', start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction' },
  { id: 'threat', start: '2018-08-23', title: 'Kadyrov threatens defenders', category: 'threat' },
  { id: 'report', start: '2018-12-13', title: 'Moscow Mechanism report', category: 'report', summary: 'Confirms the purge.' },
  { id: 'designation', start: '2020-07-20', title: 'Section 7031(c) designation', category: 'sanction' },
];
const CATEGORIES = { report: { label: 'Report' }, sanction: { label: 'Sanction' }, threat: { label: 'Threat' } };

async function timeline(attributes: { id?: string; history?: string } = {}): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline
    style="width: 800px"
    locale="en-US"
    id=${attributes.id ?? 'tl'}
    history=${attributes.history ?? ''}
    .categories=${CATEGORIES}
    .events=${EVENTS}
  ></sanctions-timeline>`);
  if (attributes.history === undefined) el.removeAttribute('history');
  await settle(el);
  return el;
}

const toggle = (el: SanctionsTimeline, key: string) => shadow(el).querySelector<HTMLButtonElement>(`.legend-toggle[data-key="${key}"]`)!;
const status = (el: SanctionsTimeline) => shadow(el).querySelector('.legend-status')!.textContent!.trim();
const drawnIds = (el: SanctionsTimeline) => parts(el, 'event').map((button) => button.dataset.id);
const search = (el: SanctionsTimeline) => shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;

describe('<sanctions-timeline> legend: filter and find', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists each category with its colour, label and count, and the total', async () => {
    const el = await timeline();
    const items = [...shadow(el).querySelectorAll('.legend-toggle')].map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal(['Report 2', 'Sanction 2', 'Threat 1']);
    expect(status(el)).to.equal('5 events');
    await expect(el).to.be.accessible();
  });

  it('hides a category with its toggle, says "Showing 3 of 5 events", and passes axe filtered', async () => {
    const el = await timeline();
    toggle(el, 'sanction').click();
    await settle(el);
    expect(toggle(el, 'sanction').getAttribute('aria-pressed')).to.equal('false');
    expect(drawnIds(el)).to.deep.equal(['purge', 'threat', 'report']);
    expect(status(el)).to.equal('Showing 3 of 5 events');
    await expect(el).to.be.accessible();
    toggle(el, 'sanction').click();
    await settle(el);
    expect(drawnIds(el)).to.have.length(5);
  });

  it('searches title, summary and actors: highlights matches, dims the rest, counts them', async () => {
    const el = await timeline();
    search(el).focus();
    await sendKeys({ type: 'purge' });
    await settle(el);
    expect(status(el)).to.equal('Showing 2 of 5 events');
    const marks = [...shadow(el).querySelectorAll('[part="label"] mark')].map((mark) => mark.textContent);
    expect(marks).to.deep.equal(['Purge']);
    const dimmed = [...shadow(el).querySelectorAll('.item--dimmed [part="event"]')].map((button) => (button as HTMLElement).dataset.id);
    expect(dimmed).to.deep.equal(['magnitsky', 'threat', 'designation']);
    expect(drawnIds(el)).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('arrow keys walk only the events the filter shows', async () => {
    const el = await timeline();
    toggle(el, 'report').click();
    await settle(el);
    shadow(el).querySelector<HTMLElement>('[data-id="magnitsky"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect((shadow(el).activeElement as HTMLElement).dataset.id).to.equal('threat');
    await sendKeys({ press: 'ArrowRight' });
    expect((shadow(el).activeElement as HTMLElement).dataset.id).to.equal('designation');
  });

  it('Previous and Next in the panel walk only the events the filter shows', async () => {
    const el = await timeline();
    toggle(el, 'report').click();
    el.select('magnitsky');
    await settle(el);
    const [previous, next] = shadow(el).querySelectorAll<HTMLButtonElement>('.panel-nav button');
    expect(previous!.disabled).to.equal(true);
    next!.click();
    await settle(el);
    expect(el.selected).to.equal('threat');
    shadow(el).querySelectorAll<HTMLButtonElement>('.panel-nav button')[1]!.click();
    await settle(el);
    expect(el.selected).to.equal('designation');
  });

  it('never loses the open event silently: the panel says it is filtered out, and can show it', async () => {
    const el = await timeline();
    el.select('magnitsky');
    await settle(el);
    toggle(el, 'sanction').click();
    await settle(el);
    const note = shadow(el).querySelector('.panel-hidden')!;
    expect(note.textContent).to.contain('This event is hidden by the current filters.');
    await expect(el).to.be.accessible();
    note.querySelector('button')!.click();
    await settle(el);
    expect(drawnIds(el)).to.include('magnitsky');
    expect(shadow(el).querySelector('.panel-hidden')).to.equal(null);
  });
});

describe('<sanctions-timeline history>: deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('keeps the selection, window and filters in the hash under its key', async () => {
    const el = await timeline({ id: 'kadyrov', history: '' });
    setTimeout(() => shadow(el).querySelector<HTMLElement>('[data-id="report"]')!.click());
    await oneEvent(el, 'sanctions-timeline-select');
    el.zoomTo('2018-01', '2019-06');
    toggle(el, 'threat').click();
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const entry = new URLSearchParams(new URLSearchParams(location.hash.slice(1)).get('kadyrov')!);
    expect(entry.get('sel')).to.equal('report');
    expect(entry.get('hide')).to.equal('threat');
    expect(Date.parse(entry.get('from')!)).to.equal(Date.UTC(2018, 0, 1));
    expect(Date.parse(entry.get('to')!)).to.equal(Date.UTC(2019, 6, 1));
  });

  it('restores them from the hash on load, and two timelines keep their own entries', async () => {
    history.replaceState(null, '', `#a=${encodeURIComponent('sel=magnitsky&hide=report&q=designation')}&b=${encodeURIComponent('sel=threat')}`);
    const first = await timeline({ id: 'a', history: '' });
    const second = await timeline({ id: 'b', history: '' });
    expect(first.selected).to.equal('magnitsky');
    expect(drawnIds(first)).to.deep.equal(['magnitsky', 'threat', 'designation']);
    expect(search(first).value).to.equal('designation');
    expect(second.selected).to.equal('threat');
    expect(drawnIds(second)).to.have.length(5);
    second.select(null);
    await settle(second);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const hash = new URLSearchParams(location.hash.slice(1));
    expect(new URLSearchParams(hash.get('a')!).get('sel')).to.equal('magnitsky');
    expect(hash.get('b')).to.equal(null);
  });

  it('leaves the hash alone without the history attribute', async () => {
    const el = await timeline();
    el.select('report');
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(location.hash).to.equal('');
  });
});
