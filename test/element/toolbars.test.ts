import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { FIVE_EVENTS } from '../helpers/events.js';
import { settle, shadow } from '../helpers/timeline.js';

/** A page with a button before the timeline, to Tab from, and the timeline with five events. */
async function page(attributes = ''): Promise<{ before: HTMLButtonElement; el: SanctionsTimeline }> {
  const host = await fixture<HTMLDivElement>(
    html`<div dir=${attributes === 'rtl' ? 'rtl' : 'ltr'}><button id="before">Before</button><sanctions-timeline style="width: 800px" locale="en-US" .events=${FIVE_EVENTS}></sanctions-timeline></div>`,
  );
  const el = host.querySelector<SanctionsTimeline>('sanctions-timeline')!;
  await settle(el);
  return { before: host.querySelector('#before')!, el };
}

/** What has focus: an element in the timeline's shadow root, or in the page. */
const focused = (el: SanctionsTimeline) => shadow(el).activeElement ?? document.activeElement;
/** How a focused item is told apart: an event by its id, else its accessible label or text. */
const named = (node: Element | null) =>
  node instanceof HTMLInputElement ? `${node.type} box` : ((node as HTMLElement | null)?.dataset?.id ?? node?.getAttribute('aria-label') ?? node?.textContent?.replace(/\s+/g, ' ').trim());

describe('<sanctions-timeline> keyboard reach: toolbars', () => {
  it('reaches the first event in six Tab presses: search, categories, downloads, zoom, brush, events', async () => {
    const { before, el } = await page();
    before.focus();
    const stops: Array<string | undefined> = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(named(focused(el)));
    }
    expect(stops.slice(0, 5)).to.deep.equal(['search box', 'report 2', 'Download JSON', 'Zoom in', 'Visible period']);
    expect(focused(el)!.matches('[part~="event"]')).to.equal(true);
    expect((focused(el) as HTMLElement).dataset.id).to.equal('purge-2017');
  });

  it('names each toolbar and gives it one tab stop', async () => {
    const { el } = await page();
    const toolbars = [...shadow(el).querySelectorAll('[role="toolbar"]')];
    expect(toolbars.map((toolbar) => toolbar.getAttribute('aria-label'))).to.deep.equal(['Categories', 'Download', 'Zoom']);
    for (const toolbar of toolbars) expect([...toolbar.querySelectorAll('button')].filter((button) => button.tabIndex === 0)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('moves along a toolbar with the arrows, Home and End; Tab leaves it and comes back where the reader was', async () => {
    const { el } = await page();
    const toggles = [...shadow(el).querySelectorAll<HTMLButtonElement>('.legend-toggle')];
    toggles[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(toggles[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(toggles[toggles.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(toggles[0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(named(focused(el))).to.equal('Download JSON');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal(toggles[1]);
    // The arrows moved focus in the toolbar: they did not pan the timeline.
    expect(el.start).to.equal('');
  });

  it('mirrors the arrows right to left: → goes to the button on the right, which comes before', async () => {
    const { el } = await page('rtl');
    const [json, csv] = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="export"] button')];
    json!.focus();
    expect(csv!.getBoundingClientRect().left).to.be.below(json!.getBoundingClientRect().left);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal(csv);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(json);
  });

  it('keeps zoom buttons that cannot act focusable, says so, and does nothing when they are pressed', async () => {
    const { el } = await page();
    const [, zoomOut] = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="controls"] button')];
    expect(zoomOut!.getAttribute('aria-disabled')).to.equal('true');
    zoomOut!.focus();
    expect(focused(el)).to.equal(zoomOut);
    zoomOut!.click();
    await settle(el);
    expect(el.start).to.equal('');
  });
});

describe('<sanctions-timeline> heading-level', () => {
  it('starts the open event at a level-2 heading by default: axe passes on a page whose only heading is an h1', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><h1>Chronology</h1><sanctions-timeline style="width: 800px" .events=${FIVE_EVENTS}></sanctions-timeline></div>`);
    const el = host.querySelector<SanctionsTimeline>('sanctions-timeline')!;
    el.select('report');
    await settle(el);
    const title = shadow(el).querySelector('#panel-title')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('2');
    await expect(host).to.be.accessible();
  });

  it('heading-level="4" puts the title at level 4 and the sources heading at 5', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><h1>A</h1><h2>B</h2><h3>C</h3><sanctions-timeline style="width: 800px" heading-level="4" .events=${[{ id: 'a', start: '2018', title: 'A', sources: [{ url: 'https://example.org/' }] }]}></sanctions-timeline></div>`,
    );
    const el = host.querySelector<SanctionsTimeline>('sanctions-timeline')!;
    el.select('a');
    await settle(el);
    expect(shadow(el).querySelector('#panel-title')!.getAttribute('aria-level')).to.equal('4');
    expect(shadow(el).querySelector('.panel-term[role="heading"]')!.getAttribute('aria-level')).to.equal('5');
    await expect(host).to.be.accessible();
  });
});
