import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';

/** What demo/csp.js records for each `securitypolicyviolation` event. */
interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/** The results of axe-core's `run` that this test reads. */
interface AxeResults {
  violations: Array<{ id: string; help: string; nodes: unknown[] }>;
}

/** The part of the Trusted Types API this test uses (TypeScript's DOM library lacks it). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

type StrictWindow = Window &
  typeof globalThis & { violations: Violation[]; trustedTypes?: TrustedTypesFactory; axe?: { run(context: Element): Promise<AxeResults> } };

const PAGE = '/demo/csp.html';
const POLICY = "default-src 'self'; require-trusted-types-for 'script'";

/** Loads `src` in an iframe wide enough for the horizontal layout, and waits for its load event. */
async function frameOf(setup: (frame: HTMLIFrameElement) => void): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  setup(frame);
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The strict demo page with its timeline loaded and drawn. */
async function strictPage(): Promise<{ frame: HTMLIFrameElement; win: StrictWindow; el: SanctionsTimeline }> {
  const frame = await frameOf((f) => (f.src = PAGE));
  const win = frame.contentWindow as StrictWindow;
  const el = frame.contentDocument!.querySelector<SanctionsTimeline>('sanctions-timeline')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="event"]'), 'the timeline draws its events', { timeout: 5000 });
  await el.updateComplete;
  return { frame, win, el };
}

/** Violations are reported in a task after the fact: give them time to arrive. */
async function reported(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * axe-core run inside the strict page (axe cannot reach into another document from here). Its
 * script URL goes through a Trusted Types policy of the test's own, as the page's policy demands.
 */
async function axeViolations(win: StrictWindow, el: Element): Promise<AxeResults['violations']> {
  const policy = win.trustedTypes!.createPolicy('csp-test-axe', { createScriptURL: (url: string) => url });
  const script = win.document.createElement('script');
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  // A TrustedScriptURL, which the src setter accepts in place of a string.
  script.src = policy.createScriptURL('/node_modules/axe-core/axe.min.js') as string;
  win.document.head.append(script);
  await loaded;
  return (await win.axe!.run(el)).violations;
}

/** Each violation is reported once per copy of the policy: the header and the meta tag. */
const COPIES = 2;

const frames: HTMLIFrameElement[] = [];
const track = <T extends { frame: HTMLIFrameElement }>(page: T): T => (frames.push(page.frame), page);

describe('demo/csp.html under a strict Content-Security-Policy', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('is served with the policy as a header, and carries the same policy in a meta tag', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('Content-Security-Policy')).to.equal(POLICY);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.equal(POLICY);
    expect(page.querySelectorAll('script:not([src]), style, [style]'), 'no inline script or style').to.have.length(0);
  });

  it('draws the events and the open panel, and survives clicks, search, zoom, panel, download and print with zero violations', async () => {
    const { win, el } = track(await strictPage());
    const root = el.shadowRoot!;
    expect(el.normalizedEvents).to.have.length(26);
    const csv = win.document.querySelector<SanctionsTimeline>('#strict-csv')!;
    await waitUntil(() => csv.shadowRoot?.querySelector('[part~="event"]'), 'the CSV timeline draws its events', { timeout: 5000 });
    expect(csv.normalizedEvents.length).to.be.above(0);
    expect(root.querySelectorAll('[part~="event"]').length).to.be.above(5);
    expect(root.querySelector('.panel-title')!.textContent).to.equal('New wave of anti-LGBT detentions begins');

    // Open an event with a click, then close its panel.
    const event = root.querySelector<HTMLButtonElement>('[part~="event"][data-id="2017-12-20-magnitsky-act-designation"]')!;
    event.click();
    await el.updateComplete;
    expect(el.selected).to.equal('2017-12-20-magnitsky-act-designation');
    root.querySelector<HTMLButtonElement>('.panel-close')!.click();
    await el.updateComplete;
    expect(root.querySelector('.panel')).to.equal(null);

    // Type a search with the keyboard: matches are highlighted with <mark>.
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'magnitsky' });
    await el.updateComplete;
    expect(search.value).to.equal('magnitsky');
    expect(root.querySelectorAll('mark').length).to.be.above(0);

    // Switch a category off, zoom in twice with +, and back out to the whole timeline.
    root.querySelector<HTMLButtonElement>('.legend-toggle[data-key="report"]')!.click();
    root.querySelector<HTMLButtonElement>('[part="controls"] button[aria-label="Zoom in"]')!.click();
    root.querySelector<HTMLButtonElement>('[part="controls"] button[aria-label="Zoom in"]')!.click();
    await el.updateComplete;
    expect(el.start).not.to.equal('');
    root.querySelector<HTMLButtonElement>('.control--fit')!.click();
    await el.updateComplete;

    // Download both files and both pictures (the anchor's click is caught, so nothing is saved to
    // disk). The writers and the PNG painter are chunks loaded on demand, under the same policy.
    const saved: Array<{ name: string; type: string; size: number }> = [];
    const anchorClick = win.HTMLAnchorElement.prototype.click;
    const blobs = new Map<string, Blob>();
    const createObjectURL = win.URL.createObjectURL;
    win.URL.createObjectURL = (blob: Blob) => {
      const url = createObjectURL(blob);
      blobs.set(url, blob);
      return url;
    };
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href)!;
      saved.push({ name: this.download, type: blob.type, size: blob.size });
    };
    const exports = root.querySelector('[part="export"]')!;
    for (const button of exports.querySelectorAll<HTMLButtonElement>(':scope > button')) button.click();
    await waitUntil(() => saved.length === 2, 'the JSON and CSV files are saved');
    exports.querySelector<HTMLElement>('summary')!.click();
    exports.querySelector<HTMLButtonElement>('[data-image="svg"]')!.click();
    exports.querySelector<HTMLElement>('summary')!.click();
    exports.querySelector<HTMLButtonElement>('[data-image="png"]')!.click();
    await waitUntil(() => saved.length === 4, 'the SVG and PNG pictures are saved', { timeout: 5000 });
    win.HTMLAnchorElement.prototype.click = anchorClick;
    win.URL.createObjectURL = createObjectURL;
    expect(saved.map(({ name, type }) => [name, type]).sort()).to.deep.equal([
      ['timeline-events.csv', 'text/csv;charset=utf-8'],
      ['timeline-events.json', 'application/json;charset=utf-8'],
      ['timeline.png', 'image/png'],
      ['timeline.svg', 'image/svg+xml;charset=utf-8'],
    ]);
    expect(saved.find(({ name }) => name === 'timeline.png')!.size, 'a PNG with something in it').to.be.above(5000);

    // Print: the list renders (a new template) and goes again.
    win.dispatchEvent(new win.Event('beforeprint'));
    expect(root.querySelectorAll('.print-event').length).to.be.above(0);
    win.dispatchEvent(new win.Event('afterprint'));
    await el.updateComplete;

    await reported();
    expect(win.violations).to.deep.equal([]);
    expect(win.document.getElementById('violation-count')!.textContent).to.equal('0');
    expect(await axeViolations(win, el)).to.deep.equal([]);
  });

  it('is really under the policy: innerHTML, an inline style attribute and eval are each blocked and counted', async () => {
    const { win } = track(await strictPage());
    let seen = 0;
    /** The directives of the violations reported since the last call. */
    const directives = async () => {
      await reported();
      const fresh = win.violations.slice(seen).map((violation) => violation.directive);
      seen = win.violations.length;
      return fresh;
    };
    const div = win.document.createElement('div');
    expect(() => (div.innerHTML = '<b>x</b>')).to.throw(/requires 'TrustedHTML' assignment/);
    expect(await directives()).to.deep.equal(Array(COPIES).fill('require-trusted-types-for'));
    div.setAttribute('style', 'color: red');
    expect(div.style.color, 'the style attribute is not applied').to.equal('');
    expect(await directives()).to.deep.equal(Array(COPIES).fill('style-src-attr'));
    // A string handed to eval is a Trusted Types sink before it is a script-src matter.
    expect(() => win.eval('1 + 1')).to.throw().with.property('name', 'EvalError');
    expect(await directives()).to.deep.equal(Array(COPIES).fill('require-trusted-types-for'));
    expect(win.document.getElementById('violation-count')!.textContent).to.equal(String(3 * COPIES));
  });

  it('the meta tag alone enforces require-trusted-types-for in Chromium (for static file servers)', async () => {
    // srcdoc: no response headers at all, only the page's own meta tag.
    const frame = await frameOf((f) => (f.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${POLICY}">`));
    frames.push(frame);
    const win = frame.contentWindow as StrictWindow;
    expect(() => (win.document.createElement('div').innerHTML = '<b>x</b>')).to.throw(/requires 'TrustedHTML' assignment/);
    expect(() => win.eval('1')).to.throw().with.property('name', 'EvalError');
  });
});
