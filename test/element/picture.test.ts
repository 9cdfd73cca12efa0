import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { parts, settle, shadow, timelineWith } from '../helpers/timeline.js';

const EVENTS = [
  { id: 'purge', start: '2017-02', end: '2017-04', title: 'Anti-gay purge in Chechnya', category: 'persecution' },
  { id: 'magnitsky', start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction' },
  { id: 'new-purge', start: '2018-12', title: 'New wave of detentions', category: 'persecution' },
  { id: 'designation', start: '2020-07-20', title: 'Section 7031(c) designation', category: 'sanction' },
];

const HOSTILE = [
  '<script>window.__svgPwned = 1</script>',
  '"/><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject><text x="',
  "' onload='window.__svgPwned = 2",
  ']]><!-- &amp; &lt;b&gt; \u0001\u0008 bell',
];

/** The SVG parsed as a document; a parser error fails the test. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses').to.equal(null);
  expect(doc.documentElement.localName).to.equal('svg');
  expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  return doc;
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((text) => text.textContent!);

describe('<sanctions-timeline> toSVG()', () => {
  it('returns a standalone SVG of the view: title, window and count, legend, axis, every title in view, and a credit line', async () => {
    const el = await timelineWith(JSON.stringify({ title: 'Kadyrov: sanctions', events: EVENTS }), 900);
    const doc = parse(el.toSVG());
    const svg = doc.documentElement;
    expect(svg.getAttribute('width')).to.equal('932');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(doc.querySelector('title')!.textContent).to.equal('Kadyrov: sanctions');
    const words = texts(doc);
    expect(words[0]).to.equal('Kadyrov: sanctions');
    expect(words[1]).to.match(/^\d{4} – \d{4} · 4 events$/);
    expect(words).to.include.members(['persecution', 'sanction', '2018', '2020']);
    for (const label of parts(el, 'label')) expect(words, label.textContent!).to.include(label.textContent);
    expect(words.find((text) => text.startsWith('Data: '))).to.equal(`Data: ${location.origin}${location.pathname}`);
    // Three kinds of mark, as on screen: a dot, a month band (hatched), a bar.
    expect(doc.querySelectorAll('circle')).to.have.length(2);
    expect(doc.querySelectorAll('rect[fill^="url(#st"][fill*="-hatch-"]')).to.have.length(1);
    expect(doc.querySelector('clipPath[id$="-plot"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws only what is in the window, with the filters: a category switched off is left out, and the count says so', async () => {
    const el = await timelineWith(EVENTS, 900);
    shadow(el).querySelector<HTMLButtonElement>('.legend-toggle[data-key="persecution"]')!.click();
    el.zoomTo('2017-06-01', '2019-01-01');
    await settle(el);
    const words = texts(parse(el.toSVG()));
    expect(words).to.include('Magnitsky Act designation');
    expect(words).not.to.include('Section 7031(c) designation');
    expect(words).not.to.include('New wave of detentions');
    expect(words.some((text) => text.endsWith('Showing 2 of 4 events'))).to.equal(true);
  });

  it('resolves the theme: no var() or light-dark() in the file, and a category colour set by the page is used', async () => {
    const el = await timelineWith(EVENTS, 900);
    el.style.setProperty('--sanctions-timeline-category-sanction', 'rgb(1, 2, 3)');
    el.style.setProperty('--sanctions-timeline-background', 'rgb(250, 240, 230)');
    await settle(el);
    const svg = el.toSVG();
    expect(svg).not.to.match(/var\(|light-dark/);
    const doc = parse(svg);
    expect(doc.querySelector('circle')!.getAttribute('fill')).to.equal('rgb(1, 2, 3)');
    expect(doc.querySelector('svg > rect')!.getAttribute('fill')).to.equal('rgb(250, 240, 230)');
  });

  it('keeps hostile titles as text: no script, no foreignObject, no handler, and each title reads back as written', async () => {
    const el = await timelineWith(
      JSON.stringify({
        title: HOSTILE[0],
        events: HOSTILE.map((title, i) => ({ start: `${2001 + 4 * i}`, title, category: `<b onmouseover=alert(${i})>` })),
      }),
      1200,
    );
    const doc = parse(el.toSVG());
    expect(doc.querySelectorAll('script, foreignObject, iframe, a, image, use')).to.have.length(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.name)).filter((name) => name.startsWith('on'));
    expect(handlers).to.deep.equal([]);
    expect(doc.querySelector('title')!.textContent).to.equal(HOSTILE[0]);
    // Each title is there as text, whole or cut with an ellipsis to its label's width; control characters XML forbids are dropped.
    const words = texts(doc);
    for (const title of [...HOSTILE.slice(0, 3), ']]><!-- &amp; &lt;b&gt;  bell']) {
      expect(words.some((text) => text === title || (text.endsWith('…') && title.startsWith(text.slice(0, -1)))), title).to.equal(true);
    }
    expect((window as { __svgPwned?: number }).__svgPwned).to.equal(undefined);
  });

  it('counts crowded events as "+N" clusters in the picture, as the plot does', async () => {
    const crowd = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, start: '2020-07-20', title: `Designation number ${i}` }));
    const el = await timelineWith([...crowd, { start: '2020-01-01', title: 'Early' }], 700);
    const clusters = parts(el, 'cluster').map((button) => button.querySelector('.cluster-count')!.textContent);
    expect(clusters.length).to.be.above(0);
    expect(texts(parse(el.toSVG()))).to.include.members(clusters);
  });

  it('in the narrow layout still draws the window as a timeline, 960 px wide', async () => {
    const el = await timelineWith(EVENTS, 400);
    expect(el.shadowRoot!.querySelector('.cards')).to.not.equal(null);
    const doc = parse(el.toSVG());
    expect(doc.documentElement.getAttribute('width')).to.equal('992');
    expect(texts(doc)).to.include.members(EVENTS.map((event) => event.title));
  });

  it('right to left, runs time from the right, as the element does', async () => {
    const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline dir="rtl" style="width: 900px" locale="en-US" .events=${EVENTS}></sanctions-timeline>`);
    await settle(el);
    const doc = parse(el.toSVG());
    const x = (title: string) => Number([...doc.querySelectorAll('text')].find((text) => text.textContent === title)!.getAttribute('x'));
    expect(x('Magnitsky Act designation')).to.be.above(x('Section 7031(c) designation'));
    expect(doc.querySelector('text')!.getAttribute('text-anchor')).to.equal('end');
  });

  it('credits the data by the URL of its src', async () => {
    const el = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: 800px" locale="en-US" src="/test/fixtures/events.json"></sanctions-timeline>`);
    await waitUntil(() => el.normalizedEvents.length > 0, 'the file loads');
    await settle(el);
    expect(texts(parse(el.toSVG())).find((text) => text.startsWith('Data: '))).to.equal(`Data: ${new URL('/test/fixtures/events.json', document.baseURI).href}`);
  });
});

describe('<sanctions-timeline> "Download image"', () => {
  /** Catches what the next download saves. */
  function catchDownload(): Promise<{ name: string; blob: Blob }> {
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    return new Promise((resolve) => {
      let blob: Blob;
      URL.createObjectURL = (object: Blob) => ((blob = object), createObjectURL(object));
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
        resolve({ name: this.download, blob });
      };
    });
  }

  it('is a disclosure offering SVG and PNG; SVG saves what toSVG() returns', async () => {
    const el = await timelineWith(EVENTS, 900);
    const menu = shadow(el).querySelector<HTMLDetailsElement>('[part="export"] details')!;
    expect(menu.querySelector('summary')!.textContent!.trim()).to.equal('Download image');
    menu.querySelector('summary')!.click();
    expect(menu.open).to.equal(true);
    await expect(el).to.be.accessible();
    const saved = catchDownload();
    menu.querySelector<HTMLButtonElement>('[data-image="svg"]')!.click();
    const { name, blob } = await saved;
    expect(name).to.equal('timeline.svg');
    expect(blob.type).to.equal('image/svg+xml;charset=utf-8');
    expect(await blob.text()).to.equal(el.toSVG());
    expect(menu.open, 'the choice closes').to.equal(false);
  });

  it('PNG saves the picture at twice its pixels, painted with the theme', async () => {
    const el = await timelineWith(EVENTS, 900);
    const svg = parse(el.toSVG()).documentElement;
    const saved = catchDownload();
    shadow(el).querySelector<HTMLButtonElement>('[data-image="png"]')!.click();
    const { name, blob } = await saved;
    expect(name).to.equal('timeline.png');
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([2 * Number(svg.getAttribute('width')), 2 * Number(svg.getAttribute('height'))]);
    // The corner is the background, opaque: the theme's colour, not transparency.
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    expect(context.getImageData(0, 0, 1, 1).data[3]).to.equal(255);
  });

  it('Escape closes the choice and puts focus on its summary', async () => {
    const el = await timelineWith(EVENTS, 900);
    const menu = shadow(el).querySelector<HTMLDetailsElement>('[part="export"] details')!;
    menu.open = true;
    menu.querySelector<HTMLButtonElement>('[data-image="svg"]')!.focus();
    menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(menu.open).to.equal(false);
    expect(shadow(el).activeElement).to.equal(menu.querySelector('summary'));
    await expect(el).to.be.accessible();
  });
});
