import { expect, fixture, html } from '@open-wc/testing';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { parts, settle, shadow, timelineWith } from '../helpers/timeline.js';

declare global {
  interface Window {
    xss?: number;
  }
}

/** Classic payloads: each would set window.xss if it were ever parsed as HTML or followed as a link. */
const PAYLOADS = [
  '<img src=x onerror="window.xss=1">',
  '<script>window.xss=2</script>',
  '"><svg onload="window.xss=3">',
  "'><iframe srcdoc=\"<script>parent.xss=4</script>\">",
  '<a href="javascript:window.xss=5">click</a>',
];
const BAD_URLS = ['javascript:window.xss=6', 'JaVaScRiPt:window.xss=7', 'data:text/html,<script>window.xss=8</script>', 'vbscript:msgbox(1)', '//evil.example/x'];

function poisonedEvents() {
  return PAYLOADS.map((payload, i) => ({
    id: `${payload}-${i}`,
    start: `2018-12-${String(i + 10)}`,
    title: payload,
    summary: payload,
    category: payload,
    actors: [payload],
    tags: [payload],
    quote: { text: payload, by: payload },
    sources: [
      { url: BAD_URLS[i]!, title: payload, publisher: payload, date: payload },
      { url: `https://example.org/${encodeURIComponent(payload)}`, title: payload },
    ],
  }));
}

async function openEvery(el: SanctionsTimeline): Promise<void> {
  for (const event of el.normalizedEvents) {
    el.select(event.id);
    await settle(el);
  }
}

function assertNothingRan(el: SanctionsTimeline) {
  expect(window.xss).to.equal(undefined);
  // The overview's own SVG is the only one, and holds only its bars' paths.
  expect(shadow(el).querySelectorAll('img, script, svg:not(.overview-bars), iframe').length).to.equal(0);
  for (const bars of shadow(el).querySelectorAll('svg.overview-bars')) {
    expect([...bars.querySelectorAll('*')].map((node) => node.localName).filter((name) => name !== 'path')).to.deep.equal([]);
  }
  for (const link of shadow(el).querySelectorAll('a')) expect(new URL(link.href).protocol).to.equal('https:');
}

describe('<sanctions-timeline> safety', () => {
  afterEach(() => delete window.xss);

  it('renders HTML in every text field as literal text and runs no script (property input)', async () => {
    const el = await timelineWith(poisonedEvents());
    el.categories = { [PAYLOADS[0]!]: { label: PAYLOADS[1]!, color: 'red;background:url(javascript:window.xss=9)' } };
    await openEvery(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(parts(el, 'label').map((label) => label.textContent)).to.deep.equal(PAYLOADS);
    expect(shadow(el).querySelector('[part="panel"] .panel-summary')!.textContent).to.equal(PAYLOADS.at(-1));
    assertNothingRan(el);
  });

  it('links only http(s) URLs and reports every other URL as a problem', async () => {
    const el = await timelineWith(poisonedEvents());
    await openEvery(el);
    const unsafe = el.problems.filter((problem) => problem.field?.endsWith('.url'));
    expect(unsafe).to.have.length(BAD_URLS.length);
    expect(unsafe.every((problem) => problem.severity === 'warning' && /is not an http\(s\) URL/.test(problem.message))).to.equal(true);
    expect(parts(el, 'event')).to.have.length(PAYLOADS.length);
    assertNothingRan(el);
  });

  it('keeps payloads inert through the JSON attribute and through markup inside the tag', async () => {
    const fromAttribute = await fixture<SanctionsTimeline>(
      html`<sanctions-timeline style="width: 700px" events=${JSON.stringify(poisonedEvents())}></sanctions-timeline>`,
    );
    await settle(fromAttribute);
    await openEvery(fromAttribute);
    assertNothingRan(fromAttribute);

    const fromMarkup = await fixture<SanctionsTimeline>(html`<sanctions-timeline style="width: 700px">
      <ol>
        <li><time datetime="2018-12-13">13 Dec</time> <strong>&lt;img src=x onerror="window.xss=10"&gt;</strong>
          <a href="javascript:window.xss=11">bad link</a></li>
      </ol>
    </sanctions-timeline>`);
    await settle(fromMarkup);
    await openEvery(fromMarkup);
    expect(parts(fromMarkup, 'label')[0]!.textContent).to.equal('<img src=x onerror="window.xss=10">');
    assertNothingRan(fromMarkup);
  });
});
