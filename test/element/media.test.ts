import { expect, waitUntil } from '@open-wc/testing';
import type { SanctionsTimeline } from '../../src/sanctions-timeline.js';
import { settle, shadow, timelineWith } from '../helpers/timeline.js';

const IMAGE = '/test/fixtures/media/court.png';

const EVENTS = [
  {
    id: 'trial',
    start: '2018-07-18',
    title: "Titiev's trial opens at the Shali City Court",
    summary: 'The first hearing.\n\nThe defence asked for the case to be dropped.',
    media: { url: IMAGE, caption: 'The court building', credit: 'Illustration: the project', alt: 'A building with five columns' },
  },
  { id: 'captioned', start: '2018-08-01', title: 'Captioned only', media: { url: IMAGE, caption: 'Caption as alt' } },
  {
    id: 'video',
    start: '2019-01-14',
    title: 'The Russian LGBT Network speaks',
    media: { url: 'https://www.youtube.com/watch?v=abc123XYZ_0', caption: 'Interview, January 2019', thumbnail: IMAGE },
  },
  { id: 'embed', start: '2019-02-01', title: 'An embedded player', media: { url: '<iframe src="https://player.vimeo.com/video/1" allowfullscreen></iframe>' } },
  { id: 'tweet', start: '2020-07-20', title: 'A post', media: 'https://x.com/example/status/1' },
  { id: 'unsafe', start: '2020-08-01', title: 'A javascript: media URL', media: { url: 'javascript:alert(1)', caption: 'Not loaded' } },
  { id: 'broken', start: '2021-01-01', title: 'A picture that is not there', media: { url: '/test/fixtures/media/missing.png', caption: 'Missing picture', credit: 'Nobody' } },
  { id: 'pdf', start: '2021-02-01', title: 'A report', media: { url: 'https://example.org/osce/report.pdf', credit: 'OSCE' } },
];

const panel = (el: SanctionsTimeline) => shadow(el).querySelector<HTMLElement>('[part="panel"]')!;

async function open(el: SanctionsTimeline, id: string): Promise<HTMLElement> {
  el.select(id);
  await settle(el);
  return panel(el);
}

describe('<sanctions-timeline> media in the panel', () => {
  it('shows an image lazily, without a referrer, with alt text, caption and credit', async () => {
    const el = await timelineWith(EVENTS, 900);
    const img = (await open(el, 'trial')).querySelector<HTMLImageElement>('figure img')!;
    expect(img.src).to.equal(new URL(IMAGE, document.baseURI).href);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.alt).to.equal('A building with five columns');
    const caption = panel(el).querySelector('figcaption')!;
    expect(caption.textContent!.replace(/\s+/g, ' ').trim()).to.equal('The court building Illustration: the project');
    expect(caption.querySelector('.media-credit')!.textContent).to.equal('Illustration: the project');
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image loads');
    expect(img.naturalWidth).to.equal(480);
    // The summary keeps its two paragraphs.
    expect([...panel(el).querySelectorAll('.panel-summary p')].map((p) => p.textContent)).to.deep.equal(['The first hearing.', 'The defence asked for the case to be dropped.']);
    await expect(el).to.be.accessible();
  });

  it('takes the caption as alt text when the media has none', async () => {
    const el = await timelineWith(EVENTS, 900);
    expect((await open(el, 'captioned')).querySelector('img')!.alt).to.equal('Caption as alt');
  });

  it('keeps the image\'s box while it loads, and a broken image collapses without moving the plot or the events', async () => {
    const el = await timelineWith(EVENTS, 900);
    const plotBefore = shadow(el).querySelector('.plot')!.getBoundingClientRect();
    const eventsBefore = [...shadow(el).querySelectorAll('[part~="event"]')].map((b) => b.getBoundingClientRect().toJSON() as DOMRect);
    const figure = (await open(el, 'broken')).querySelector('figure')!;
    const img = figure.querySelector('img')!;
    await waitUntil(() => img.hidden, 'the broken image is hidden');
    expect(img.getBoundingClientRect().height).to.equal(0);
    expect(figure.querySelector('figcaption')!.textContent).to.contain('Missing picture');
    expect(shadow(el).querySelector('.plot')!.getBoundingClientRect().toJSON()).to.deep.equal(plotBefore.toJSON());
    expect([...shadow(el).querySelectorAll('[part~="event"]')].map((b) => b.getBoundingClientRect().toJSON() as DOMRect)).to.deep.equal(eventsBefore);

    // The next event's image is a new element: it is not hidden because the last one broke.
    const next = (await open(el, 'trial')).querySelector('img')!;
    expect(next.hidden).to.equal(false);
    expect(next.getBoundingClientRect().height).to.be.above(100);
    await expect(el).to.be.accessible();
  });

  it('links a video as "Watch the video on YouTube", with its thumbnail, in a new tab, and never embeds it', async () => {
    const el = await timelineWith(EVENTS, 900);
    const link = (await open(el, 'video')).querySelector<HTMLAnchorElement>('a.media-link')!;
    expect(link.href).to.equal('https://www.youtube.com/watch?v=abc123XYZ_0');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent!.trim()).to.equal('Watch the video on YouTube');
    const thumbnail = link.querySelector('img')!;
    expect(thumbnail.src).to.equal(new URL(IMAGE, document.baseURI).href);
    expect(thumbnail.alt).to.equal('');
    expect(thumbnail.getAttribute('loading')).to.equal('lazy');
    expect(panel(el).querySelector('figcaption')!.textContent).to.contain('Interview, January 2019');
    await expect(el).to.be.accessible();
  });

  it('turns embed code into a link to what it plays, names posts and documents, and has no iframe or script anywhere', async () => {
    const el = await timelineWith(EVENTS, 900);
    const words = async (id: string) => (await open(el, id)).querySelector('.media-link')?.textContent!.trim();
    expect(await words('embed')).to.equal('Watch the video on Vimeo');
    expect(panel(el).querySelector<HTMLAnchorElement>('.media-link')!.href).to.equal('https://player.vimeo.com/video/1');
    expect(panel(el).textContent).not.to.contain('<iframe');
    expect(await words('tweet')).to.equal('See the post on X (Twitter)');
    expect(await words('pdf')).to.equal('Read the document on example.org');
    expect(shadow(el).querySelectorAll('iframe, script, object, embed')).to.have.length(0);
    expect(document.querySelectorAll('iframe')).to.have.length(0);
  });

  it('shows a media URL that is not http(s) as text: no image, no link', async () => {
    const el = await timelineWith(EVENTS, 900);
    const figure = (await open(el, 'unsafe')).querySelector('figure')!;
    expect(figure.querySelectorAll('img, a')).to.have.length(0);
    expect(figure.querySelector('.unsafe-url')!.textContent).to.equal('javascript:alert(1)');
    expect(el.problems.map((p) => p.field)).to.include('media.url');
  });

  it('lists the media with its URL written out when printing', async () => {
    const el = await timelineWith(EVENTS, 900);
    window.dispatchEvent(new Event('beforeprint'));
    const line = shadow(el).querySelector('.print-event[data-id="trial"] .print-media')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Media: The court building — Illustration: the project ${new URL(IMAGE, document.baseURI).href}`);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
