import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ErrorDetail, LoadDetail } from '../../src/events.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { parts, settle, shadow } from '../helpers/timeline.js';

const F = '/test/fixtures';

/** `file` from test/fixtures served with the content type `type`, at a URL without an extension. */
const servedAs = (type: string, file: string) => `/test-server/as?type=${encodeURIComponent(type)}&file=${F}/${file}`;

interface Loaded {
  el: SanctionsTimeline;
  loads: LoadDetail[];
  errors: ErrorDetail[];
}

/** A timeline 900 px wide in en-US loaded from `src`, waited for until it shows the result. */
async function loadedFrom(src: string, width = 900): Promise<Loaded> {
  const loads: LoadDetail[] = [];
  const errors: ErrorDetail[] = [];
  const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline
    style="width: ${width}px"
    locale="en-US"
    layout="horizontal"
    src=${src}
    @sanctions-timeline-load=${(event: CustomEvent<LoadDetail>) => loads.push(event.detail)}
    @sanctions-timeline-error=${(event: CustomEvent<ErrorDetail>) => errors.push(event.detail)}
  ></sanctions-timeline>`);
  await el.updateComplete;
  await waitUntil(() => !shadow(el).querySelector('.status'), 'the src did not finish loading', { timeout: 8000 });
  await settle(el);
  return { el, loads, errors };
}

const button = (el: SanctionsTimeline, id: string) => shadow(el).querySelector<HTMLButtonElement>(`[part~="event"][data-id="${id}"]`);
const panel = (el: SanctionsTimeline) => shadow(el).querySelector<HTMLElement>('[part="panel"]')!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** Each legend toggle as "Label count". */
const legend = (el: SanctionsTimeline) => [...shadow(el).querySelectorAll('.legend-toggle')].map(text);
/** Each `<time>` in an event's button. */
const timesOf = (el: SanctionsTimeline, id: string) => [...button(el, id)!.querySelectorAll('time')].map(text);

async function open(el: SanctionsTimeline, id: string): Promise<HTMLElement> {
  button(el, id)!.click();
  await settle(el);
  return panel(el);
}

/** The panel's other dates as "Label: date". */
const panelDates = (node: HTMLElement) => [...node.querySelectorAll('.panel-dates dt')].map((dt) => `${text(dt)}: ${text(dt.nextElementSibling!)}`);

describe('<sanctions-timeline> sanctions lists', () => {
  describe('OpenSanctions FollowTheMoney, flat (entities.ftm.json)', () => {
    it('served as application/octet-stream, draws one event per designation titled by its target, and reports the undated one', async () => {
      const { el, loads, errors } = await loadedFrom(servedAs('application/octet-stream', 'entities.ftm.json'));
      expect(errors).to.deep.equal([]);
      expect(parts(el, 'event').map((node) => node.dataset.id)).to.deep.equal(['fx-s-eu-1', 'fx-s-gb-1', 'fx-s-ch-1', 'fx-s-ua-1']);
      expect(parts(el, 'label').map(text)).to.deep.equal(['Ivan EXAMPLE', 'Ivan EXAMPLE', 'LLC Sample Trade', 'fx-missing-target']);
      // Five designations: four drawn, one listed; the address, the people, the company and the ownership are not counted.
      expect(loads.map((detail) => detail.count)).to.deep.equal([4]);
      const notice = shadow(el).querySelector<HTMLDetailsElement>('[part="notice"]')!;
      expect(text(notice.querySelector('summary')!)).to.equal('1 event could not be shown');
      expect(text(notice)).to.contain('fx-s-us-1: LLC Sample Trade — us_ofac_sdn: no designation date (startDate, listingDate or date)');
      expect(el.problems.filter((p) => p.severity === 'warning').map((p) => `${p.id}: ${p.message}`)).to.deep.equal([
        "fx-s-ua-1: its target 'fx-missing-target' is not in the file; titled by the target's id",
      ]);
      await expect(el).to.be.accessible();
    });

    it('colours by programme, named in the legend in alphabetical order; who designated is the lane', async () => {
      const { el } = await loadedFrom(servedAs('application/octet-stream', 'entities.ftm.json'));
      expect(legend(el)).to.deep.equal([
        'Restrictive measures in respect of actions undermining the territorial integrity of Ukraine (EU-UKR) 1',
        'Russia 1',
        'Sanctions of Ukraine 1',
        'Ukraine 1',
      ]);
      expect(el.normalizedEvents.map((event) => event.group)).to.deep.equal([
        'European Union',
        'Office of Financial Sanctions Implementation',
        'State Secretariat for Economic Affairs',
        'National Security and Defense Council',
      ]);
    });

    it('a designation that took effect before it was listed starts on its startDate; the panel lists the listing date', async () => {
      const { el } = await loadedFrom(servedAs('application/octet-stream', 'entities.ftm.json'));
      expect(timesOf(el, 'fx-s-eu-1')).to.deep.equal(['February 28, 2022']);
      const node = await open(el, 'fx-s-eu-1');
      expect(text(node.querySelector('.panel-when')!)).to.equal('February 28, 2022');
      expect(panelDates(node)).to.deep.equal(['Listed: March 1, 2022']);
      expect(text(node.querySelector('.panel-category')!)).to.equal('Restrictive measures in respect of actions undermining the territorial integrity of Ukraine (EU-UKR)');
      expect(node.querySelector('.panel-summary')!.textContent!.split('\n')).to.deep.equal([
        'Authority: European Union',
        'Programme: Restrictive measures in respect of actions undermining the territorial integrity of Ukraine (EU-UKR)',
        'Reason: Member of a body that supported the recognition of the so-called republics.',
        'Provisions: Asset freeze; Travel ban',
      ]);
      expect([...node.querySelectorAll('.panel-sources a')].map((a) => [a.getAttribute('href'), text(a)])).to.deep.equal([
        ['https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022R0336', 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022R0336'],
        ['https://www.sanctionsmap.eu/#/main/details/3/', 'Restrictive measures in respect of actions undermining the territorial integrity of Ukraine'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('two listing dates and an end years ahead: a bar from the earlier listing to the future end, every other date in the panel', async () => {
      const { el } = await loadedFrom(servedAs('application/octet-stream', 'entities.ftm.json'));
      expect(timesOf(el, 'fx-s-gb-1')).to.deep.equal(['March 15, 2022', 'December 31, 2031']);
      expect(button(el, 'fx-s-gb-1')!.querySelector('[part~="range"]')).to.exist;
      const node = await open(el, 'fx-s-gb-1');
      expect(panelDates(node)).to.deep.equal(['Listed: May 10, 2023', 'Amended: January 10, 2024']);
      expect(node.querySelector('.panel-summary')!.textContent).to.contain('Authority: Office of Financial Sanctions Implementation (RUS0999)').and.contain('Status: Active');
    });

    it('a designation known only to its month is a month band, never a day', async () => {
      const { el } = await loadedFrom(servedAs('application/octet-stream', 'entities.ftm.json'));
      expect(timesOf(el, 'fx-s-ch-1')).to.deep.equal(['April 2022']);
      expect(el.normalizedEvents.find((e) => e.id === 'fx-s-ch-1')!.when.start.precision).to.equal('month');
    });
  });

  describe('OpenSanctions FollowTheMoney, nested (targets.nested.json) and a JSON array', () => {
    it('served as text/plain, draws the same designations from inside their targets', async () => {
      const { el, loads } = await loadedFrom(servedAs('text/plain', 'targets.nested.json'));
      expect(parts(el, 'event').map((node) => node.dataset.id)).to.deep.equal(['fx-s-eu-1', 'fx-s-gb-1', 'fx-s-ch-1']);
      expect(loads.map((detail) => [detail.count, detail.problems.length])).to.deep.equal([[3, 1]]);
      expect(el.problems[0]!.message).to.equal('LLC Sample Trade — us_ofac_sdn: no designation date (startDate, listingDate or date)');
      await expect(el).to.be.accessible();
    });

    it('a JSON array of entities served as application/json is read as FollowTheMoney', async () => {
      const { el, loads } = await loadedFrom(`${F}/ftm-array.json`);
      expect(parts(el, 'label').map(text)).to.deep.equal(['Ivan EXAMPLE']);
      expect(loads.map((detail) => [detail.count, detail.problems.length])).to.deep.equal([[1, 1]]);
    });
  });

  describe('the UN Security Council consolidated list', () => {
    it('an excerpt served as application/xml: one event per record, regimes as the legend, the zone-suffixed LISTED_ON on its day', async () => {
      const { el, loads } = await loadedFrom(servedAs('application/xml', 'un-consolidated-excerpt.xml'));
      expect(loads.map((detail) => [detail.count, detail.problems.length])).to.deep.equal([[6, 0]]);
      expect(legend(el)).to.deep.equal([
        'Democratic Republic of the Congo 2',
        'DPRK (North Korea) 1',
        "ISIL (Da'esh) and Al-Qaida 1",
        'South Sudan 1',
        'Taliban 1',
      ]);
      expect(timesOf(el, 'SSi.001')).to.deep.equal(['July 1, 2015']);
      const node = await open(el, 'CDe.001');
      expect(text(node.querySelector('.panel-title')!)).to.equal('ADF');
      expect(panelDates(node)).to.deep.equal(['Amended: October 19, 2016', 'Amended: August 19, 2020']);
      expect(text(node.querySelector('.panel-sources')!)).to.equal(
        'United Nations Security Council Consolidated List — United Nations Security Council, 2026-02-27',
      );
      expect(shadow(el).querySelector('ol.events')!.getAttribute('aria-label')).to.equal('UN Security Council Consolidated List');
      await expect(el).to.be.accessible();
    });

    it('the whole published list: 1,003 designations from 2000 to 2026 in 14 regimes, none left out', async () => {
      const { el, loads } = await loadedFrom('/data/un-consolidated.xml', 1200);
      expect(loads.map((detail) => [detail.count, detail.problems.length])).to.deep.equal([[1003, 0]]);
      const events = el.normalizedEvents;
      expect([events[0]!.start, events.at(-1)!.start]).to.deep.equal(['2000-04-12', '2026-02-24']);
      expect(legend(el)).to.have.length(14);
      expect(text(shadow(el).querySelector('.legend-status')!)).to.equal('1,003 events');
      await expect(el).to.be.accessible();
    });

    it('the "UN sanctions" demo page draws the 1,003 designations, a colour for each of the 14 regimes, and every demo page links to it', async () => {
      const frame = document.createElement('iframe');
      frame.width = '1100';
      frame.height = '900';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = '/demo/un-sanctions.html';
      document.body.append(frame);
      try {
        await loaded;
        const el = frame.contentDocument!.querySelector<SanctionsTimeline>('sanctions-timeline')!;
        await waitUntil(() => el.normalizedEvents?.length > 0 && el.shadowRoot?.querySelector('[part~="event"]'), 'the demo draws', { timeout: 8000 });
        await el.updateComplete;
        expect(el.normalizedEvents).to.have.length(1003);
        expect(el.problems).to.deep.equal([]);
        const swatches = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.legend-toggle .legend-swatch')].map((swatch) => getComputedStyle(swatch).backgroundColor);
        expect(swatches).to.have.length(14);
        expect(new Set(swatches).size).to.equal(14);
      } finally {
        frame.remove();
      }
      for (const page of ['index', 'inputs', 'themes', 'generator', 'csp', 'un-sanctions']) {
        const doc = new DOMParser().parseFromString(await (await fetch(`/demo/${page}.html`)).text(), 'text/html');
        expect([...doc.querySelectorAll('nav a')].map((a) => a.getAttribute('href')), page).to.include('./un-sanctions.html');
      }
    });

    it('a file that is not well-formed XML is a load error that says so, with Retry', async () => {
      const { el, loads, errors } = await loadedFrom(`${F}/broken-consolidated.xml`);
      expect(loads).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]!.message).to.match(/^Could not read \/test\/fixtures\/broken-consolidated\.xml: not valid XML: .+/);
      expect(shadow(el).querySelector('[part="retry"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
