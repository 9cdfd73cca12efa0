import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ErrorDetail, LoadDetail } from '../../src/events.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { parts, settle, shadow } from '../helpers/timeline.js';

const F = '/test/fixtures';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A timeline with what it announced recorded from its very first update on. */
interface Recorded {
  el: SanctionsTimeline;
  loads: LoadDetail[];
  errors: ErrorDetail[];
}

/** A timeline 800 px wide in en-US given `src`, with its load and error events recorded. */
async function timelineFrom(src: string): Promise<Recorded> {
  const loads: LoadDetail[] = [];
  const errors: ErrorDetail[] = [];
  const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline
    style="width: 800px"
    locale="en-US"
    src=${src}
    @sanctions-timeline-load=${(event: CustomEvent<LoadDetail>) => loads.push(event.detail)}
    @sanctions-timeline-error=${(event: CustomEvent<ErrorDetail>) => errors.push(event.detail)}
  ></sanctions-timeline>`);
  return { el, loads, errors };
}

/** Waits until the "Loading events…" status has gone (the load finished or failed), then for layout. */
async function finished(el: SanctionsTimeline): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !shadow(el).querySelector('.status'), 'the src did not finish loading', { timeout: 5000 });
  await settle(el);
}

/** A timeline loaded from `src`, waited for until it shows the result. */
async function loadedFrom(src: string): Promise<Recorded> {
  const recorded = await timelineFrom(src);
  await finished(recorded.el);
  return recorded;
}

/** The drawn titles, in DOM (= chronological) order. */
function titles(el: SanctionsTimeline): string[] {
  return parts(el, 'label').map((label) => label.textContent!.trim());
}

/** The text of each `<time>` in the event button whose label is `title`. */
function datesOf(el: SanctionsTimeline, title: string): string[] {
  const button = parts(el, 'event').find((node) => node.querySelector('[part="label"]')!.textContent!.trim() === title);
  expect(button, `an event titled "${title}"`).to.exist;
  return [...button!.querySelectorAll('time')].map((time) => time.textContent!.trim());
}

/** The `datetime` of each `<time>` in the event button whose label is `title`. */
function datetimesOf(el: SanctionsTimeline, title: string): string[] {
  const button = parts(el, 'event').find((node) => node.querySelector('[part="label"]')!.textContent!.trim() === title)!;
  return [...button.querySelectorAll('time')].map((time) => time.getAttribute('datetime')!);
}

function loadError(el: SanctionsTimeline): HTMLElement {
  const notice = shadow(el).querySelector<HTMLElement>('[part="notice"].load-error');
  expect(notice, 'the load-error notice').to.exist;
  return notice!;
}

describe('<sanctions-timeline> inputs', () => {
  describe('src: a file in our { events } format', () => {
    it('draws the four events of events.json in chronological order, with their dates at their precision', async () => {
      const { el, loads, errors } = await loadedFrom(`${F}/events.json`);
      expect(parts(el, 'event').map((button) => button.dataset.id)).to.deep.equal(['example-a', 'example-b', 'example-c', 'example-d']);
      expect(titles(el)).to.deep.equal(['Example event A', 'Example event B', 'Example event C', 'Example event D']);
      expect(datesOf(el, 'Example event A')).to.deep.equal(['December 13, 2018']);
      expect(datesOf(el, 'Example event B')).to.deep.equal(['March 2019']);
      expect(datesOf(el, 'Example event C')).to.deep.equal(['January 1, 2020', 'June 30, 2020']);
      expect(datesOf(el, 'Example event D')).to.deep.equal(['2021']);
      expect(datetimesOf(el, 'Example event B')).to.deep.equal(['2019-03']);
      expect(loads).to.have.length(1);
      expect(loads[0]!.count).to.equal(4);
      expect(loads[0]!.problems).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      expect(el.problems).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('uses the file title as the name of the list of events', async () => {
      const { el } = await loadedFrom(`${F}/events.json`);
      expect(shadow(el).querySelector('ol.events')!.getAttribute('aria-label')).to.equal('Example chronology');
    });
  });

  describe('src: a bare JSON array', () => {
    it('draws the three events of bare-array.json in chronological order with day, month and year dates', async () => {
      const { el, loads } = await loadedFrom(`${F}/bare-array.json`);
      expect(parts(el, 'event')).to.have.length(3);
      expect(titles(el)).to.deep.equal(['Example event A', 'Example event B', 'Example event C']);
      expect(datesOf(el, 'Example event A')).to.deep.equal(['April 1, 2017']);
      expect(datesOf(el, 'Example event B')).to.deep.equal(['July 2017']);
      expect(datesOf(el, 'Example event C')).to.deep.equal(['2018']);
      expect(loads.map((detail) => detail.count)).to.deep.equal([3]);
      await expect(el).to.be.accessible();
    });
  });

  describe('src: CSV', () => {
    it('draws the four rows of events.csv as events, in chronological order', async () => {
      const { el, loads } = await loadedFrom(`${F}/events.csv`);
      expect(parts(el, 'event').map((button) => button.dataset.id)).to.deep.equal(['example-a', 'example-b', 'example-c', 'example-d']);
      expect(titles(el)).to.deep.equal(['Example event A', 'Example event B', 'Example event C', 'Example event D']);
      expect(datesOf(el, 'Example event B')).to.deep.equal(['March 2019']);
      expect(datesOf(el, 'Example event C')).to.deep.equal(['January 1, 2020', 'June 30, 2020']);
      expect(loads.map((detail) => detail.count)).to.deep.equal([4]);
      await expect(el).to.be.accessible();
    });

    it('reads quoted commas, ;-separated actors and aligned source columns from the CSV', async () => {
      const { el } = await loadedFrom(`${F}/events.csv`);
      const [a, b, , d] = el.normalizedEvents;
      expect(a!.summary).to.equal('A report, with a comma in it');
      expect(a!.actors).to.deep.equal(['Example Organisation', 'Example Person']);
      expect(b!.sources.map((source) => [source.url, source.title, source.publisher])).to.deep.equal([
        ['https://example.org/b1', 'Notice B1', 'Example Gazette'],
        ['https://example.org/b2', 'Notice B2', 'Example Journal'],
      ]);
      expect(d!.quote).to.deep.equal({ text: 'An example quotation.', by: 'Example Person' });
    });

    it('reads a body served as text/csv from a URL without an extension as CSV', async () => {
      const { el, loads } = await loadedFrom(`/test-server/as?type=text/csv&file=${F}/events.csv`);
      expect(titles(el)).to.deep.equal(['Example event A', 'Example event B', 'Example event C', 'Example event D']);
      expect(loads.map((detail) => detail.count)).to.deep.equal([4]);
    });
  });

  describe('src: TimelineJS3 JSON', () => {
    it('draws the slides and the era of timelinejs.json in chronological order', async () => {
      const { el, loads } = await loadedFrom(`${F}/timelinejs.json`);
      // The era (2017–2021) starts first; slides keep the precision TimelineJS gave them.
      expect(titles(el)).to.deep.equal(['Example era', 'Example event A', 'Example event B', 'Example event C']);
      expect(datesOf(el, 'Example era')).to.deep.equal(['2017', '2021']);
      expect(datesOf(el, 'Example event A')).to.deep.equal(['December 13, 2018']);
      expect(datesOf(el, 'Example event B')).to.deep.equal(['March 2019']);
      expect(datetimesOf(el, 'Example event B')).to.deep.equal(['2019-03']);
      expect(datesOf(el, 'Example event C')).to.deep.equal(['January 1, 2020', 'June 30, 2020']);
      expect(loads.map((detail) => detail.count)).to.deep.equal([4]);
      await expect(el).to.be.accessible();
    });

    it('shows TimelineJS headlines and text as plain text, never as HTML', async () => {
      const { el } = await loadedFrom(`${F}/timelinejs.json`);
      expect(shadow(el).querySelector('ol.events')!.getAttribute('aria-label')).to.equal('Example TimelineJS file');
      const a = el.normalizedEvents.find((event) => event.title === 'Example event A')!;
      expect(a.summary).to.equal('A report with HTML & an entity.');
      // TimelineJS's group is the event's lane (the group field), no longer its category.
      expect(a.group).to.equal('report');
      expect(shadow(el).querySelector('b, i')).to.equal(null);
    });
  });

  describe('events written as HTML inside the tag', () => {
    async function markupTimeline(): Promise<Recorded> {
      const loads: LoadDetail[] = [];
      const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline
        style="width: 800px"
        locale="en-US"
        @sanctions-timeline-load=${(event: CustomEvent<LoadDetail>) => loads.push(event.detail)}
      >
        <ol>
          <li data-id="markup-b" data-category="report" data-actors="Example Organisation; Example Person">
            <time datetime="2019-03">March 2019</time>
            <strong>Markup event B</strong>
            <p>A made-up report.</p>
            <a href="https://example.org/b">Report B</a>
          </li>
          <li><time datetime="2018-12-13">13 December 2018</time>: Markup event A</li>
          <li>
            <time datetime="2020-01-01">1 January 2020</time> to <time datetime="2020-06-30">30 June 2020</time>
            <h3>Markup event C</h3>
          </li>
        </ol>
      </sanctions-timeline>`);
      await settle(el);
      return { el, loads, errors: [] };
    }

    it('draws the <li> items in chronological order with the fields they carry', async () => {
      const { el, loads } = await markupTimeline();
      expect(titles(el)).to.deep.equal(['Markup event A', 'Markup event B', 'Markup event C']);
      expect(datesOf(el, 'Markup event A')).to.deep.equal(['December 13, 2018']);
      expect(datesOf(el, 'Markup event B')).to.deep.equal(['March 2019']);
      expect(datesOf(el, 'Markup event C')).to.deep.equal(['January 1, 2020', 'June 30, 2020']);
      const b = el.normalizedEvents.find((event) => event.id === 'markup-b')!;
      expect(b.summary).to.equal('A made-up report.');
      expect(b.category).to.equal('report');
      expect(b.actors).to.deep.equal(['Example Organisation', 'Example Person']);
      expect(b.sources.map((source) => [source.url, source.title])).to.deep.equal([['https://example.org/b', 'Report B']]);
      expect(loads.map((detail) => detail.count)).to.deep.equal([3]);
      await expect(el).to.be.accessible();
    });

    it('reads a <ul> too, taking an item title from its text (a citation set apart is left out) and resolving relative links against the page', async () => {
      const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: 800px" locale="en-US">
        <ul>
          <li id="ul-a"><time datetime="2017">2017</time> — Unordered event A (<a href="notes/a.html">notes</a>)</li>
          <li id="ul-b"><time datetime="2016-02-29">29 February 2016</time> Unordered event B</li>
        </ul>
      </sanctions-timeline>`);
      await settle(el);
      expect(parts(el, 'event').map((button) => button.dataset.id)).to.deep.equal(['ul-b', 'ul-a']);
      expect(titles(el)).to.deep.equal(['Unordered event B', 'Unordered event A']);
      expect(datesOf(el, 'Unordered event B')).to.deep.equal(['February 29, 2016']);
      const a = el.normalizedEvents.find((event) => event.id === 'ul-a')!;
      expect(a.sources.map((source) => source.url)).to.deep.equal([new URL('notes/a.html', document.baseURI).href]);
    });

    it('redraws with one more event when an <li> is appended to the list', async () => {
      const { el } = await markupTimeline();
      const li = document.createElement('li');
      li.innerHTML = '<time datetime="2021">2021</time> <strong>Markup event D</strong>';
      const load = oneEvent(el, 'sanctions-timeline-load');
      el.querySelector('ol')!.append(li);
      const { detail } = await load;
      await settle(el);
      expect(detail.count).to.equal(4);
      expect(parts(el, 'event')).to.have.length(4);
      expect(titles(el)).to.deep.equal(['Markup event A', 'Markup event B', 'Markup event C', 'Markup event D']);
      expect(datesOf(el, 'Markup event D')).to.deep.equal(['2021']);
    });

    it('redraws when the datetime of an item in the markup changes', async () => {
      const { el } = await markupTimeline();
      const load = oneEvent(el, 'sanctions-timeline-load');
      el.querySelector('time[datetime="2018-12-13"]')!.setAttribute('datetime', '2022-05');
      await load;
      await settle(el);
      expect(titles(el)).to.deep.equal(['Markup event B', 'Markup event C', 'Markup event A']);
      expect(datesOf(el, 'Markup event A')).to.deep.equal(['May 2022']);
    });

    it('draws the events property instead of the markup when both are given, and the markup again when it is emptied', async () => {
      const { el } = await markupTimeline();
      const fromProperty = oneEvent(el, 'sanctions-timeline-load');
      el.events = [{ id: 'prop', start: '2015-06-01', title: 'Event from the property' }];
      expect((await fromProperty).detail.count).to.equal(1);
      await settle(el);
      expect(titles(el)).to.deep.equal(['Event from the property']);

      const li = document.createElement('li');
      li.innerHTML = '<time datetime="2021">2021</time> <strong>Markup event D</strong>';
      el.querySelector('ol')!.append(li);
      await settle(el);
      expect(titles(el)).to.deep.equal(['Event from the property']);

      const backToMarkup = oneEvent(el, 'sanctions-timeline-load');
      el.events = [];
      expect((await backToMarkup).detail.count).to.equal(4);
      await settle(el);
      expect(titles(el)).to.deep.equal(['Markup event A', 'Markup event B', 'Markup event C', 'Markup event D']);
    });

    it('draws the src file instead of the events property and the markup, and falls back when src is removed', async () => {
      const { el } = await markupTimeline();
      el.events = [{ id: 'prop', start: '2015-06-01', title: 'Event from the property' }];
      await settle(el);
      const fromSrc = oneEvent(el, 'sanctions-timeline-load');
      el.src = `${F}/bare-array.json`;
      expect((await fromSrc).detail.count).to.equal(3);
      await finished(el);
      expect(titles(el)).to.deep.equal(['Example event A', 'Example event B', 'Example event C']);

      const li = document.createElement('li');
      li.innerHTML = '<time datetime="2021">2021</time> <strong>Markup event D</strong>';
      el.querySelector('ol')!.append(li);
      await settle(el);
      expect(titles(el)).to.deep.equal(['Example event A', 'Example event B', 'Example event C']);

      const fallback = oneEvent(el, 'sanctions-timeline-load');
      el.src = '';
      expect((await fallback).detail.count).to.equal(1);
      await settle(el);
      expect(titles(el)).to.deep.equal(['Event from the property']);
    });
  });

  describe('while src loads', () => {
    it('shows "Loading events…" as a status until the file has arrived, then the events', async () => {
      const { el, loads } = await timelineFrom(`/test-server/slow?ms=600&file=${F}/events.json`);
      const status = shadow(el).querySelector('p.status')!;
      expect(status.textContent).to.equal('Loading events…');
      expect(status.getAttribute('role')).to.equal('status');
      expect(parts(el, 'event')).to.have.length(0);
      expect(loads).to.deep.equal([]);
      await expect(el).to.be.accessible();
      await finished(el);
      expect(shadow(el).querySelector('p.status')).to.equal(null);
      expect(parts(el, 'event')).to.have.length(4);
    });

    it('draws only the newer file when src changes while a slow file is still loading', async () => {
      const { el, loads, errors } = await timelineFrom(`/test-server/slow?ms=1500&file=${F}/events.json`);
      const started = performance.now();
      el.src = `${F}/bare-array.json`;
      await finished(el);
      expect(titles(el)).to.deep.equal(['Example event A', 'Example event B', 'Example event C']);
      expect(loads.map((detail) => detail.count)).to.deep.equal([3]);

      await sleep(Math.max(0, 1700 - (performance.now() - started)));
      await settle(el);
      expect(performance.now() - started).to.be.greaterThan(1600);
      expect(titles(el)).to.deep.equal(['Example event A', 'Example event B', 'Example event C']);
      expect(parts(el, 'event').map((button) => button.dataset.id)).to.not.include('example-d');
      expect(loads).to.have.length(1);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('when src fails', () => {
    it('shows "HTTP 404" with a Retry button and fires sanctions-timeline-error with status 404', async () => {
      const url = '/test-server/status/404';
      const { el, errors, loads } = await loadedFrom(url);
      const notice = loadError(el);
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain('HTTP 404');
      expect(notice.querySelector('[part="retry"]')!.textContent!.trim()).to.equal('Retry');
      expect(parts(el, 'event')).to.have.length(0);
      expect(errors).to.have.length(1);
      expect(errors[0]!.status).to.equal(404);
      expect(errors[0]!.url).to.equal(url);
      expect(errors[0]!.message).to.contain('HTTP 404');
      expect(notice.textContent).to.contain(errors[0]!.message);
      expect(loads, 'a failed load is not a data change').to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows "HTTP 500" and fires sanctions-timeline-error with status 500', async () => {
      const { el, errors } = await loadedFrom('/test-server/status/500');
      expect(loadError(el).textContent).to.contain('HTTP 500');
      expect(errors.map((detail) => detail.status)).to.deep.equal([500]);
      expect(errors[0]!.message).to.contain('HTTP 500');
      await expect(el).to.be.accessible();
    });

    it('says a broken JSON file is "not valid JSON", without an HTTP status', async () => {
      const url = `${F}/broken.json`;
      const { el, errors } = await loadedFrom(url);
      expect(loadError(el).textContent).to.contain('not valid JSON');
      expect(errors).to.have.length(1);
      expect(errors[0]!.message).to.contain('not valid JSON');
      expect(errors[0]!.url).to.equal(url);
      expect(errors[0]).to.not.have.property('status');
      expect(parts(el, 'event')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('says an empty CSV file is empty', async () => {
      const { el, errors } = await loadedFrom(`${F}/empty.csv`);
      expect(loadError(el).textContent).to.contain('empty');
      expect(errors).to.have.length(1);
      expect(errors[0]!.message).to.contain('empty');
      expect(parts(el, 'event')).to.have.length(0);
    });

    it('loads again when Retry is pressed: "Loading events…" returns and a second error is fired', async () => {
      const url = '/test-server/status/404';
      const { el, errors } = await loadedFrom(url);
      expect(errors).to.have.length(1);
      const second = oneEvent(el, 'sanctions-timeline-error');
      loadError(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('p.status')!.textContent).to.equal('Loading events…');
      expect(shadow(el).querySelector('.load-error')).to.equal(null);
      const { detail } = await second;
      expect(detail).to.deep.equal(errors[0]);
      expect(errors).to.have.length(2);
      await finished(el);
      expect(loadError(el).textContent).to.contain('HTTP 404');
    });
  });

  describe('a file with some invalid events', () => {
    it('draws the valid events of mixed.json and says how many could not be shown', async () => {
      const input = ((await (await fetch(`${F}/mixed.json`)).json()) as { events: unknown[] }).events;
      const { el, loads } = await loadedFrom(`${F}/mixed.json`);
      const errorIndices = new Set(el.problems.filter((problem) => problem.severity !== 'warning').map((problem) => problem.index));
      const drawn = parts(el, 'event');

      expect(drawn.map((button) => button.dataset.id)).to.deep.equal(['good-a', 'unsafe-source', 'good-b']);
      expect([...errorIndices].sort((a, b) => a - b)).to.deep.equal([1, 2, 3]);
      expect(drawn.length + errorIndices.size).to.equal(input.length);
      expect(shadow(el).querySelector('[part="notice"] summary')!.textContent).to.equal(
        `${errorIndices.size} events could not be shown`,
      );
      expect(loads).to.have.length(1);
      expect(loads[0]!.count).to.equal(drawn.length);
      expect(loads[0]!.problems).to.deep.equal(el.problems);
      await expect(el).to.be.accessible();
    });
  });
});
