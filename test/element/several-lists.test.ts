import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ErrorDetail, LoadDetail } from '../../src/events.js';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { parts, settle, shadow } from '../helpers/timeline.js';

const L = '/test/fixtures/lists';
/** The demo's sample files: the UN, EU, UK and OFAC lists, with targets shared by their identifiers. */
const SAMPLES = ['un.xml', 'eu-fsf.xml', 'uk-sanctions.xml', 'ofac-sdn-advanced.xml'].map((name) => `${L}/${name}`);

interface Loaded {
  el: SanctionsTimeline;
  loads: LoadDetail[];
  errors: ErrorDetail[];
}

/** A timeline 1000 px wide in en-US loaded from `src`, waited for until it shows the result. */
async function loadedFrom(src: string): Promise<Loaded> {
  const loads: LoadDetail[] = [];
  const errors: ErrorDetail[] = [];
  const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline
    style="width: 1000px"
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

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const loadErrors = (el: SanctionsTimeline) => [...shadow(el).querySelectorAll<HTMLElement>('.load-error')];

describe('<sanctions-timeline> several lists in one timeline (src with several URLs)', () => {
  it('the UN, EU, UK and OFAC samples: one load event with the total count and every problem named by its file; every event carries its authority', async () => {
    const { el, loads, errors } = await loadedFrom(SAMPLES.join('\n  '));
    expect(errors).to.deep.equal([]);
    expect(loads).to.have.length(1);
    // UN 3 of 4, EU 5 of 7, UK 4 of 6, OFAC 4 of 6 (one drawn with a warning).
    expect(loads[0]!.count).to.equal(16);
    expect(el.normalizedEvents).to.have.length(16);
    expect(loads[0]!.problems.map((p) => `${p.source!.slice(L.length + 1)} ${p.id}`)).to.deep.equal([
      'un.xml CDi.901',
      'eu-fsf.xml eu-900401',
      'eu-fsf.xml eu-900501',
      'uk-sanctions.xml uk-AFG0904',
      'uk-sanctions.xml uk-RUS0905',
      'ofac-sdn-advanced.xml ofac-90004',
      'ofac-sdn-advanced.xml ofac-90005',
      'ofac-sdn-advanced.xml ofac-90099',
    ]);
    const groups = new Map<string, number>();
    for (const event of el.normalizedEvents) groups.set(event.group!, (groups.get(event.group!) ?? 0) + 1);
    expect(Object.fromEntries(groups)).to.deep.equal({ 'UN Security Council': 3, 'European Union': 5, 'United Kingdom (FCDO)': 4, 'US Treasury (OFAC)': 4 });
    expect(new Set(el.normalizedEvents.map((e) => e.id)).size).to.equal(16);
    expect(loadErrors(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a search by a UN reference number finds the designations of the EU and the UK that give it', async () => {
    const { el } = await loadedFrom(SAMPLES.join(' '));
    const search = shadow(el).querySelector<HTMLInputElement>('[part="legend"] input[type="search"]')!;
    search.value = 'QDi.901';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(text(shadow(el).querySelector('.legend-status')!)).to.equal('Showing 2 of 16 events');
  });

  it('one file failing: the others are drawn, its error is said beside them with Retry; one load event, one error event', async () => {
    const src = `${L}/eu-fsf.xml /test-server/status/404 ${L}/seco.xml`;
    const { el, loads, errors } = await loadedFrom(src);
    expect(errors).to.deep.equal([{ message: 'Could not load /test-server/status/404: HTTP 404 Not Found', url: '/test-server/status/404', status: 404 }]);
    expect(loads.map((detail) => detail.count)).to.deep.equal([10]);
    expect(parts(el, 'event').length).to.be.greaterThan(0);
    expect(new Set(el.normalizedEvents.map((e) => e.group))).to.deep.equal(new Set(['European Union', 'Switzerland (SECO)']));
    const [notice] = loadErrors(el);
    expect(loadErrors(el)).to.have.length(1);
    expect(notice!.getAttribute('role')).to.equal('alert');
    expect(text(notice!)).to.equal('Could not load /test-server/status/404: HTTP 404 Not Found Retry');
    expect(notice!.querySelector('[part="retry"]')).to.exist;
    // The problems of the files that loaded are listed too.
    expect(text(shadow(el).querySelector('details[part="notice"] summary')!)).to.equal('4 events could not be shown');
    await expect(el).to.be.accessible();
  });

  it('two files failing: an error event and a notice with Retry for each, and the file that loaded is drawn', async () => {
    const { el, loads, errors } = await loadedFrom(`/test-server/status/500 ${L}/uk-sanctions.xml ${L}/sdn.xml`);
    expect(errors.map((detail) => detail.url)).to.deep.equal(['/test-server/status/500', `${L}/sdn.xml`]);
    expect(errors[1]!.message).to.match(/^Could not read \/test\/fixtures\/lists\/sdn\.xml: OFAC's sdn\.xml has no designation dates; load the SDN advanced XML \(sdn_advanced\.xml/);
    expect(loads.map((detail) => detail.count)).to.deep.equal([4]);
    expect(loadErrors(el).map((node) => node.querySelectorAll('[part="retry"]').length)).to.deep.equal([1, 1]);
    await expect(el).to.be.accessible();
  });

  it('every file failing: nothing is drawn and no load event fires; each failure is said with its Retry', async () => {
    const { el, loads, errors } = await loadedFrom(`/test-server/status/404 ${L}/senzing.json`);
    expect(loads).to.deep.equal([]);
    expect(errors).to.have.length(2);
    expect(el.normalizedEvents).to.deep.equal([]);
    expect(parts(el, 'event')).to.deep.equal([]);
    expect(loadErrors(el).map((node) => text(node))).to.deep.equal([
      'Could not load /test-server/status/404: HTTP 404 Not Found Retry',
      `Could not read ${L}/senzing.json: this is OpenSanctions' Senzing export (records with DATA_SOURCE and RECORD_ID, for entity resolution), which holds targets, not their designations or dates; load the dataset's FollowTheMoney export (entities.ftm.json or targets.nested.json) Retry`,
    ]);
    await expect(el).to.be.accessible();
  });

  it('Retry beside a failed file loads it again, keeping what loaded; the load event fires again with the new total', async () => {
    const flaky = `/test-server/slow?ms=0&file=${L}/uk-sanctions.xml`;
    const original = window.fetch;
    let refuse = true;
    window.fetch = (input, init) => (refuse && String(input).includes('slow') ? Promise.reject(new TypeError('offline')) : original(input, init));
    try {
      const { el, loads, errors } = await loadedFrom(`${L}/eu-fsf.xml ${flaky}`);
      expect(errors.map((detail) => detail.message)).to.deep.equal([`Could not load ${flaky}: the network request failed`]);
      expect(loads.map((detail) => detail.count)).to.deep.equal([5]);
      refuse = false;
      loadErrors(el)[0]!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => loads.length === 2, 'the retry did not land', { timeout: 5000 });
      await settle(el);
      expect(loads.map((detail) => detail.count)).to.deep.equal([5, 9]);
      expect(loadErrors(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });
});
