import { expect, fixture, html } from '@open-wc/testing';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { fromCsv } from '../../src/model/formats/csv.js';
import { normalize } from '../../src/model/normalize.js';
import { settle, shadow } from '../helpers/timeline.js';

const EVENTS = [
  { id: 'purge', start: '2017-02', end: '2017-04', title: 'Purge, first wave', category: 'persecution', sources: [{ url: 'https://example.org/purge', title: 'Report' }] },
  { id: 'magnitsky', start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction' },
  { id: 'report', start: '2018-12-13', title: 'Moscow Mechanism report', category: 'report', summary: 'Confirms the purge.' },
  { id: 'designation', start: '2020-07-20', title: 'Section 7031(c) designation', category: 'sanction' },
];
const CATEGORIES = { persecution: { label: 'Persecution' }, report: { label: 'Report' }, sanction: { label: 'Sanction' } };

interface Download {
  name: string;
  type: string;
  text: string;
  /** The first three bytes (text() drops a byte-order mark, as a UTF-8 reader should). */
  head: number[];
  revoked: boolean;
}

/**
 * Records what a click on a download button saves: the Blob handed to URL.createObjectURL and the
 * `download` name of the anchor clicked with its URL. The anchor's click is stopped, so no real
 * download starts.
 */
function recordDownloads(): { downloads: Promise<Download>[]; saved: (n: number) => Promise<Download[]>; restore: () => void } {
  const blobs = new Map<string, Blob>();
  const revoked = new Set<string>();
  const downloads: Promise<Download>[] = [];
  const { createObjectURL, revokeObjectURL } = URL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.add(url);
    revokeObjectURL(url);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    const href = this.href;
    const name = this.download;
    downloads.push(
      Promise.all([blob.text(), blob.slice(0, 3).arrayBuffer()]).then(async ([text, head]) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return { name, type: blob.type, text, head: [...new Uint8Array(head)], revoked: revoked.has(href) };
      }),
    );
  };
  return {
    downloads,
    // The writers load on the first click (a chunk): the n-th download starts a moment after it.
    saved: async (n) => {
      for (let i = 0; i < 200 && downloads.length < n; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      return Promise.all(downloads);
    },
    restore: () => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

async function timeline(layout = 'horizontal'): Promise<SanctionsTimeline> {
  const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline
    style="width: 800px"
    locale="en-US"
    layout=${layout}
    .categories=${CATEGORIES}
    .events=${EVENTS}
  ></sanctions-timeline>`);
  await settle(el);
  return el;
}

const button = (el: SanctionsTimeline, name: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="export"] button')].find((b) => b.textContent!.trim() === name)!;

describe('<sanctions-timeline> export', () => {
  let recorder: ReturnType<typeof recordDownloads>;
  beforeEach(() => (recorder = recordDownloads()));
  afterEach(() => recorder.restore());

  it('shows "Download JSON", "Download CSV" and "Download image" in a group named "Download", beside the zoom buttons', async () => {
    const el = await timeline();
    const group = shadow(el).querySelector('[part="export"]')!;
    expect(group.getAttribute('role')).to.equal('toolbar');
    expect(group.getAttribute('aria-label')).to.equal('Download');
    expect([...group.querySelectorAll(':scope > button, :scope > details > summary')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Download JSON',
      'Download CSV',
      'Download image',
    ]);
    const zoom = shadow(el).querySelector('[part="controls"]')!.getBoundingClientRect();
    expect(Math.abs(group.getBoundingClientRect().top - zoom.top)).to.be.below(2);
    await expect(el).to.be.accessible();
  });

  it('"Download JSON" saves timeline-events.json with every event, in our file format', async () => {
    const el = await timeline();
    button(el, 'Download JSON').click();
    const [saved] = await recorder.saved(1);
    expect(recorder.downloads).to.have.length(1);
    expect(saved!.name).to.equal('timeline-events.json');
    expect(saved!.type).to.equal('application/json;charset=utf-8');
    expect(saved!.revoked, 'the object URL is revoked after the click').to.equal(true);
    const file = JSON.parse(saved!.text) as { categories: unknown; events: Array<Record<string, unknown>> };
    expect(file.categories).to.deep.equal(CATEGORIES);
    expect(file.events.map((event) => event.id)).to.deep.equal(['purge', 'magnitsky', 'report', 'designation']);
    expect(file.events[0]).to.deep.equal(EVENTS[0]);
  });

  it('with a category off and a search typed, both files hold only the events shown', async () => {
    const el = await timeline();
    shadow(el).querySelector<HTMLButtonElement>('.legend-toggle[data-key="report"]')!.click();
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'designation';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    expect(shadow(el).querySelector('.legend-status')!.textContent!.trim()).to.equal('Showing 2 of 4 events');
    button(el, 'Download JSON').click();
    button(el, 'Download CSV').click();
    // Each click loads the writers' chunk first: the two files may be saved in either order.
    const saved = await recorder.saved(2);
    const json = saved.find((file) => file.name.endsWith('.json'));
    const csv = saved.find((file) => file.name.endsWith('.csv'));
    expect(normalize(json!.text).events.map((event) => event.id)).to.deep.equal(['magnitsky', 'designation']);
    expect(csv!.name).to.equal('timeline-events.csv');
    expect(csv!.type).to.equal('text/csv;charset=utf-8');
    expect(normalize(fromCsv(csv!.text)).events.map((event) => event.id)).to.deep.equal(['magnitsky', 'designation']);
    expect(csv!.text).not.to.include('Moscow Mechanism');
  });

  it('is there in the vertical layout too, and passes axe', async () => {
    const el = await timeline('vertical');
    button(el, 'Download CSV').click();
    const [saved] = await recorder.saved(1);
    expect(saved!.head, 'a UTF-8 byte-order mark, for Excel').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(saved!.text.startsWith('id,start,end,title,')).to.equal(true);
    expect(normalize(fromCsv(saved!.text)).events).to.have.length(4);
    await expect(el).to.be.accessible();
  });
});
