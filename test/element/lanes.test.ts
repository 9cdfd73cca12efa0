import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { parts, settle, shadow } from '../helpers/timeline.js';

/** A timeline in lanes, `width` px wide, from `src` or `events`, waited for until it is drawn. */
async function inLanes(options: { src?: string; events?: TimelineEvent[]; lanes?: string; width?: number; order?: string }): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline
    style="width: ${options.width ?? 1000}px"
    locale="en-US"
    layout="horizontal"
    lanes=${options.lanes ?? ''}
    lane-order=${options.order ?? 'first'}
    .src=${options.src ?? ''}
    .events=${options.events ?? []}
  ></sanctions-timeline>`);
  await el.updateComplete;
  await waitUntil(() => !shadow(el).querySelector('.status') && parts(el, 'lane').length > 0, 'no lanes were drawn', { timeout: 8000 });
  await settle(el);
  return el;
}

const headers = (el: SanctionsTimeline) => parts(el, 'lane-header');
/** What each header in the DOM is called: its text, as a screen reader reads it. */
const headerTexts = (el: SanctionsTimeline) => headers(el).map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
const viewport = (el: SanctionsTimeline) => shadow(el).querySelector<HTMLElement>('.lanes-viewport')!;
const focusedId = (el: SanctionsTimeline) => (shadow(el).activeElement as HTMLElement | null)?.dataset.id;
const focusedLane = (el: SanctionsTimeline) => (shadow(el).activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-lane]')?.dataset.lane;

/** Scrolls the lanes to `top` and waits for the lanes in view to be drawn. */
async function scrollTo(el: SanctionsTimeline, top: number): Promise<void> {
  viewport(el).scrollTop = top;
  viewport(el).dispatchEvent(new Event('scroll'));
  await settle(el);
  await settle(el);
}

const PEOPLE: TimelineEvent[] = [
  { id: 'arrest', start: '2018-01-09', title: 'Titiev arrested', group: 'Titiev', actors: ['Titiev', 'Memorial'] },
  { id: 'threat', start: '2018-08-23', title: 'Kadyrov threatens defenders', group: 'Kadyrov', actors: ['Kadyrov'] },
  { id: 'verdict', start: '2019-03-18', title: 'Titiev convicted', group: 'Titiev', actors: ['Titiev'] },
  { id: 'designation', start: '2020-07-20', title: 'Kadyrov designated', group: 'Kadyrov', actors: ['Kadyrov', 'Pompeo'] },
  { id: 'report', start: '2018-12-13', title: 'OSCE report', group: 'OSCE' },
];

describe('<sanctions-timeline> lanes', () => {
  it('the UN list with lanes="category" draws 14 lanes named after the regimes, with their counts, those in view in the DOM', async () => {
    const el = await inLanes({ src: '/data/un-consolidated.xml', lanes: 'category', order: 'count' });
    expect(el.normalizedEvents).to.have.length(1003);
    const all: string[] = [];
    for (let top = 0; top < viewport(el).scrollHeight; top += 300) {
      await scrollTo(el, top);
      for (const name of headerTexts(el)) if (name && !all.includes(name)) all.push(name);
    }
    expect(all).to.deep.equal([
      "ISIL (Da'esh) and Al-Qaida, 341 events",
      'DPRK (North Korea), 155 events',
      'Taliban, 140 events',
      'Iran, 121 events',
      'Iraq, 75 events',
      'Democratic Republic of the Congo, 53 events',
      'Libya, 30 events',
      'Somalia (Al-Shabaab), 24 events',
      'Central African Republic, 15 events',
      'Yemen, 11 events',
      'Haiti, 11 events',
      'Guinea-Bissau, 10 events',
      'Sudan, 9 events',
      'South Sudan, 8 events',
    ]);
    expect(headers(el).length).to.be.below(14);
    await expect(el).to.be.accessible();
  });

  it('each lane is a list named after it, holding only its own events', async () => {
    const el = await inLanes({ events: PEOPLE });
    const lists = [...shadow(el).querySelectorAll('[part~="lane"] ol.events')];
    expect(lists.map((list) => list.getAttribute('aria-label'))).to.deep.equal(['Titiev, 2 events', 'Kadyrov, 2 events', 'OSCE, 1 event']);
    const ids = lists.map((list) => [...list.querySelectorAll<HTMLElement>('button[data-id]')].map((button) => button.dataset.id));
    expect(ids).to.deep.equal([['arrest', 'verdict'], ['threat', 'designation'], ['report']]);
    await expect(el).to.be.accessible();
  });

  it('a header collapses its lane to a density strip and expands it again, by pointer and by keyboard', async () => {
    const el = await inLanes({ events: PEOPLE });
    const header = () => headers(el)[1]!;
    expect(header().getAttribute('aria-expanded')).to.equal('true');
    header().click();
    await settle(el);
    expect(header().getAttribute('aria-expanded')).to.equal('false');
    const lane = parts(el, 'lane')[1]!;
    expect(lane.querySelector('.density path')).to.exist;
    expect(lane.querySelectorAll('button[data-id]:not([part~="lane-header"])')).to.have.length(0);
    await expect(el).to.be.accessible();
    header().focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(header().getAttribute('aria-expanded')).to.equal('true');
    expect(parts(el, 'lane')[1]!.querySelectorAll('[part~="event"]')).to.have.length(2);
  });

  it('↓ and ↑ move focus to the nearest event in time in the lane below and above; ← from the first event reaches the header', async () => {
    const el = await inLanes({ events: PEOPLE });
    shadow(el).querySelector<HTMLElement>('[data-lane="Titiev"] button[data-id="verdict"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect([focusedLane(el), focusedId(el)]).to.deep.equal(['Kadyrov', 'threat']);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect([focusedLane(el), focusedId(el)]).to.deep.equal(['OSCE', 'report']);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focusedLane(el)).to.equal('Kadyrov');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focusedId(el)).to.equal('lane:1');
    expect(shadow(el).querySelectorAll('[tabindex="0"]').length).to.be.at.most(4);
  });

  it('lanes="actors" draws an event in each of its actors\' lanes; opening one copy marks them all, and the panel opens once', async () => {
    const el = await inLanes({ events: PEOPLE, lanes: 'actors' });
    expect(headerTexts(el)).to.deep.equal(['Titiev, 2 events', 'Memorial, 1 event', 'Kadyrov, 2 events', 'Pompeo, 1 event', 'No actor, 1 event']);
    shadow(el).querySelector<HTMLElement>('[data-lane="Memorial"] button[data-id="arrest"]')!.click();
    await settle(el);
    expect(el.selected).to.equal('arrest');
    expect(shadow(el).querySelectorAll('.item--selected button[data-id="arrest"]')).to.have.length(2);
    expect(parts(el, 'panel')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('lanes follow the search: counts are of the matches, a lane with none shows 0 and folds', async () => {
    const el = await inLanes({ events: PEOPLE });
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'Titiev';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    expect(headerTexts(el)).to.deep.equal(['Titiev, 2 events', 'Kadyrov, 0 events', 'OSCE, 0 events']);
  });

  it('1,000 lanes × 20,000 events: the plot scrolls, and the DOM stays under 2,000 nodes, scrolled or not', async () => {
    const events: TimelineEvent[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(2000, 0, 1) + (i * 86_400_000) / 3).toISOString().slice(0, 10),
      title: `Designation ${i}`,
      group: `Authority ${String(i % 1000).padStart(4, '0')}`,
    }));
    const el = await inLanes({ events });
    const count = () => shadow(el).querySelectorAll('*').length;
    expect(viewport(el).scrollHeight).to.be.above(viewport(el).clientHeight * 10);
    expect(count()).to.be.below(2000);
    await scrollTo(el, viewport(el).scrollHeight / 2);
    expect(count()).to.be.below(2000);
    expect(headerTexts(el)[0]).to.match(/^Authority \d{4}, 20 events$/);
    await expect(el).to.be.accessible();
  });

  it('a TimelineJS file with groups is drawn in lanes by group', async () => {
    const el = await inLanes({ src: '/test/fixtures/timelinejs-sheet-v1.csv' });
    expect(headerTexts(el)).to.deep.equal(['persecution, 1 event', 'sanction, 1 event', 'report, 1 event', 'statement, 1 event', 'Ungrouped, 1 event']);
    await expect(el).to.be.accessible();
  });

  it('the open panel and a scrolled plot pass axe', async () => {
    const el = await inLanes({ src: '/data/un-consolidated.xml', lanes: 'category' });
    await scrollTo(el, 700);
    shadow(el).querySelector<HTMLElement>('[part~="lane"] [part~="event"]')!.click();
    await settle(el);
    expect(parts(el, 'panel')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('with history, a collapsed lane is kept in the link and restored from it, with the rows it chose', async () => {
    history.replaceState(null, '', `#t=${encodeURIComponent('fold=OSCE&rows=actors')}`);
    try {
      const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline id="t" history style="width: 1000px" locale="en-US" layout="horizontal" .events=${PEOPLE}></sanctions-timeline>`);
      await settle(el);
      expect(headerTexts(el)).to.deep.equal(['Titiev, 2 events', 'Memorial, 1 event', 'Kadyrov, 2 events', 'Pompeo, 1 event', 'No actor, 1 event']);
      headers(el)[1]!.click();
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const entry = new URLSearchParams(new URLSearchParams(location.hash.slice(1)).get('t')!);
      expect([entry.get('fold'), entry.get('rows')]).to.deep.equal(['OSCE,Memorial', 'actors']);
      expect(headers(el)[1]!.getAttribute('aria-expanded')).to.equal('false');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
