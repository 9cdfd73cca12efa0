import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { settle, shadow } from '../helpers/timeline.js';

const EVENTS = [
  {
    id: 'purge',
    start: '2017-02',
    end: '2017-04',
    title: 'Anti-gay purge in Chechnya',
    category: 'persecution',
    summary: 'Men detained and tortured.',
    actors: ['Novaya Gazeta', 'Elena Milashina'],
    sources: [
      { url: 'https://example.org/novaya', title: 'First report', publisher: 'Novaya Gazeta', date: '2017-04-01' },
      { url: 'https://example.org/hrw', publisher: 'Human Rights Watch' },
    ],
  },
  { id: 'magnitsky', start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction', sources: [{ url: 'https://example.org/treasury', title: 'Treasury press release' }] },
  {
    id: 'threat',
    start: '2018-08',
    title: 'Kadyrov threatens defenders',
    category: 'threat',
    quote: { text: 'They are enemies.', by: 'Ramzan Kadyrov' },
    sources: [{ url: 'javascript:alert(1)', title: 'Unsafe link' }],
  },
  { id: 'report', start: '2018-12-13', title: 'Moscow Mechanism report', category: 'report' },
];
const CATEGORIES = { persecution: { label: 'Persecution' }, sanction: { label: 'Sanction' }, threat: { label: 'Threat' }, report: { label: 'Report' } };

async function timeline(): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(
    html`<sanctions-timeline style="width: 800px" locale="en-US" .categories=${CATEGORIES} .events=${EVENTS}></sanctions-timeline>`,
  );
  await settle(el);
  return el;
}

const printList = (el: SanctionsTimeline) => shadow(el).querySelector<HTMLElement>('.print-list');
const printedIds = (el: SanctionsTimeline) => [...shadow(el).querySelectorAll<HTMLElement>('.print-event')].map((item) => item.dataset.id);
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const display = (el: SanctionsTimeline, selector: string) => getComputedStyle(shadow(el).querySelector(selector)!).display;

async function startPrinting(): Promise<void> {
  await emulateMedia({ media: 'print' });
  window.dispatchEvent(new Event('beforeprint'));
}

async function stopPrinting(): Promise<void> {
  window.dispatchEvent(new Event('afterprint'));
  await emulateMedia({ media: 'screen' });
}

describe('<sanctions-timeline> printing', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('renders no print list on screen', async () => {
    const el = await timeline();
    expect(printList(el)).to.equal(null);
  });

  it('renders the list synchronously in beforeprint, before any microtask (window.print() lays out before returning)', async () => {
    const el = await timeline();
    window.dispatchEvent(new Event('beforeprint'));
    expect(printedIds(el)).to.deep.equal(['purge', 'magnitsky', 'threat', 'report']);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(printList(el)).to.equal(null);
  });

  it('prints every shown event in time order with date, category, summary, quote, actors and each source URL as text', async () => {
    const el = await timeline();
    await startPrinting();
    await settle(el);
    const list = printList(el)!;
    expect(getComputedStyle(list).display).to.equal('block');
    expect(text(list.querySelector('.print-heading')!)).to.equal('Events');
    expect(text(list.querySelector('.print-status')!)).to.equal('4 events');
    expect(printedIds(el)).to.deep.equal(['purge', 'magnitsky', 'threat', 'report']);
    const [purge, magnitsky, threat, report] = [...list.querySelectorAll('.print-event')];
    expect(text(purge!.querySelector('.print-when')!)).to.equal('February 2017 – April 2017 · Persecution');
    expect(text(purge!.querySelector('.print-title')!)).to.equal('Anti-gay purge in Chechnya');
    expect(text(purge!.querySelector('.print-summary')!)).to.equal('Men detained and tortured.');
    expect(text(purge!.querySelector('.print-actors')!)).to.equal('Involved: Novaya Gazeta, Elena Milashina');
    expect([...purge!.querySelectorAll('.print-sources li')].map(text)).to.deep.equal([
      'First report — Novaya Gazeta, 2017-04-01 https://example.org/novaya',
      'Human Rights Watch https://example.org/hrw',
    ]);
    expect(text(magnitsky!.querySelector('.print-when')!)).to.equal('December 20, 2017 · Sanction');
    expect(text(magnitsky!.querySelector('.print-url')!)).to.equal('https://example.org/treasury');
    expect(text(threat!.querySelector('.print-when')!)).to.equal('August 2018 · Threat');
    expect(text(threat!.querySelector('.print-quote')!)).to.equal('They are enemies. — Ramzan Kadyrov');
    // A javascript: URL is printed as text, never made a link.
    expect(threat!.querySelector('a')).to.equal(null);
    expect(text(threat!.querySelector('.print-url')!)).to.equal('javascript:alert(1)');
    expect(report!.querySelector('.print-sources')).to.equal(null);
    await expect(el).to.be.accessible();
    await stopPrinting();
  });

  it('hides the legend, zoom and download buttons, the drawing and the panel while printing', async () => {
    const el = await timeline();
    el.select('purge');
    await settle(el);
    for (const selector of ['.legend', '.controls', '.export', '.plot', '.panel']) expect(display(el, selector), selector).not.to.equal('none');
    await startPrinting();
    await settle(el);
    for (const selector of ['.legend', '.controls', '.export', '.plot', '.panel']) expect(display(el, selector), selector).to.equal('none');
    expect(printList(el)!.getBoundingClientRect().height).to.be.above(100);
    await stopPrinting();
  });

  it('prints only the events the filter and the search leave, and says so', async () => {
    const el = await timeline();
    shadow(el).querySelector<HTMLButtonElement>('.legend-toggle[data-key="threat"]')!.click();
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'm';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    await startPrinting();
    await settle(el);
    // "Kadyrov threatens…" is switched off; "Moscow…", "Magnitsky…" and "…Chechnya" match "m".
    expect(printedIds(el)).to.deep.equal(['purge', 'magnitsky', 'report']);
    expect(text(printList(el)!.querySelector('.print-status')!)).to.equal('Showing 3 of 4 events');
    expect(printList(el)!.textContent).not.to.include('Kadyrov threatens');
    await stopPrinting();
  });

  it('prints the events outside the zoomed window too', async () => {
    const el = await timeline();
    el.zoomTo('2018-12-01', '2018-12-31');
    await settle(el);
    expect(shadow(el).querySelectorAll('.plot [part~="event"]').length).to.be.below(4);
    await startPrinting();
    await settle(el);
    expect(printedIds(el)).to.deep.equal(['purge', 'magnitsky', 'threat', 'report']);
    await stopPrinting();
  });

  it('shows the list under print media without print events (PDF rendering), and afterprint restores the screen', async () => {
    const el = await timeline();
    await emulateMedia({ media: 'print' });
    // The switch reaches the element by the media query's change event or, where Chromium drops
    // that, by the box the print styles collapse (a frame later): wait for it, not for a frame count.
    await waitUntil(() => printedIds(el).length === 4, 'the print list appears under print media', { timeout: 2000 });
    await emulateMedia({ media: 'screen' });
    await settle(el);
    expect(printList(el)).to.equal(null);
    expect(display(el, '.controls')).not.to.equal('none');
    await expect(el).to.be.accessible();
  });
});
