import { expect, fixture, html } from '@open-wc/testing';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { parts, settle, shadow } from '../helpers/timeline.js';

const EVENTS: TimelineEvent[] = [
  { id: 'magnitsky', start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction' },
  { id: 'threat', start: '2018-08-23', title: 'Kadyrov threatens defenders', category: 'threat' },
  { id: 'purge', start: '2018-12', end: '2019-01', title: 'New purge', category: 'persecution' },
  { id: 'report', start: '2018-12-13', title: 'Moscow Mechanism report', category: 'report' },
  { id: 'designation', start: '2020-07-20', title: 'Section 7031(c) designation', category: 'sanction' },
];

/** `n` valid events, one a day from 1 March 2019. */
const eventsOf = (n: number): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => ({ start: `2019-03-${String(i + 1).padStart(2, '0')}`, title: `Event ${i + 1}` }));

async function timeline(locale: string, events: unknown = EVENTS): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(
    html`<sanctions-timeline style="width: 800px" locale=${locale} .events=${events as TimelineEvent[]}></sanctions-timeline>`,
  );
  await settle(el);
  return el;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: SanctionsTimeline) => text(shadow(el).querySelector('.legend-status'));
const controlNames = (el: SanctionsTimeline) =>
  [...shadow(el).querySelectorAll('[part="controls"] button')].map((button) => button.getAttribute('aria-label') ?? text(button));
const tickLabels = (el: SanctionsTimeline) => [...shadow(el).querySelectorAll('.tick-label')].map((tick) => text(tick));
const panel = (el: SanctionsTimeline) => shadow(el).querySelector<HTMLElement>('[part="panel"]');
const hiddenDate = (el: SanctionsTimeline, id: string) => text(shadow(el).querySelector(`[data-id="${id}"] time`));

describe('<sanctions-timeline> in three languages', () => {
  it('English (en-US): buttons, count, axis, panel and button dates in English', async () => {
    const el = await timeline('en-US');
    expect(controlNames(el)).to.deep.equal(['Zoom in', 'Zoom out', 'Whole timeline']);
    expect(shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!.placeholder).to.equal('Search');
    expect(status(el)).to.equal('5 events');
    expect(hiddenDate(el, 'report')).to.equal('December 13, 2018');
    el.zoomTo('2018-08', '2019-01');
    el.select('purge');
    await settle(el);
    expect(tickLabels(el)).to.include.members(['Sep', 'Oct', 'Nov', 'Dec']);
    expect(text(panel(el)!.querySelector('.panel-when'))).to.equal('December 2018 – January 2019 (2 months)');
    expect(text(panel(el)!.querySelector('.panel-nav'))).to.equal('← Previous Next →');
    expect(panel(el)!.querySelector('.panel-close')!.getAttribute('aria-label')).to.equal('Close');
  });

  it('Russian (ru): buttons, search, axis months, panel date and duration, button dates in Russian', async () => {
    const el = await timeline('ru');
    expect(controlNames(el)).to.deep.equal(['Приблизить', 'Отдалить', 'Вся хронология']);
    expect(text(shadow(el).querySelector('.control--fit'))).to.equal('Вся хронология');
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.placeholder).to.equal('Поиск');
    expect(text(search.closest('label'))).to.equal('Поиск событий');
    expect(shadow(el).querySelector('ol.events')!.getAttribute('aria-label')).to.equal('События');
    expect(hiddenDate(el, 'report')).to.equal('13 декабря 2018 г.');
    el.zoomTo('2018-08', '2019-01');
    el.select('purge');
    await settle(el);
    expect(tickLabels(el)).to.include.members(['сент.', 'окт.', 'нояб.', 'дек.']);
    expect(text(panel(el)!.querySelector('.panel-when'))).to.equal('декабрь 2018 г. – январь 2019 г. (2 месяца)');
    expect(text(panel(el)!.querySelector('.panel-nav'))).to.equal('← Предыдущее Следующее →');
    expect(panel(el)!.querySelector('.panel-close')!.getAttribute('aria-label')).to.equal('Закрыть');
    await expect(el).to.be.accessible();
  });

  it('Russian counts take the right plural form: 1 событие, 2 события, 5 событий, 21 событие', async () => {
    const counts: string[] = [];
    for (const n of [1, 2, 5, 21]) counts.push(status(await timeline('ru', eventsOf(n))));
    expect(counts).to.deep.equal(['1 событие', '2 события', '5 событий', '21 событие']);
  });

  it('Russian filtered count and problem notice: «Показано 1 из 21 события», «2 события не удалось показать»', async () => {
    const el = await timeline('ru', [...eventsOf(21), { start: 'soon', title: 'x' }, { start: '2019-01-01' }]);
    expect(text(shadow(el).querySelector('[part="notice"] summary'))).to.equal('2 события не удалось показать');
    const items = [...shadow(el).querySelectorAll('[part="notice"] li')].map(text);
    expect(items[0]).to.match(/^Элемент 21: start: 'soon' is not a date/);
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'Event 13';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(status(el)).to.equal('Показано 1 из 21 события');
    expect(text(shadow(el).querySelector('.legend-show-all'))).to.equal('Показать все');
  });

  it('German (de), a language without texts of its own: German dates and numbers, English texts', async () => {
    const el = await timeline('de');
    expect(controlNames(el)).to.deep.equal(['Zoom in', 'Zoom out', 'Whole timeline']);
    expect(hiddenDate(el, 'report')).to.equal('13. Dezember 2018');
    el.zoomTo('2018-08', '2019-01');
    el.select('purge');
    await settle(el);
    expect(tickLabels(el)).to.include.members(['Sep', 'Okt', 'Nov', 'Dez']);
    expect(text(panel(el)!.querySelector('.panel-when'))).to.equal('Dezember 2018 – Januar 2019 (2 Monate)');
    const many = await timeline('de', eventsOf(1).concat(Array.from({ length: 1200 }, () => ({ start: 'x', title: 'bad' }))));
    expect(text(shadow(many).querySelector('[part="notice"] summary'))).to.equal('1.200 events could not be shown');
    await expect(el).to.be.accessible();
  });
});

describe('<sanctions-timeline> choosing and switching its language', () => {
  it('a `strings` override replaces one text and keeps the locale\'s others', async () => {
    const el = await timeline('ru');
    el.strings = { zoomIn: 'Ближе', eventCount: { other: '{n} шт.' } };
    await settle(el);
    expect(controlNames(el)).to.deep.equal(['Ближе', 'Отдалить', 'Вся хронология']);
    expect(status(el)).to.equal('5 шт.');
  });

  it('switching `locale` at runtime re-renders texts, counts and dates', async () => {
    const el = await timeline('en-US');
    expect(status(el)).to.equal('5 events');
    el.locale = 'ru';
    await settle(el);
    expect(status(el)).to.equal('5 событий');
    expect(controlNames(el)[0]).to.equal('Приблизить');
    expect(hiddenDate(el, 'report')).to.equal('13 декабря 2018 г.');
    el.setAttribute('locale', 'de-DE');
    await settle(el);
    expect(hiddenDate(el, 'report')).to.equal('13. Dezember 2018');
    expect(status(el)).to.equal('5 events');
  });

  it('without `locale`, takes the nearest `lang`, across shadow roots, and follows it when it changes', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="ru"><section lang=""><p></p></section></div>`);
    const host = page.querySelector('p')!;
    host.setAttribute('lang', 'ru-RU');
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('sanctions-timeline');
    el.style.width = '800px';
    el.events = EVENTS;
    root.append(el);
    await settle(el);
    expect(status(el)).to.equal('5 событий');
    host.setAttribute('lang', 'en-GB');
    await settle(el);
    expect(status(el)).to.equal('5 events');
    expect(hiddenDate(el, 'report')).to.equal('13 December 2018');
    el.setAttribute('lang', 'ru');
    await settle(el);
    expect(status(el)).to.equal('5 событий');
    el.locale = 'de';
    await settle(el);
    expect(hiddenDate(el, 'report')).to.equal('13. Dezember 2018');
  });

  it('an invalid `locale` does not throw: it falls through to the nearest `lang`', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="ru"><sanctions-timeline style="width: 800px" locale="not a locale" .events=${EVENTS}></sanctions-timeline></div>`,
    );
    const el = page.querySelector('sanctions-timeline')!;
    await settle(el);
    expect(parts(el, 'event')).to.have.length(5);
    expect(status(el)).to.equal('5 событий');
  });

  it('a failed load is told in the element\'s language, with the HTTP status as the reason', async () => {
    const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline locale="ru" src="/test-server/status/404"></sanctions-timeline>`);
    await new Promise((resolve) => el.addEventListener('sanctions-timeline-error', resolve, { once: true }));
    await settle(el);
    const notice = shadow(el).querySelector('.load-error')!;
    expect(text(notice.querySelector('span'))).to.equal('Не удалось загрузить /test-server/status/404: HTTP 404 Not Found');
    expect(text(notice.querySelector('[part="retry"]'))).to.equal('Повторить');
    await expect(el).to.be.accessible();
  });
});
