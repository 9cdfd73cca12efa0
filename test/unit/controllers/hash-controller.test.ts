import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { HashController, type HashControllerOptions } from '../../../src/controllers/hash-controller.js';
import { readFromHash, writeToHash, type LinkState } from '../../../src/state/hash-codec.js';

/**
 * A minimal host with a HashController under the key in its `key` attribute (none = off),
 * writing every save at once (`minInterval: 0`) unless told otherwise by the subclass. Its state
 * is `link`: the controller saves it after every update, and a restore sets it, as the element's
 * view would be. It stays `{}` unless a test sets it, and the tests that call `save()` directly
 * cause no update after it, so no update writes `{}` over (and so removes) what they saved.
 */
class HashControllerTestHost extends LitElement {
  static override properties = { key: {} };
  declare key: string | undefined;
  link: LinkState = {};
  restored: LinkState[] = [];
  hash = new HashController(
    this,
    {
      key: () => this.key || undefined,
      current: () => this.link,
      restore: (state) => {
        this.restored.push(state);
        this.link = state;
      },
    },
    this.options(),
  );

  protected options(): HashControllerOptions {
    return { minInterval: 0 };
  }
}
customElements.define('hash-controller-test-host', HashControllerTestHost);

/** The same host, holding saves within 100 ms of the last write. */
class ThrottledTestHost extends HashControllerTestHost {
  protected override options(): HashControllerOptions {
    return { minInterval: 100 };
  }
}
customElements.define('hash-controller-throttled-host', ThrottledTestHost);

/** The same host with the controller's default options. */
class DefaultTestHost extends HashControllerTestHost {
  protected override options(): HashControllerOptions {
    return {};
  }
}
customElements.define('hash-controller-default-host', DefaultTestHost);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts calls of history.replaceState while `run` runs. */
async function countReplaceState(run: () => Promise<void> | void): Promise<number> {
  let calls = 0;
  const replaceState = history.replaceState;
  history.replaceState = function (...args: Parameters<History['replaceState']>) {
    calls++;
    return replaceState.apply(this, args);
  };
  try {
    await run();
  } finally {
    history.replaceState = replaceState;
  }
  return calls;
}

/** Sets location.hash the way a pasted link or back/forward would, and waits for its hashchange. */
async function navigate(hash: string): Promise<void> {
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
}

/** Sets location.hash without a hashchange reaching the hosts (the state before a host connects). */
function startAt(hash: string): void {
  const url = new URL(location.href);
  url.hash = hash;
  history.replaceState(history.state, '', url.href);
}

const host = (key?: string) =>
  fixture<HashControllerTestHost>(
    key ? html`<hash-controller-test-host key=${key}></hash-controller-test-host>` : html`<hash-controller-test-host></hash-controller-test-host>`,
  );

describe('HashController', () => {
  afterEach(() => {
    fixtureCleanup();
    startAt('');
  });

  it("hostUpdated() saves current(): a change of the host's state lands in the hash after its update, without save()", async () => {
    const el = await host('tl');
    el.link = { selected: 'report', query: 'purge' };
    el.requestUpdate();
    expect(readFromHash(location.hash, 'tl'), 'before the update').to.equal(undefined);
    await el.updateComplete;
    expect(readFromHash(location.hash, 'tl')).to.deep.equal({ selected: 'report', query: 'purge' });
    el.link = {};
    el.requestUpdate();
    await el.updateComplete;
    expect(location.hash, 'the empty state removes the entry').to.equal('');
  });

  it('save(state) writes the entry with replaceState: no new history entry, no hashchange', async () => {
    const el = await host('tl');
    const length = history.length;
    let hashchanges = 0;
    const count = () => hashchanges++;
    window.addEventListener('hashchange', count);
    el.hash.save({ selected: 'report', query: 'purge' });
    await sleep(50);
    window.removeEventListener('hashchange', count);
    expect(readFromHash(location.hash, 'tl')).to.deep.equal({ selected: 'report', query: 'purge' });
    expect(history.length).to.equal(length);
    expect(hashchanges).to.equal(0);
    expect(el.restored).to.deep.equal([]);
  });

  it('save({}) removes the entry, leaving no bare "#" in the URL', async () => {
    const el = await host('tl');
    el.hash.save({ query: 'x' });
    el.hash.save({});
    expect(location.hash).to.equal('');
    expect(location.href).to.not.contain('#');
  });

  it('save does nothing while key() is undefined', async () => {
    startAt('#intro');
    const el = await host();
    el.hash.save({ query: 'x' });
    expect(location.hash).to.equal('#intro');
  });

  it('save does not touch history when the hash would not change', async () => {
    const el = await host('tl');
    el.hash.save({ query: 'x' });
    expect(await countReplaceState(() => el.hash.save({ query: 'x' }))).to.equal(0);
  });

  it('two hosts with different keys keep their own entries, and other hash parameters survive', async () => {
    startAt('#section-2');
    const a = await host('a');
    const b = await host('b');
    a.hash.save({ hidden: ['sanction'] });
    b.hash.save({ query: 'purge' });
    a.hash.save({ hidden: ['sanction', 'threat'] });
    expect(readFromHash(location.hash, 'a')).to.deep.equal({ hidden: ['sanction', 'threat'] });
    expect(readFromHash(location.hash, 'b')).to.deep.equal({ query: 'purge' });
    expect(location.hash.startsWith('#section-2&')).to.equal(true);
    a.hash.save({});
    b.hash.save({});
    expect(location.hash).to.equal('#section-2');
  });

  it('restores once on connect when the hash holds an entry for its key', async () => {
    startAt(writeToHash('', 'tl', { selected: 'report', start: '2018', end: '2019' }));
    const el = await host('tl');
    expect(el.restored).to.deep.equal([{ selected: 'report', start: '2018', end: '2019' }]);
  });

  it('does not restore on connect without an entry, or while off', async () => {
    startAt(writeToHash('#intro', 'other', { query: 'x' }));
    expect((await host('tl')).restored).to.deep.equal([]);
    startAt(writeToHash('', 'tl', { query: 'x' }));
    expect((await host()).restored).to.deep.equal([]);
  });

  it('restores on hashchange (a pasted link, back/forward) when its entry changes', async () => {
    const el = await host('tl');
    await navigate(writeToHash('', 'tl', { query: 'purge' }));
    expect(el.restored).to.deep.equal([{ query: 'purge' }]);
    await navigate(writeToHash(location.hash, 'tl', { query: 'report', hidden: ['threat'] }));
    expect(el.restored.at(-1)).to.deep.equal({ hidden: ['threat'], query: 'report' });
  });

  it('restores {} (the default view) when a hashchange removes its entry', async () => {
    const el = await host('tl');
    await navigate(writeToHash('#intro', 'tl', { query: 'purge' }));
    await navigate('#intro');
    expect(el.restored).to.deep.equal([{ query: 'purge' }, {}]);
  });

  it("ignores a hashchange that leaves its own entry as it was (another timeline's change, or its own save)", async () => {
    const a = await host('a');
    const b = await host('b');
    a.hash.save({ query: 'mine' });
    await navigate(writeToHash(location.hash, 'b', { query: 'theirs' }));
    expect(a.restored).to.deep.equal([]);
    expect(b.restored).to.deep.equal([{ query: 'theirs' }]);
  });

  it('stops listening when disconnected', async () => {
    const el = await host('tl');
    el.remove();
    await navigate(writeToHash('', 'tl', { query: 'x' }));
    expect(el.restored).to.deep.equal([]);
  });

  it('restoreFromHash() reads the hash now, e.g. after the key is set on a connected host', async () => {
    startAt(writeToHash('', 'late', { query: 'x' }));
    const el = await host();
    expect(el.hash.restoreFromHash()).to.equal(false);
    el.key = 'late';
    expect(el.hash.restoreFromHash()).to.equal(true);
    expect(el.restored).to.deep.equal([{ query: 'x' }]);
  });

  it('thins out a burst of saves: the first is written at once, the last when minInterval is up', async () => {
    const el = await fixture<ThrottledTestHost>(html`<hash-controller-throttled-host key="tl"></hash-controller-throttled-host>`);
    const calls = await countReplaceState(async () => {
      for (let i = 1; i <= 20; i++) el.hash.save({ query: `q${i}` });
      expect(readFromHash(location.hash, 'tl')).to.deep.equal({ query: 'q1' });
      await sleep(150);
    });
    expect(readFromHash(location.hash, 'tl')).to.deep.equal({ query: 'q20' });
    expect(calls).to.equal(2);
  });

  it('holds saves within 400 ms of the last write by default', async () => {
    const el = await fixture<DefaultTestHost>(html`<hash-controller-default-host key="tl"></hash-controller-default-host>`);
    el.hash.save({ query: 'first' });
    el.hash.save({ query: 'second' });
    expect(readFromHash(location.hash, 'tl')).to.deep.equal({ query: 'first' });
    el.remove();
  });

  it('writes a held state when the host disconnects', async () => {
    const el = await fixture<ThrottledTestHost>(html`<hash-controller-throttled-host key="tl"></hash-controller-throttled-host>`);
    el.hash.save({ query: 'first' });
    el.hash.save({ query: 'last' });
    el.remove();
    expect(readFromHash(location.hash, 'tl')).to.deep.equal({ query: 'last' });
  });

  it('drops a held state when a hashchange brings a different entry (the link wins)', async () => {
    const el = await fixture<ThrottledTestHost>(html`<hash-controller-throttled-host key="tl"></hash-controller-throttled-host>`);
    el.hash.save({ query: 'first' });
    el.hash.save({ query: 'held' });
    await navigate(writeToHash('', 'tl', { selected: 'linked' }));
    await sleep(150);
    expect(el.restored).to.deep.equal([{ selected: 'linked' }]);
    expect(readFromHash(location.hash, 'tl')).to.deep.equal({ selected: 'linked' });
  });
});
