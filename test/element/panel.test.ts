import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { settle, shadow, timelineWith } from '../helpers/timeline.js';

const EVENTS = [
  {
    id: 'designation',
    start: '2020-07-20',
    title: 'State Department designates Kadyrov',
    category: 'sanction',
    summary: 'A visa ban under Section 7031(c).',
    actors: ['Mike Pompeo', 'Ramzan Kadyrov'],
    quote: { text: 'Pompeo, we accept the fight!', by: 'Ramzan Kadyrov' },
    sources: [
      { url: 'https://2017-2021.state.gov/example', title: 'Public designation', publisher: 'U.S. Department of State', date: '2020-07-20' },
      { url: 'javascript:alert(1)', title: 'Not a link' },
    ],
  },
  { id: 'purge', start: '2018-12', end: '2019-01', title: 'New purge', category: 'persecution' },
  { id: 'report', start: '2018-12-13', title: 'Moscow Mechanism report' },
];

const panel = (el: SanctionsTimeline) => shadow(el).querySelector<HTMLElement>('[part="panel"]');
const button = (el: SanctionsTimeline, id: string) => shadow(el).querySelector<HTMLButtonElement>(`[part="event"][data-id="${id}"]`)!;
const focused = (el: SanctionsTimeline) => shadow(el).activeElement;

async function timeline(): Promise<SanctionsTimeline> {
  const el = await timelineWith(EVENTS);
  el.categories = { sanction: { label: 'Sanction' }, persecution: { label: 'Persecution' } };
  await settle(el);
  return el;
}

describe('<sanctions-timeline> detail panel', () => {
  it('opens on click with everything there is to read, and fires sanctions-timeline-select', async () => {
    const el = await timeline();
    setTimeout(() => button(el, 'designation').click());
    const { detail } = await oneEvent(el, 'sanctions-timeline-select');
    await settle(el);
    expect(detail.id).to.equal('designation');
    expect(detail.event.title).to.equal('State Department designates Kadyrov');
    expect(el.selected).to.equal('designation');
    expect(el.getAttribute('selected')).to.equal('designation');
    const text = panel(el)!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('State Department designates Kadyrov').and.contain('July 20, 2020');
    expect(text).to.contain('Sanction').and.contain('A visa ban under Section 7031(c).');
    expect(text).to.contain('Pompeo, we accept the fight!').and.contain('— Ramzan Kadyrov');
    expect(text).to.contain('Mike Pompeo, Ramzan Kadyrov').and.contain('U.S. Department of State, 2020-07-20');
    expect(button(el, 'designation').getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)!.id).to.equal('panel-title');
    await expect(el).to.be.accessible();
  });

  it('links only http(s) sources, in a new tab with rel="noopener noreferrer"', async () => {
    const el = await timeline();
    el.select('designation');
    await settle(el);
    const links = [...panel(el)!.querySelectorAll('a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://2017-2021.state.gov/example']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect(links[0]!.target).to.equal('_blank');
    expect(panel(el)!.querySelector('.unsafe-url')!.textContent).to.equal('Not a link (javascript:alert(1))');
  });

  it('shows a range at both precisions with its length', async () => {
    const el = await timeline();
    el.select('purge');
    await settle(el);
    expect(panel(el)!.querySelector('.panel-when')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'December 2018 – January 2019 (2 months)',
    );
  });

  it('opens with Enter on a focused event, and Escape closes it and returns focus to the event', async () => {
    const el = await timeline();
    button(el, 'report').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selected).to.equal('report');
    expect(focused(el)!.id).to.equal('panel-title');
    setTimeout(() => sendKeys({ press: 'Escape' }));
    const { detail } = await oneEvent(el, 'sanctions-timeline-select');
    await settle(el);
    expect(detail).to.deep.equal({ id: null, event: null });
    expect(panel(el)).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(focused(el)).to.equal(button(el, 'report'));
  });

  it('walks chronologically with Previous and Next, disabled at the ends', async () => {
    const el = await timeline();
    el.select('purge');
    await settle(el);
    const [previous, next] = panel(el)!.querySelectorAll<HTMLButtonElement>('.panel-nav button');
    expect(previous!.disabled).to.equal(true);
    next!.click();
    await settle(el);
    expect(el.selected).to.equal('report');
    panel(el)!.querySelectorAll<HTMLButtonElement>('.panel-nav button')[1]!.click();
    await settle(el);
    expect(el.selected).to.equal('designation');
    expect(panel(el)!.querySelectorAll<HTMLButtonElement>('.panel-nav button')[1]!.disabled).to.equal(true);
  });

  it('select() and the selected attribute open and close without firing an event', async () => {
    const el = await timeline();
    let fired = 0;
    el.addEventListener('sanctions-timeline-select', () => fired++);
    el.setAttribute('selected', 'report');
    await settle(el);
    expect(panel(el)!.querySelector('.panel-title')!.textContent).to.equal('Moscow Mechanism report');
    el.select(null);
    await settle(el);
    expect(panel(el)).to.equal(null);
    expect(fired).to.equal(0);
  });

  it('closes with the close button', async () => {
    const el = await timeline();
    el.select('report');
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('.panel-close')!.click();
    await settle(el);
    expect(el.selected).to.equal('');
    expect(panel(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
