import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { utc } from '../../src/model/dates.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { expectedScale, intersects, parts, plotExtent, settle, shadow, timelineWith } from '../helpers/timeline.js';

const DAY = 86_400_000;

const EVENTS = [
  { id: 'attack', start: '2018-08-20', title: 'Attacks on police in Chechnya' },
  { id: 'threat', start: '2018-08-23', title: 'Kadyrov threatens rights defenders' },
  { id: 'purge', start: '2018-12', end: '2019-01', title: 'New purge' },
  { id: 'report', start: '2018-12-13', title: 'Moscow Mechanism report' },
  { id: 'sanction', start: '2020-07-20', title: 'US designates Kadyrov' },
];

describe('<sanctions-timeline>', () => {
  it('draws one event button per event, in chronological DOM order', async () => {
    const el = await timelineWith([...EVENTS].reverse());
    const buttons = parts(el, 'event');
    expect(buttons.map((button) => button.dataset.id)).to.deep.equal(['attack', 'threat', 'purge', 'report', 'sanction']);
    expect(buttons.every((button) => button.tagName === 'BUTTON')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('places each point event on the scale, within 1 px of scale(mid-day)', async () => {
    const el = await timelineWith(EVENTS);
    const scale = expectedScale(el);
    for (const id of ['attack', 'threat', 'report', 'sanction']) {
      const event = EVENTS.find((e) => e.id === id)!;
      const [y, m, d] = event.start.split('-').map(Number) as [number, number, number];
      const marker = shadow(el).querySelector(`[data-id="${id}"] [part="marker"]`)!;
      expect(plotExtent(el, marker).centre).to.be.closeTo(scale(utc(y, m - 1, d) + DAY / 2), 1, id);
    }
  });

  it('spans a range from its start to the end of its last unit', async () => {
    const el = await timelineWith(EVENTS);
    const scale = expectedScale(el);
    const bar = plotExtent(el, shadow(el).querySelector('[data-id="purge"] [part="range"]')!);
    expect(bar.left).to.be.closeTo(scale(utc(2018, 11, 1)), 1);
    expect(bar.right).to.be.closeTo(scale(utc(2019, 1, 1)), 1);
  });

  it('draws a month-precision date as a band over the whole month, and reads it as the month', async () => {
    const el = await timelineWith([...EVENTS, { id: 'month', start: '2019-01', title: 'Reports of detentions' }]);
    const scale = expectedScale(el);
    const button = shadow(el).querySelector('[data-id="month"]')!;
    const band = plotExtent(el, button.querySelector('[part="range"]')!);
    expect(band.left).to.be.closeTo(scale(utc(2019, 0, 1)), 1);
    expect(band.right).to.be.closeTo(scale(utc(2019, 1, 1)), 1);
    expect(button.querySelector('time')!.textContent).to.equal('January 2019');
    expect(button.querySelector('time')!.getAttribute('datetime')).to.equal('2019-01');
  });

  it('gives each button an accessible name with its title and its date', async () => {
    const el = await timelineWith(EVENTS);
    const button = shadow(el).querySelector('[data-id="report"]')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Moscow Mechanism report, December 13, 2018');
  });

  it('stacks labels in rows so that no two label boxes intersect, and counts the rest in "+N" clusters', async () => {
    const dense = Array.from({ length: 60 }, (_, i) => ({
      start: `2018-12-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Detention reported in Argun, case ${i + 1}`,
    }));
    const el = await timelineWith(dense, 700);
    const boxes = [...parts(el, 'label'), ...parts(el, 'cluster')].map((box) => box.getBoundingClientRect());
    expect(parts(el, 'label').length).to.be.within(8, 59);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!, boxes[j]!), `boxes ${i} and ${j}`).to.equal(false);
    }
    const clustered = parts(el, 'cluster').reduce((sum, cluster) => sum + Number(/\+(\d+)/.exec(cluster.querySelector('.cluster-count')!.textContent!)![1]), 0);
    expect(parts(el, 'label').length + clustered).to.equal(60);
    await expect(el).to.be.accessible();
  });

  it('labels the axis by the span: years for a decade, months within a year', async () => {
    const decade = await timelineWith([{ start: '2014', title: 'A' }, { start: '2023', title: 'B' }]);
    const yearLabels = parts(decade, 'axis')[0]!.textContent!;
    expect(yearLabels).to.contain('2016').and.contain('2020');
    const months = await timelineWith([{ start: '2018-08-20', title: 'A' }, { start: '2018-12-20', title: 'B' }]);
    expect(parts(months, 'axis')[0]!.textContent).to.contain('Sep').and.contain('Oct').and.contain('Nov');
  });

  it('formats tick labels and dates in the element locale', async () => {
    const el = await fixture<SanctionsTimeline>(
      html`<sanctions-timeline style="width: 800px" locale="ru" .events=${EVENTS.slice(0, 4)}></sanctions-timeline>`,
    );
    await settle(el);
    expect(parts(el, 'axis')[0]!.textContent).to.match(/сент|окт|нояб/);
    expect(shadow(el).querySelector('[data-id="report"] time')!.textContent).to.equal('13 декабря 2018 г.');
  });

  it('accepts the events as a JSON attribute and redraws when it changes', async () => {
    const el = await fixture<SanctionsTimeline>(
      html`<sanctions-timeline style="width: 600px" events=${JSON.stringify(EVENTS.slice(0, 2))}></sanctions-timeline>`,
    );
    await settle(el);
    expect(parts(el, 'event')).to.have.length(2);
    el.setAttribute('events', JSON.stringify(EVENTS));
    await settle(el);
    expect(parts(el, 'event').map((b) => b.dataset.id)).to.include('sanction');
    expect(parts(el, 'event')).to.have.length(5);
  });

  it('redraws when the events property is replaced', async () => {
    const el = await timelineWith(EVENTS.slice(0, 1));
    expect(parts(el, 'label').map((label) => label.textContent)).to.deep.equal(['Attacks on police in Chechnya']);
    el.events = EVENTS.slice(3);
    await settle(el);
    expect(parts(el, 'label').map((label) => label.textContent)).to.deep.equal(['Moscow Mechanism report', 'US designates Kadyrov']);
  });

  it('fires sanctions-timeline-load with the count and problems after each data change', async () => {
    const el = await timelineWith(EVENTS);
    setTimeout(() => (el.events = [EVENTS[0]!, { start: 'soon', title: 'Bad date' }]));
    const { detail } = await oneEvent(el, 'sanctions-timeline-load');
    expect(detail.count).to.equal(1);
    expect(detail.problems).to.have.length(1);
    expect(detail.problems[0].message).to.contain("'soon' is not a date");
  });

  it('re-fits the axis when its container is resized', async () => {
    const el = await timelineWith(EVENTS, 900);
    el.layout = 'horizontal'; // 450 px would turn layout="auto" vertical
    const wide = plotExtent(el, shadow(el).querySelector('[data-id="sanction"] [part="marker"]')!).centre;
    el.style.width = '450px';
    await settle(el);
    const narrow = plotExtent(el, shadow(el).querySelector('[data-id="sanction"] [part="marker"]')!).centre;
    expect(narrow).to.be.closeTo(expectedScale(el)(utc(2020, 6, 20) + DAY / 2), 1);
    expect(narrow).to.be.lessThan(wide * 0.6);
  });

  it('shows a visible, polite "No events" state for an empty list', async () => {
    const el = await timelineWith([]);
    const empty = shadow(el).querySelector('.empty')!;
    expect(empty.textContent).to.equal('No events');
    expect(empty.getAttribute('role')).to.equal('status');
    expect(empty.getBoundingClientRect().height).to.be.greaterThan(20);
    await expect(el).to.be.accessible();
  });

  it('shows a clear message for a malformed events attribute, without throwing', async () => {
    const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline events='[{"start": "2018",'></sanctions-timeline>`);
    await settle(el);
    const notice = shadow(el).querySelector('[part="notice"]')!;
    expect(notice.textContent).to.contain('The events could not be read').and.contain('not valid JSON');
    expect(parts(el, 'event')).to.have.length(0);
    expect(el.problems[0]!.field).to.equal('events');
    await expect(el).to.be.accessible();
  });

  it('draws the events that are valid and lists the rest in a notice', async () => {
    const el = await timelineWith([...EVENTS, { start: '2018-13-01', title: 'Bad month' }, { start: '2019' }]);
    expect(parts(el, 'event')).to.have.length(5);
    const notice = shadow(el).querySelector('[part="notice"]')!;
    expect(notice.querySelector('summary')!.textContent).to.equal('2 events could not be shown');
    expect(notice.textContent).to.contain("start: '2018-13-01' is not a date").and.contain('title is missing');
    await expect(el).to.be.accessible();
  });

  it('shows the visible window given by start and end', async () => {
    const el = await timelineWith(EVENTS);
    el.start = '2018-08';
    el.end = '2018-12';
    await settle(el);
    const scale = expectedScale(el).domain([utc(2018, 7, 1), utc(2019, 0, 1)]);
    const marker = shadow(el).querySelector('[data-id="threat"] [part="marker"]')!;
    expect(plotExtent(el, marker).centre).to.be.closeTo(scale(utc(2018, 7, 23) + DAY / 2), 1);
  });
});
