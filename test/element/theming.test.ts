import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { parts, settle, shadow, timelineWith } from '../helpers/timeline.js';

const EVENTS = [
  { id: 'purge', start: '2017-02', end: '2017-04', title: 'Anti-gay purge', category: 'persecution' },
  { id: 'magnitsky', start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction' },
  { id: 'new-purge', start: '2018-12', title: 'New wave of detentions', category: 'persecution' },
  { id: 'report', start: '2018-12-20', title: 'Moscow Mechanism report', category: 'report' },
  { id: 'designation', start: '2020-07-20', title: 'Section 7031(c) designation', category: 'sanction' },
];

/** The parts named in the public contract (docs/API.md), each with the state that shows it. */
const CONTRACT_PARTS = ['axis', 'event', 'label', 'range', 'panel', 'legend', 'controls', 'export', 'overview', 'brush'];

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

interface ManifestProperty {
  name: string;
  default?: string;
}

/** The element's documented custom properties, as published in custom-elements.json. */
async function documentedProperties(): Promise<ManifestProperty[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === 'sanctions-timeline') return declaration.cssProperties;
    }
  }
  throw new Error('custom-elements.json declares no <sanctions-timeline>');
}

/** A page stylesheet, removed after the test. */
function pageStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

const markOf = (el: SanctionsTimeline, id: string) =>
  shadow(el).querySelector<HTMLElement>(`button[data-id="${id}"] .mark`)!;

describe('<sanctions-timeline> theming', () => {
  let cleanup: (() => void)[] = [];
  afterEach(async () => {
    cleanup.forEach((undo) => undo());
    cleanup = [];
    await emulateMedia({ colorScheme: 'light' });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('declares on :host every custom property the manifest documents', async () => {
    const el = await timelineWith(EVENTS);
    const properties = await documentedProperties();
    expect(properties.length).to.be.greaterThan(20);
    const host = getComputedStyle(el);
    for (const { name } of properties) {
      if (name.endsWith('<key>')) continue; // the per-category family is read, not declared
      expect(host.getPropertyValue(name).trim(), name).to.not.equal('');
    }
  });

  it('takes fonts, sizes and colours from the page through the custom properties', async () => {
    const el = await timelineWith(EVENTS);
    el.style.setProperty('--sanctions-timeline-font-family', 'serif');
    el.style.setProperty('--sanctions-timeline-font-size', '17px');
    el.style.setProperty('--sanctions-timeline-color', 'rgb(10, 20, 30)');
    el.style.setProperty('--sanctions-timeline-background', 'rgb(250, 240, 230)');
    el.style.setProperty('--sanctions-timeline-radius', '0px');
    el.style.setProperty('--sanctions-timeline-category-sanction', 'rgb(1, 2, 3)');
    await settle(el);
    const label = parts(el, 'label')[0]!;
    expect(getComputedStyle(label).fontFamily).to.equal('serif');
    expect(getComputedStyle(label).fontSize).to.equal('17px');
    expect(getComputedStyle(label).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(getComputedStyle(parts(el, 'controls')[0]!.querySelector('button')!).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(markOf(el, 'magnitsky')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(markOf(el, 'report')).backgroundColor).to.not.equal('rgb(1, 2, 3)');
  });

  it('renders each part of the contract, and a page stylesheet reaches each with ::part()', async () => {
    const el = await timelineWith(EVENTS);
    el.classList.add('themed');
    el.select('magnitsky');
    await settle(el);
    // One distinct colour per part, set from outside the shadow root.
    const colourOf = (index: number) => `rgb(${index + 1}, 100, 200)`;
    const style = pageStyle(CONTRACT_PARTS.map((part, index) => `sanctions-timeline.themed::part(${part}) { color: ${colourOf(index)}; }`).join('\n'));
    cleanup.push(() => style.remove());
    CONTRACT_PARTS.forEach((part, index) => {
      const nodes = parts(el, part);
      expect(nodes.length, `[part~=${part}]`).to.be.greaterThan(0);
      expect(getComputedStyle(nodes[0]!).color, `::part(${part})`).to.equal(colourOf(index));
    });
    await expect(el).to.be.accessible();
  });

  it('draws a cluster part where many events collide, styleable with ::part(cluster)', async () => {
    const crowd = Array.from({ length: 30 }, (_, index) => ({ id: `same-${index}`, start: '2019-06-21', title: `Event ${index}` }));
    const el = await timelineWith([...crowd, { start: '2017-01-01', title: 'Start' }, { start: '2021-01-01', title: 'End' }], 360);
    el.layout = 'horizontal';
    await settle(el);
    const style = pageStyle('sanctions-timeline::part(cluster) { color: rgb(9, 8, 7); }');
    cleanup.push(() => style.remove());
    const clusters = parts(el, 'cluster');
    expect(clusters.length).to.be.greaterThan(0);
    expect(getComputedStyle(clusters[0]!).color).to.equal('rgb(9, 8, 7)');
    await expect(el).to.be.accessible();
  });

  it("follows the reader's colour scheme, and the page pins one with color-scheme on the element", async () => {
    const el = await timelineWith(EVENTS);
    const colours = () => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor];
    const LIGHT = ['rgb(31, 35, 40)', 'rgb(255, 255, 255)'];
    const DARK = ['rgb(230, 237, 243)', 'rgb(13, 17, 23)'];
    expect(colours()).to.deep.equal(LIGHT);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours()).to.deep.equal(DARK);
    el.style.colorScheme = 'light';
    expect(colours()).to.deep.equal(LIGHT);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    el.style.colorScheme = 'dark';
    expect(colours()).to.deep.equal(DARK);
    await expect(el).to.be.accessible();
  });

  it('keeps marks, the selection, focus and buttons visible in forced-colors mode', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await fixture<SanctionsTimeline>(
      html`<sanctions-timeline style="width: 800px" locale="en-US" .events=${EVENTS}></sanctions-timeline>`,
    );
    await settle(el);
    el.select('magnitsky');
    await settle(el);
    const text = getComputedStyle(el).color;
    const canvas = getComputedStyle(el).backgroundColor;
    expect(text).to.not.equal(canvas);
    // Every mark is drawn in the text colour: categories lose their colours, not their marks.
    for (const id of ['magnitsky', 'report', 'designation']) {
      expect(getComputedStyle(markOf(el, id)).backgroundColor, id).to.equal(text);
    }
    const band = getComputedStyle(markOf(el, 'new-purge'));
    expect(band.borderTopColor).to.equal(text);
    expect(band.borderTopStyle).to.equal('dashed');
    // The selection ring (a box-shadow, dropped in forced colours) becomes an outline.
    const selected = getComputedStyle(markOf(el, 'magnitsky'));
    expect(selected.outlineStyle).to.equal('solid');
    expect(selected.outlineColor).to.not.be.oneOf([TRANSPARENT, canvas]);
    // Buttons keep a visible border.
    const zoomIn = parts(el, 'controls')[0]!.querySelector('button')!;
    expect(getComputedStyle(zoomIn).borderTopColor).to.not.be.oneOf([TRANSPARENT, canvas]);
    // A focused event shows its ring.
    el.select(null);
    await settle(el);
    const first = parts(el, 'event').find((button) => button.tabIndex === 0)!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const focused = shadow(el).activeElement as HTMLElement;
    expect(focused.matches('button[data-id]:focus-visible')).to.equal(true);
    const ring = getComputedStyle(focused);
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineColor).to.not.be.oneOf([TRANSPARENT, canvas]);
    await expect(el).to.be.accessible();
  });
});
