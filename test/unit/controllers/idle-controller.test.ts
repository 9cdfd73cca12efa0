import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { IdleController } from '../../../src/controllers/idle-controller.js';

/** A host whose work has `slices` slices to do, counting the calls. */
class IdleTestHost extends LitElement {
  slices = 3;
  calls = 0;
  readonly idle = new IdleController(this, () => {
    this.calls++;
    return --this.slices > 0;
  });
}
customElements.define('idle-controller-test-host', IdleTestHost);

describe('IdleController', () => {
  it('after an update, runs the work in background tasks, one slice each, until it says nothing is left', async () => {
    const el = await fixture<IdleTestHost>(html`<idle-controller-test-host></idle-controller-test-host>`);
    await waitUntil(() => el.calls === 3, 'three slices', { timeout: 2000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.calls).to.equal(3);
  });

  it('starts again after the next update, and stops when the host leaves the page', async () => {
    const el = await fixture<IdleTestHost>(html`<idle-controller-test-host></idle-controller-test-host>`);
    await waitUntil(() => el.calls === 3, 'three slices', { timeout: 2000 });
    el.slices = 100;
    el.requestUpdate();
    await el.updateComplete;
    el.remove();
    const calls = el.calls;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.calls).to.be.at.most(calls + 1);
  });
});
