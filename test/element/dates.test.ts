import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { parts, plotExtent, settle, shadow, timelineWith } from '../helpers/timeline.js';

/** A chronology the record knows only partly: approximate, uncertain, unspecified, open and unknown dates. */
const UNCERTAIN: TimelineEvent[] = [
  { id: 'plain', start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction' },
  { id: 'about', start: '2018~', title: 'Purge reports begin', category: 'persecution' },
  { id: 'threat', start: '2018-08-23%', title: 'Kadyrov threatens defenders', category: 'threat' },
  { id: 'possibly', start: '2019-03?', title: 'Possibly a second wave', category: 'persecution' },
  { id: 'winter', start: '2018-12/2019-02', displayDate: 'Winter 2018–19', title: 'Winter detentions', category: 'persecution' },
  { id: 'decade', start: '201X', title: 'Decade of impunity', category: 'report' },
  { id: 'unknown', start: '2019-06-21/', title: 'Titiev under restrictions', category: 'legal' },
  {
    id: 'since',
    start: '2020-07-20',
    end: '..',
    title: 'Visa ban in force',
    category: 'sanction',
    sources: [
      {
        url: 'https://2017-2021.state.gov/example',
        title: 'Public designation',
        archived: 'https://web.archive.org/web/20200720000000/https://2017-2021.state.gov/example',
        accessed: '2024-05-03',
      },
    ],
  },
];

const item = (el: SanctionsTimeline, id: string) => shadow(el).querySelector<HTMLElement>(`[data-id="${id}"]`)!.closest('li')!;
const mark = (el: SanctionsTimeline, id: string) => item(el, id).querySelector<HTMLElement>('.mark')!;
/** What a screen reader hears for the event's button: its title, then its date. */
const name = (el: SanctionsTimeline, id: string) => shadow(el).querySelector(`[data-id="${id}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
const panelWhen = (el: SanctionsTimeline) => shadow(el).querySelector('.panel-when')!.textContent!.replace(/\s+/g, ' ').trim();

async function russian(events: TimelineEvent[]): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: 1000px" locale="ru" .events=${events}></sanctions-timeline>`);
  await settle(el);
  return el;
}

describe('<sanctions-timeline> dates as the record knows them (EDTF)', () => {
  it('draws approximate marks with a soft edge and uncertain ones with a dashed ring, as parts; plain ones stay crisp', async () => {
    const el = await timelineWith(UNCERTAIN, 1000);
    expect(mark(el, 'about').getAttribute('part')).to.equal('range approximate');
    expect(mark(el, 'possibly').getAttribute('part')).to.equal('range uncertain');
    expect(mark(el, 'threat').getAttribute('part')).to.equal('marker approximate uncertain');
    expect(mark(el, 'plain').getAttribute('part')).to.equal('marker');
    expect(parts(el, 'approximate').map((node) => node.closest('button')!.dataset.id)).to.deep.equal(['about', 'threat']);
    expect(getComputedStyle(mark(el, 'threat')).filter).to.match(/blur/);
    expect(getComputedStyle(mark(el, 'threat')).outlineStyle).to.equal('dashed');
    expect(getComputedStyle(mark(el, 'possibly')).outlineStyle).to.equal('dashed');
    expect(getComputedStyle(mark(el, 'possibly')).filter).to.equal('none');
    expect(getComputedStyle(mark(el, 'plain')).filter).to.equal('none');
    expect(getComputedStyle(mark(el, 'plain')).outlineStyle).to.equal('none');
  });

  it('draws the 2010s as a band over the whole decade, not a point', async () => {
    const el = await timelineWith(UNCERTAIN, 1000);
    expect(item(el, 'decade').classList.contains('item--band')).to.equal(true);
    const first = plotExtent(el, mark(el, 'plain'));
    const decade = plotExtent(el, mark(el, 'decade'));
    expect(decade.left).to.be.below(first.left);
    expect(decade.right - decade.left).to.be.above(500);
  });

  it('runs an open end on to the edge of the view, fading out; an unknown end is a stub, not a point', async () => {
    const el = await timelineWith(UNCERTAIN, 1000);
    const plotWidth = shadow(el).querySelector('.plot')!.getBoundingClientRect().width;
    expect(plotExtent(el, mark(el, 'since')).right).to.be.closeTo(plotWidth, 1);
    expect(getComputedStyle(mark(el, 'since')).backgroundImage).to.match(/linear-gradient/);
    expect(item(el, 'unknown').classList.contains('item--unknown-end')).to.equal(true);
    expect(mark(el, 'unknown').getAttribute('part')).to.equal('range');
    expect(getComputedStyle(mark(el, 'unknown'), '::after').borderTopStyle).to.equal('dotted');
  });

  it('keeps a displayDate event in its place (December to February) while saying its text', async () => {
    const el = await timelineWith(UNCERTAIN, 1000);
    const winter = plotExtent(el, mark(el, 'winter'));
    const threat = plotExtent(el, mark(el, 'threat'));
    expect(winter.left).to.be.above(threat.right);
    expect(name(el, 'winter')).to.equal('Winter detentions, Winter 2018–19');
    expect(shadow(el).querySelector('[data-id="winter"] time')!.getAttribute('datetime')).to.equal('2018-12');
  });

  it('says the dates in the accessible names, in English', async () => {
    const el = await timelineWith(UNCERTAIN, 1000);
    expect(name(el, 'about')).to.equal('Purge reports begin, about 2018');
    expect(name(el, 'possibly')).to.equal('Possibly a second wave, possibly March 2019');
    expect(name(el, 'threat')).to.equal('Kadyrov threatens defenders, possibly about August 23, 2018');
    expect(name(el, 'decade')).to.equal('Decade of impunity, the 2010s');
    expect(name(el, 'since')).to.equal('Visa ban in force, since July 20, 2020 (ongoing)');
    expect(name(el, 'unknown')).to.equal('Titiev under restrictions, from June 21, 2019, end unknown');
    expect(shadow(el).querySelector('[data-id="decade"] time')!.hasAttribute('datetime')).to.equal(false);
  });

  it('says them in Russian', async () => {
    const el = await russian(UNCERTAIN);
    expect(name(el, 'possibly')).to.equal('Possibly a second wave, возможно, март 2019 г.');
    expect(name(el, 'decade')).to.equal('Decade of impunity, 2010-е годы');
    expect(name(el, 'since')).to.equal('Visa ban in force, 20 июля 2020 г. — по настоящее время');
    expect(name(el, 'unknown')).to.equal('Titiev under restrictions, 21 июня 2019 г. — окончание неизвестно');
  });

  it('says them in the panel, in English and Russian, with no length for a span that runs on', async () => {
    const el = await timelineWith(UNCERTAIN, 1000);
    el.select('since');
    await settle(el);
    expect(panelWhen(el)).to.equal('since July 20, 2020 (ongoing)');
    el.select('winter');
    await settle(el);
    expect(panelWhen(el)).to.equal('Winter 2018–19 (3 months)');
    const ru = await russian(UNCERTAIN);
    ru.select('threat');
    await settle(ru);
    expect(panelWhen(ru)).to.equal('возможно, примерно 23 августа 2018 г.');
    ru.select('since');
    await settle(ru);
    expect(panelWhen(ru)).to.equal('20 июля 2020 г. — по настоящее время');
    await expect(ru).to.be.accessible();
  });

  it('shows an archived copy beside the original link, and when the source was read', async () => {
    const el = await timelineWith(UNCERTAIN, 1000);
    el.select('since');
    await settle(el);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.panel-sources a')];
    expect(links.map((a) => [a.textContent, a.href, a.rel])).to.deep.equal([
      ['Public designation', 'https://2017-2021.state.gov/example', 'noopener noreferrer'],
      ['archived copy', 'https://web.archive.org/web/20200720000000/https://2017-2021.state.gov/example', 'noopener noreferrer'],
    ]);
    expect(shadow(el).querySelector('.panel-sources')!.textContent).to.contain('accessed 2024-05-03');
  });

  it('explains the marks in a key when such dates are present, and shows no key for plain dates', async () => {
    const el = await timelineWith(UNCERTAIN, 1000);
    const key = parts(el, 'date-key')[0]!;
    expect(key.getAttribute('aria-label')).to.equal('How dates are drawn');
    expect([...key.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'about …',
      'possibly …',
      'since … (ongoing)',
      'from …, end unknown',
    ]);
    const ru = await russian(UNCERTAIN);
    expect(parts(ru, 'date-key')[0]!.textContent).to.contain('возможно, …').and.contain('… — по настоящее время');
    const plain = await timelineWith([UNCERTAIN[0]!], 1000);
    expect(parts(plain, 'date-key')).to.have.length(0);
  });

  it('says the dates on the cards of the vertical layout too', async () => {
    const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: 400px" locale="en-US" .events=${UNCERTAIN}></sanctions-timeline>`);
    await settle(el);
    const dates = [...shadow(el).querySelectorAll('.card-date')].map((time) => time.textContent);
    expect(dates).to.include('possibly March 2019').and.include('Winter 2018–19').and.include('since July 20, 2020 (ongoing)');
    expect(shadow(el).querySelector('[data-id="threat"]')!.closest('li')!.classList.contains('item--uncertain')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says them in the print list, with the archived copy written out', async () => {
    const el = await timelineWith(UNCERTAIN, 1000);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    const printed = (id: string) => shadow(el).querySelector(`.print-event[data-id="${id}"]`)!.textContent!.replace(/\s+/g, ' ');
    expect(printed('about')).to.contain('about 2018');
    expect(printed('winter')).to.contain('Winter 2018–19');
    expect(printed('since')).to.contain('since July 20, 2020 (ongoing)').and.contain('archived copy: https://web.archive.org/web/20200720000000/');
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  it('passes axe in a view full of uncertain dates', async () => {
    const el = await timelineWith(UNCERTAIN, 1000);
    await expect(el).to.be.accessible();
  });
});
