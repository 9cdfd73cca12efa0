import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { describeMedia, type MediaKind } from '../model/media.js';
import type { NormalizedMedia } from '../model/types.js';
import { fill, type TimelineStrings } from '../strings.js';

/** The media's part of the element's strings. */
export type MediaStrings = Pick<TimelineStrings, 'media' | `media${Capitalize<Exclude<MediaKind, 'image'>>}`>;

/** The words of a link to media of each kind that is not shown inline. */
const LINK_TEXT: Record<Exclude<MediaKind, 'image'>, keyof MediaStrings> = {
  photo: 'mediaPhoto',
  video: 'mediaVideo',
  audio: 'mediaAudio',
  post: 'mediaPost',
  document: 'mediaDocument',
  map: 'mediaMap',
  page: 'mediaPage',
};

/** `href` resolved against the page, if it is then an http(s) URL: what may be loaded or linked. */
export function pageUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The event's media in the panel. An image is shown, loaded lazily, without a referrer, in a box
 * of fixed height (so its arrival moves nothing), with `alt` from the media's alt text, else its
 * caption, else `title` (the event's: an image is never passed over as decoration); a broken image collapses and leaves its caption. Video, audio, posts, documents and
 * pages are a link naming where they are ("Watch the video on YouTube"), with the thumbnail if
 * one is given: never an iframe, never a script of theirs. A URL that is not http(s) is text.
 */
export function renderMedia(media: NormalizedMedia | undefined, strings: MediaStrings, title = ''): unknown {
  if (!media) return nothing;
  const href = pageUrl(media.href);
  const caption =
    media.caption || media.credit
      ? html`<figcaption class="media-about">${media.caption ?? nothing}${media.caption && media.credit ? ' ' : nothing}${media.credit
          ? html`<span class="media-credit">${media.credit}</span>`
          : nothing}</figcaption>`
      : nothing;
  if (!href) return html`<figure class="panel-media"><span class="unsafe-url">${media.url}</span>${caption}</figure>`;
  const { kind, provider } = describeMedia(href);
  if (kind === 'image') return keyed(href, html`<figure class="panel-media">${image(href, media.alt || media.caption || title, 'media-image')}${caption}</figure>`);
  const thumbnail = pageUrl(media.thumbnailHref);
  // Keyed by URL: an image hidden because it broke is not reused for the next event's.
  return keyed(
    href,
    html`<figure class="panel-media">
      <a class="media-link" href=${href} target="_blank" rel="noopener noreferrer"
        >${thumbnail ? image(thumbnail, '', 'media-thumbnail') : nothing}<span>${fill(strings[LINK_TEXT[kind]], { provider })}</span></a
      >${caption}
    </figure>`,
  );
}

function image(src: string, alt: string, className: string): TemplateResult {
  return html`<img class=${className} src=${src} alt=${alt} loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${collapse} />`;
}

/** A broken image takes no room and shows no broken-image icon; what it stood for stays in its caption. */
function collapse(event: Event): void {
  (event.target as HTMLElement).hidden = true;
}

/** The media in the printed list: its caption and credit, and its URL written out (paper cannot follow a link). */
export function renderPrintMedia(media: NormalizedMedia | undefined, strings: Pick<TimelineStrings, 'media'>): TemplateResult | typeof nothing {
  if (!media) return nothing;
  const about = [media.caption, media.credit].filter(Boolean).join(' — ');
  return html`<p class="print-media">${strings.media}: ${about ? `${about} ` : nothing}<span class="print-url">${pageUrl(media.href) ?? media.url}</span></p>`;
}
