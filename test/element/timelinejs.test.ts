import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { settle, shadow } from '../helpers/timeline.js';

/** A timeline loading `src`, once its load event has fired and it has drawn. */
async function loaded(src: string, width = 1200): Promise<{ el: SanctionsTimeline; count: number }> {
  const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: ${width}px" locale="en-GB" layout="horizontal"></sanctions-timeline>`);
  const load = oneEvent(el, 'sanctions-timeline-load');
  el.src = src;
  const { detail } = await load;
  await settle(el);
  return { el, count: detail.count };
}

/** Everything the element shows or names: its text, and its accessible names and titles. */
function shown(el: SanctionsTimeline): string {
  const root = shadow(el);
  const attributes = [...root.querySelectorAll('[aria-label], [title], [alt]')].flatMap((node) =>
    ['aria-label', 'title', 'alt'].map((name) => node.getAttribute(name) ?? ''),
  );
  return [root.textContent, ...attributes].join('\n');
}

/** Opens every event in turn, so every panel's text is checked too. */
async function everyPanel(el: SanctionsTimeline): Promise<string> {
  let text = '';
  for (const event of el.normalizedEvents) {
    el.select(event.id);
    await settle(el);
    text += shown(el);
  }
  el.select(null);
  await settle(el);
  return text;
}

/** No tag and no character reference ever reaches the reader as text, and nothing is embedded. */
function expectNoMarkup(el: SanctionsTimeline, text: string): void {
  expect(text).not.to.match(/<\/?[a-z][^>]*>/i);
  expect(text).not.to.match(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);
  expect(shadow(el).querySelectorAll('iframe, script, object, embed')).to.have.length(0);
}

describe('<sanctions-timeline> reads TimelineJS as journalists have it', () => {
  it('the spreadsheet template, published as CSV: every row drawn, the title row as the title, times and the era', async () => {
    const { el, count } = await loaded('/test/fixtures/timelinejs-sheet.csv');
    expect(count).to.equal(8);
    expect(el.problems.filter((problem) => problem.severity !== 'warning')).to.deep.equal([]);
    expect(shadow(el).querySelector('.lanes-viewport')!.getAttribute('aria-label')).to.equal('The OSCE Moscow Mechanism on Chechnya');
    const byTitle = (start: string) => el.normalizedEvents.find((event) => event.title.startsWith(start))!;
    expect([byTitle('16 OSCE').when.start.precision, byTitle('16 OSCE').when.lo]).to.deep.equal(['time', Date.UTC(2018, 10, 1, 22, 30)]);
    expect([byTitle('Moscow Mechanism inquiry').category, byTitle('Moscow Mechanism inquiry').end]).to.deep.equal(['era', '2018-12-20']);
    expect(byTitle('A new wave').when.start.precision).to.equal('month');
    expect(byTitle('Deportation').start).to.equal('1944-02-23');
    const text = shown(el) + (await everyPanel(el));
    expectNoMarkup(el, text);
    expect(text).to.contain('See the request & the Helsinki Commission.');
    await expect(el).to.be.accessible();
  });

  it('the older spreadsheet, with Start Date, End Date and Tag', async () => {
    const { el, count } = await loaded('/test/fixtures/timelinejs-sheet-v1.csv');
    expect(count).to.equal(5);
    expect(el.problems).to.deep.equal([]);
    expect(el.normalizedEvents.map((event) => [event.start, event.group ?? ''])).to.deep.equal([
      ['2017-02-01', 'persecution'],
      ['2017-12-20', 'sanction'],
      ['2018', ''],
      ['2019-01-14', 'report'],
      ['2019-01-17T15:45Z', 'statement'],
    ]);
    expectNoMarkup(el, shown(el) + (await everyPanel(el)));
    await expect(el).to.be.accessible();
  });

  it('a TimelineJS 2 file: every dated slide and the era drawn, the one dated "now" reported, not dated by the clock', async () => {
    const { el, count } = await loaded('/test/fixtures/timelinejs2.json');
    expect(count).to.equal(6);
    const errors = el.problems.filter((problem) => problem.severity !== 'warning').map((problem) => problem.message);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^start: 'now' is not a date \(expected e\.g\. 2018, /);
    expect(el.normalizedEvents.find((event) => event.start === '2018-12')!.when.start.precision).to.equal('month');
    expect(shadow(el).querySelector('.notice')!.textContent).to.contain('1 event could not be shown');
    expectNoMarkup(el, shown(el) + (await everyPanel(el)));
    await expect(el).to.be.accessible();
  });

  it('TimelineJS3 with embed codes and a slide without a headline: links instead of players, a quotation from the tweet', async () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p lang="en">We accept the fight!</p>&mdash; Example (@example) <a href="https://twitter.com/example/status/1">July 20, 2020</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>';
    const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: 1000px" locale="en-GB"></sanctions-timeline>`);
    el.events = JSON.stringify({
      title: { text: { headline: 'Embeds &amp; more' } },
      events: [
        { start_date: { year: 2019, month: 1, day: 14 }, text: { headline: 'A video' }, media: { url: '<iframe src="https://www.youtube.com/embed/abc"></iframe>' } },
        { start_date: { year: 2020, month: 7, day: 20 }, text: { headline: 'A tweet' }, media: { url: tweet } },
        { start_date: { year: 2018, month: 12 }, text: { text: '<p>Detentions began in December. About 40 men were held.</p>' } },
      ],
    });
    await settle(el);
    expect(el.normalizedEvents.map((event) => event.title)).to.deep.equal(['Detentions began in December', 'A video', 'A tweet']);
    expect(el.problems.map((problem) => [problem.severity, problem.message])).to.deep.equal([
      ['warning', 'the slide has no headline; its title was made from the start of its text'],
    ]);
    el.select(el.normalizedEvents[2]!.id);
    await settle(el);
    const panel = shadow(el).querySelector('[part="panel"]')!;
    expect(panel.querySelector<HTMLAnchorElement>('.media-link')!.href).to.equal('https://twitter.com/example/status/1');
    expect(panel.querySelector('.panel-quote')!.textContent).to.contain('We accept the fight!');
    expectNoMarkup(el, shown(el) + (await everyPanel(el)));
    await expect(el).to.be.accessible();
  });
});
