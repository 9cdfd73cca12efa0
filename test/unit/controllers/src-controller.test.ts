import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SrcController } from '../../../src/controllers/src-controller.js';
import { normalize } from '../../../src/model/normalize.js';
import { failuresOf } from '../../../src/state/load-state.js';

type Call = { kind: 'loaded'; data: unknown; url: string } | { kind: 'failed'; detail: { message: string; url: string; status?: number }; partial?: boolean };

/**
 * A minimal host that owns a SrcController (`loader`, as in the element) and records what it is
 * told. Its `src` is the URL it wants: the controller loads it in the next update when it differs
 * from the last URL it was asked for.
 */
class SrcControllerTestHost extends LitElement {
  src = '';
  calls: Call[] = [];
  renders = 0;
  loader = new SrcController(this, {
    src: () => this.src,
    loaded: (data, url) => this.calls.push({ kind: 'loaded', data, url }),
    failed: (detail, partial) => this.calls.push(partial ? { kind: 'failed', detail, partial } : { kind: 'failed', detail }),
  });

  override render() {
    this.renders++;
    return html`${this.loader.state.status}`;
  }
}
customElements.define('src-controller-test-host', SrcControllerTestHost);

const F = '/test/fixtures';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function settle(host: SrcControllerTestHost): Promise<void> {
  await waitUntil(() => host.loader.state.status !== 'loading', 'the load did not finish', { timeout: 5000 });
  await host.updateComplete;
}

/**
 * Calls `load(url)` on the host's controller, with the host's `src` kept in step: else the update
 * that the load requests would find `src()` (still '') new and load it, cancelling this one.
 */
function load(host: SrcControllerTestHost, url: string): void {
  host.src = url;
  host.loader.load(url);
}

async function loadInto(url: string): Promise<SrcControllerTestHost> {
  const host = await fixture<SrcControllerTestHost>(html`<src-controller-test-host></src-controller-test-host>`);
  load(host, url);
  await settle(host);
  return host;
}

/** What the host was handed by its last `loaded` call. */
function loadedData(host: { calls: Call[] }): unknown {
  const call = [...host.calls].reverse().find((candidate) => candidate.kind === 'loaded');
  return call?.kind === 'loaded' ? call.data : undefined;
}

describe('SrcController', () => {
  it('load(url) of a JSON file sets state loaded and calls loaded once with the data', async () => {
    const host = await loadInto(`${F}/events.json`);
    expect(host.loader.state.status).to.equal('loaded');
    expect(host.calls).to.have.length(1);
    const [call] = host.calls;
    expect(call!.kind).to.equal('loaded');
    if (call!.kind !== 'loaded') return;
    expect(call.url).to.equal(`${F}/events.json`);
    expect((call.data as { events: { id: string }[] }).events.map((e) => e.id)).to.deep.equal([
      'example-a', 'example-b', 'example-c', 'example-d',
    ]);
    expect(host.shadowRoot!.textContent).to.contain('loaded');
  });

  it('load(url) hands the parsed body to the host and keeps none of it: a million events are not held twice', async () => {
    const host = await loadInto(`${F}/events.json`);
    expect(loadedData(host)).to.not.equal(undefined);
    expect(host.loader.state).to.deep.equal({ status: 'loaded', url: `${F}/events.json` });
  });

  it('load(url) of a .csv file reads it as CSV', async () => {
    const host = await loadInto(`${F}/events.csv`);
    expect(host.loader.state.status).to.equal('loaded');
    const rows = loadedData(host) as Record<string, unknown>[];
    expect(rows).to.have.length(4);
    expect(rows[0]).to.deep.include({ title: 'Example event A', summary: 'A report, with a comma in it' });
    expect(rows[1]!.sources).to.deep.equal([
      { url: 'https://example.org/b1', title: 'Notice B1', publisher: 'Example Gazette' },
      { url: 'https://example.org/b2', title: 'Notice B2', publisher: 'Example Journal' },
    ]);
  });

  it('load(url) reads CSV by content type when the URL has no extension', async () => {
    const host = await loadInto(`/test-server/as?type=text/csv&file=${F}/events.csv`);
    expect(host.loader.state.status).to.equal('loaded');
    expect((loadedData(host) as unknown[]).length).to.equal(4);
  });

  it('load(url) reads JSON by content type and sniffing when the URL has no extension', async () => {
    const host = await loadInto(`/test-server/as?type=application/json&file=${F}/bare-array.json`);
    expect(host.loader.state).to.deep.equal({ status: 'loaded', url: `/test-server/as?type=application/json&file=${F}/bare-array.json` });
    expect((loadedData(host) as { title: string }[]).map((e) => e.title)).to.deep.equal(['Example event A', 'Example event B', 'Example event C']);
  });

  for (const [code, reason] of [[404, 'Not Found'], [500, 'Internal Server Error']] as const) {
    it(`load(url) answered with HTTP ${code} sets state error with httpStatus ${code}`, async () => {
      const url = `/test-server/status/${code}`;
      const host = await loadInto(url);
      expect(host.loader.state).to.deep.equal({
        status: 'error',
        url,
        message: `Could not load ${url}: HTTP ${code} ${reason}`,
        stage: 'http',
        reason: `HTTP ${code} ${reason}`,
        httpStatus: code,
      });
      expect(host.calls).to.deep.equal([{ kind: 'failed', detail: { message: `Could not load ${url}: HTTP ${code} ${reason}`, url, status: code } }]);
    });
  }

  it('load(url) of invalid JSON fails with "Could not read …: not valid JSON: …"', async () => {
    const host = await loadInto(`${F}/broken.json`);
    const state = host.loader.state;
    if (state.status !== 'error') throw new Error(`expected error, got ${state.status}`);
    expect(state.message).to.match(/^Could not read \/test\/fixtures\/broken\.json: not valid JSON: .+/);
    expect(state.httpStatus).to.equal(undefined);
    expect(host.calls).to.have.length(1);
  });

  it('load(url) of an empty CSV fails with "the CSV file is empty"', async () => {
    const host = await loadInto(`${F}/empty.csv`);
    expect(host.loader.state).to.deep.equal({
      status: 'error',
      url: `${F}/empty.csv`,
      message: `Could not read ${F}/empty.csv: the CSV file is empty`,
      stage: 'parse',
      reason: 'the CSV file is empty',
    });
  });

  it('load(url) of a header-only CSV fails with "has a header but no rows"', async () => {
    const host = await loadInto(`${F}/header-only.csv`);
    expect(host.loader.state).to.deep.include({ status: 'error', message: `Could not read ${F}/header-only.csv: the CSV file has a header but no rows` });
  });

  it('load(url) that cannot connect fails with "the network request failed"', async () => {
    const url = 'http://127.0.0.1:9/x.json';
    const host = await loadInto(url);
    expect(host.loader.state).to.deep.equal({
      status: 'error',
      url,
      message: `Could not load ${url}: the network request failed`,
      stage: 'network',
      reason: 'the network request failed',
    });
    expect(host.calls).to.deep.equal([{ kind: 'failed', detail: { message: `Could not load ${url}: the network request failed`, url } }]);
  });

  it('retry() fetches the last URL again and calls failed once per failure', async () => {
    const host = await loadInto('/test-server/status/503');
    const fetched: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      fetched.push(String(input));
      return original(input, init);
    };
    try {
      host.loader.retry();
      expect(host.loader.state).to.deep.equal({ status: 'loading', url: '/test-server/status/503' });
      await settle(host);
    } finally {
      window.fetch = original;
    }
    expect(fetched).to.deep.equal([new URL('/test-server/status/503', document.baseURI).href]);
    expect(host.calls.map((c) => c.kind)).to.deep.equal(['failed', 'failed']);
    expect(host.loader.state).to.deep.include({ status: 'error', httpStatus: 503 });
  });

  it('load(url) while a slow load is in flight: only the second lands, the first never calls back', async () => {
    const host = await fixture<SrcControllerTestHost>(html`<src-controller-test-host></src-controller-test-host>`);
    load(host, `/test-server/slow?ms=1500&file=${F}/events.json`);
    expect(host.loader.state.status).to.equal('loading');
    load(host, `${F}/bare-array.json`);
    await settle(host);
    expect(host.loader.state).to.deep.include({ status: 'loaded', url: `${F}/bare-array.json` });
    await sleep(1800);
    expect(host.calls).to.have.length(1);
    expect(host.calls[0]).to.deep.include({ kind: 'loaded', url: `${F}/bare-array.json` });
    expect(host.loader.state).to.deep.include({ status: 'loaded', url: `${F}/bare-array.json` });
  });

  it("load('') goes idle and aborts the load in flight", async () => {
    const host = await fixture<SrcControllerTestHost>(html`<src-controller-test-host></src-controller-test-host>`);
    load(host, `/test-server/slow?ms=300&file=${F}/events.json`);
    load(host, '');
    expect(host.loader.state).to.deep.equal({ status: 'idle' });
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.contain('idle');
    await sleep(600);
    expect(host.calls).to.deep.equal([]);
    expect(host.loader.state).to.deep.equal({ status: 'idle' });
  });

  it('load(url) requests a host update at each state change', async () => {
    const host = await fixture<SrcControllerTestHost>(html`<src-controller-test-host></src-controller-test-host>`);
    const before = host.renders;
    load(host, `${F}/events.json`);
    await host.updateComplete;
    expect(host.renders).to.equal(before + 1);
    expect(host.shadowRoot!.textContent).to.contain('loading');
    await settle(host);
    expect(host.renders).to.equal(before + 2);
    expect(host.shadowRoot!.textContent).to.contain('loaded');
  });

  it('hostUpdate() loads src() when it differs from the last URL asked for, and only then', async () => {
    const host = await fixture<SrcControllerTestHost>(html`<src-controller-test-host></src-controller-test-host>`);
    expect(host.loader.state).to.deep.equal({ status: 'idle' });
    const url = `/test-server/slow?ms=200&file=${F}/events.json`;
    host.src = url;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.loader.state).to.deep.equal({ status: 'loading', url });
    expect(host.shadowRoot!.textContent).to.contain('loading');
    await settle(host);
    expect(host.loader.state).to.deep.include({ status: 'loaded', url });
    // Another update with the same src loads nothing again.
    host.requestUpdate();
    await host.updateComplete;
    expect(host.loader.state.status).to.equal('loaded');
    expect(host.calls.map((c) => c.kind)).to.deep.equal(['loaded']);
  });

  it('hostDisconnected() aborts the load; reconnecting starts it again', async () => {
    const host = await fixture<SrcControllerTestHost>(html`<src-controller-test-host></src-controller-test-host>`);
    const parent = host.parentNode!;
    load(host, `/test-server/slow?ms=300&file=${F}/events.json`);
    host.remove();
    await sleep(500);
    expect(host.calls).to.deep.equal([]);
    expect(host.loader.state.status).to.equal('loading');
    parent.appendChild(host);
    await settle(host);
    expect(host.calls.map((c) => c.kind)).to.deep.equal(['loaded']);
  });

  describe('several URLs', () => {
    const L = `${F}/lists`;

    it('load("a b") fetches each, reads each with its own reader and hands on one merged list whose files are named', async () => {
      const src = `${L}/eu-fsf.xml \n ${L}/uk-sanctions.xml`;
      const host = await loadInto(src);
      expect(host.loader.state).to.deep.equal({ status: 'loaded', url: src });
      expect(host.calls.map((c) => c.kind)).to.deep.equal(['loaded']);
      const data = normalize(loadedData(host));
      expect(data.inputCount).to.equal(13);
      expect(new Set(data.events.map((e) => e.group))).to.deep.equal(new Set(['European Union', 'United Kingdom (FCDO)']));
      expect(data.problems.map((p) => [p.id, p.source])).to.deep.equal([
        ['eu-900401', `${L}/eu-fsf.xml`],
        ['eu-900501', `${L}/eu-fsf.xml`],
        ['uk-AFG0904', `${L}/uk-sanctions.xml`],
        ['uk-RUS0905', `${L}/uk-sanctions.xml`],
      ]);
      expect(data.title).to.equal('EU Financial Sanctions Files · UK Sanctions List');
    });

    it('one file failing: what loaded is handed on, the state lists the failure, failed is called once for it (partial)', async () => {
      const src = `${L}/un.xml /test-server/status/404 ${L}/seco.xml`;
      const host = await loadInto(src);
      const message = 'Could not load /test-server/status/404: HTTP 404 Not Found';
      expect(host.loader.state).to.deep.equal({
        status: 'loaded',
        url: src,
        failures: [{ url: '/test-server/status/404', message, stage: 'http', reason: 'HTTP 404 Not Found', httpStatus: 404 }],
      });
      expect(host.calls.map((c) => (c.kind === 'failed' ? [c.kind, c.detail, c.partial] : [c.kind, c.url]))).to.deep.equal([
        ['failed', { message, url: '/test-server/status/404', status: 404 }, true],
        ['loaded', src],
      ]);
      expect(normalize(loadedData(host)).events.map((e) => e.group)).to.include.members(['UN Security Council', 'Switzerland (SECO)']);
    });

    it('every file failing: state error with each failure; failed is called per file, loaded never', async () => {
      const src = `/test-server/status/500 ${F}/broken.json`;
      const host = await loadInto(src);
      const state = host.loader.state;
      if (state.status !== 'error') throw new Error(`expected error, got ${state.status}`);
      expect(state.url).to.equal(src);
      expect(state.failures!.map((f) => [f.url, f.stage])).to.deep.equal([['/test-server/status/500', 'http'], [`${F}/broken.json`, 'parse']]);
      expect(host.calls.map((c) => (c.kind === 'failed' ? [c.detail.url, c.partial ?? false] : c.kind))).to.deep.equal([
        ['/test-server/status/500', false],
        [`${F}/broken.json`, false],
      ]);
    });

    it('retry() after a partial failure fetches only the file that failed, and hands on the lists merged again', async () => {
      const flaky = `/test-server/slow?ms=0&file=${L}/uk-sanctions.xml`;
      const original = window.fetch;
      const fetched: string[] = [];
      let refuse = true;
      window.fetch = (input, init) => {
        fetched.push(String(input));
        if (refuse && String(input).includes('slow')) return Promise.reject(new TypeError('offline'));
        return original(input, init);
      };
      try {
        const host = await loadInto(`${L}/eu-fsf.xml ${flaky}`);
        expect(host.loader.state).to.deep.include({ status: 'loaded' });
        expect(failuresOf(host.loader.state).map((f) => f.reason)).to.deep.equal(['the network request failed']);
        refuse = false;
        fetched.length = 0;
        host.loader.retry();
        expect(host.loader.state.status).to.equal('loaded');
        await waitUntil(() => host.calls.filter((c) => c.kind === 'loaded').length === 2, 'the retry did not land', { timeout: 5000 });
        expect(fetched).to.deep.equal([new URL(flaky, document.baseURI).href]);
        expect(host.loader.state).to.deep.equal({ status: 'loaded', url: `${L}/eu-fsf.xml ${flaky}` });
        expect(normalize(loadedData(host)).inputCount).to.equal(13);
      } finally {
        window.fetch = original;
      }
    });

    it("a file that stalls fails alone: the others' silence timers are their own", async () => {
      const host = await fixture<SrcControllerTestHost>(html`<src-controller-test-host></src-controller-test-host>`);
      host.loader.silenceLimit = 300;
      load(host, `/test-server/stall?ms=2000&file=${F}/events.json ${F}/bare-array.json`);
      await settle(host);
      expect(failuresOf(host.loader.state).map((f) => [f.stage, f.reason])).to.deep.equal([['silent', 'no data arrived for 0.3 s']]);
      expect((normalize(loadedData(host)).events.map((e) => e.title))).to.deep.equal(['Example event A', 'Example event B', 'Example event C']);
    });
  });
});

