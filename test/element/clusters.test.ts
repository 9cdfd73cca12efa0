import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SanctionsTimelineViewChangeEvent } from '../../src/events.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { countNodes, parts, settle, shadow, timelineWith } from '../helpers/timeline.js';

/** `n` events on one day of August 2018, and two far apart so the day is a small part of the view. */
function crowdedDay(n: number) {
  return [
    { id: 'first', start: '2018-01-10', title: 'First' },
    ...Array.from({ length: n }, (_, i) => ({ id: `d${i}`, start: '2018-08-22', title: `Designation ${i + 1}` })),
    { id: 'last', start: '2019-01-20', title: 'Last' },
  ];
}

/** Every node in the element's shadow tree. */
const nodeCount = (el: SanctionsTimeline) => countNodes(shadow(el));

describe('<sanctions-timeline> clusters', () => {
  it('shows the events that do not fit as one "+N" button naming the count and the span', async () => {
    const el = await timelineWith(crowdedDay(30), 900);
    const [cluster, ...more] = parts(el, 'cluster');
    expect(more).to.have.length(0);
    const shown = parts(el, 'event').filter((button) => button.dataset.id!.startsWith('d')).length;
    expect(cluster!.querySelector('.visually-hidden')!.textContent).to.equal(`${30 - shown} more events, August 22, 2018; activate to zoom in`);
    expect(cluster!.querySelector('.cluster-count')!.textContent).to.equal(`+${30 - shown}`);
    await expect(el).to.be.accessible();
  });

  it('names the cluster in the element locale, with the plural form of its count (Russian)', async () => {
    const el = await timelineWith(crowdedDay(30), 900);
    el.locale = 'ru';
    await settle(el);
    const cluster = parts(el, 'cluster')[0]!;
    const count = Number(cluster.querySelector('.cluster-count')!.textContent!.slice(1));
    const form = new Intl.PluralRules('ru').select(count) === 'few' ? 'события' : count % 10 === 1 && count % 100 !== 11 ? 'событие' : 'событий';
    expect(cluster.querySelector('.visually-hidden')!.textContent).to.equal(`Ещё ${count} ${form}, 22 августа 2018 г.; нажмите, чтобы приблизить`);
    await expect(el).to.be.accessible();
  });

  it('shows every label of a short chronology (up to 16 rows) before clustering', async () => {
    const el = await timelineWith(crowdedDay(12), 900);
    expect(parts(el, 'cluster')).to.have.length(0);
    expect(parts(el, 'label')).to.have.length(14);
    const long = await timelineWith(crowdedDay(120), 900);
    expect(parts(long, 'label').length).to.be.at.most(10);
    expect(parts(long, 'cluster')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('zooms to the span of its events when clicked, and fires one view change', async () => {
    const el = await timelineWith(crowdedDay(30), 900);
    const changed = oneEvent(el, 'sanctions-timeline-view-change') as Promise<SanctionsTimelineViewChangeEvent>;
    parts(el, 'cluster')[0]!.click();
    const { detail } = await changed;
    await settle(el);
    expect(new Date(detail.start).getTime()).to.be.at.most(Date.UTC(2018, 7, 22));
    expect(new Date(detail.end).getTime()).to.be.at.least(Date.UTC(2018, 7, 23));
    expect(new Date(detail.end).getTime() - new Date(detail.start).getTime()).to.be.below(3 * 86_400_000);
    expect(el.start).to.equal(detail.start);
    await expect(el).to.be.accessible();
  });

  it('opens the first of its events when already zoomed in as far as it goes', async () => {
    const el = await timelineWith(crowdedDay(30), 900);
    el.zoomTo('2018-08-22T11:30:00Z', '2018-08-22T12:30:00Z');
    await settle(el);
    const cluster = parts(el, 'cluster')[0]!;
    const selected = oneEvent(el, 'sanctions-timeline-select');
    cluster.click();
    expect((await selected).detail.id).to.match(/^d\d+$/);
    await settle(el);
    expect(el.selected).to.match(/^d\d+$/);
    await expect(el).to.be.accessible();
  });

  it('is reached with the arrow keys like an event, and Enter zooms in', async () => {
    const el = await timelineWith(crowdedDay(30), 900);
    parts(el, 'event')[0]!.focus();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      ids.push((shadow(el).activeElement as HTMLElement).dataset.id!);
    }
    const at = ids.findIndex((id) => id.startsWith('cluster:'));
    expect(at, ids.join()).to.be.at.least(0);
    expect(ids.filter((id) => id.startsWith('cluster:'))).to.have.length(1);
    const start = el.start;
    const changed = oneEvent(el, 'sanctions-timeline-view-change');
    // The walk stopped at the last event (further presses stay there); walk back to the cluster.
    for (let i = ids.indexOf(ids[ids.length - 1]!); i > at; i--) await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect((shadow(el).activeElement as HTMLElement).dataset.id).to.equal(ids[at]);
    await sendKeys({ press: 'Enter' });
    await changed;
    await settle(el);
    expect(el.start).to.not.equal(start);
    expect(shadow(el).activeElement?.matches('button[data-id]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps the DOM bounded by the viewport: 20,000 events draw fewer than 2,000 nodes', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(2010, 0, 1) + ((i * 7919) % 20_000) * 15_768_000).toISOString().slice(0, 10),
      title: `Designation ${i}`,
    }));
    const el = await timelineWith(many, 1200);
    expect(parts(el, 'cluster').length).to.be.above(0);
    expect(nodeCount(el)).to.be.below(2000);
    el.zoomTo('2014-01-01', '2014-03-01');
    await settle(el);
    expect(nodeCount(el)).to.be.below(2000);
    expect(parts(el, 'label').length).to.be.above(10);
    await expect(el).to.be.accessible();
  });
});
