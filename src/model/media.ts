import { describe } from './dates.js';
import { excerpt } from './excerpt.js';
import { isBlank, readText, safeHref, type Warn } from './fields.js';
import { readHtml } from './formats/html-text.js';
import type { NormalizedMedia } from './types.js';

/**
 * How the panel shows media: `image` inline; the rest as a link naming where it is — a `photo`
 * page (Flickr, Imgur), a `video`, `audio`, a `post`, a `document`, a `map`, or any other `page`.
 */
export type MediaKind = 'image' | 'photo' | 'video' | 'audio' | 'post' | 'document' | 'map' | 'page';

/** Where media is, by host: the provider's name and what it holds. The first match wins. */
const PROVIDERS: ReadonlyArray<readonly [RegExp, string, MediaKind]> = [
  [/(^|\.)(youtube(-nocookie)?\.com|youtu\.be)$/, 'YouTube', 'video'],
  [/(^|\.)vimeo\.com$/, 'Vimeo', 'video'],
  [/(^|\.)(dailymotion\.com|dai\.ly)$/, 'Dailymotion', 'video'],
  [/(^|\.)tiktok\.com$/, 'TikTok', 'video'],
  [/(^|\.)(wistia\.(com|net)|wi\.st)$/, 'Wistia', 'video'],
  [/(^|\.)soundcloud\.com$/, 'SoundCloud', 'audio'],
  [/(^|\.)spotify\.com$/, 'Spotify', 'audio'],
  [/(^|\.)(twitter|x)\.com$/, 'X (Twitter)', 'post'],
  [/(^|\.)(instagram\.com|instagr\.am)$/, 'Instagram', 'post'],
  [/(^|\.)(facebook\.com|fb\.watch)$/, 'Facebook', 'post'],
  [/(^|\.)bsky\.app$/, 'Bluesky', 'post'],
  [/(^|\.)t\.me$/, 'Telegram', 'post'],
  [/(^|\.)documentcloud\.org$/, 'DocumentCloud', 'document'],
  [/^(docs|drive)\.google\.com$/, 'Google Drive', 'document'],
  [/(^|\.)(flickr\.com|flic\.kr)$/, 'Flickr', 'photo'],
  [/(^|\.)imgur\.com$/, 'Imgur', 'photo'],
  [/(^|\.)wikipedia\.org$/, 'Wikipedia', 'page'],
  [/(^|\.)openstreetmap\.org$/, 'OpenStreetMap', 'map'],
];

/** What a file is, by the extension of its path. */
const EXTENSIONS: ReadonlyArray<readonly [RegExp, MediaKind]> = [
  [/\.(jpe?g|png|gif|webp|avif|svg)$/, 'image'],
  [/\.(mp4|webm|m4v|mov|ogv)$/, 'video'],
  [/\.(mp3|wav|m4a|ogg|oga|opus|flac|aac)$/, 'audio'],
  [/\.pdf$/, 'document'],
];

/** What the panel needs to show media: its kind and where it is ("YouTube", or the host "osce.org"). */
export interface MediaDescription {
  kind: MediaKind;
  provider: string;
}

/**
 * The kind and provider of an absolute URL: an image, video, audio or PDF file by its extension
 * (a picture file is an image wherever it is), else the provider by its host (Google Maps by its
 * path), else a `page` named by its host without `www.`.
 */
export function describeMedia(url: string): MediaDescription {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'page', provider: '' };
  }
  const host = parsed.hostname.replace(/^www\./, '');
  const path = parsed.pathname.toLowerCase();
  const byExtension = EXTENSIONS.find(([pattern]) => pattern.test(path))?.[1];
  if (byExtension === 'image') return { kind: 'image', provider: host };
  const provider = PROVIDERS.find(([pattern]) => pattern.test(host));
  if (provider) return { kind: provider[2], provider: provider[1] };
  if (/(^|\.)google\.[a-z.]+$/.test(host) && path.startsWith('/maps')) return { kind: 'map', provider: 'Google Maps' };
  return { kind: byExtension ?? 'page', provider: host };
}

/**
 * The URL as a page may load or link to it: an absolute http(s) URL, or a reference relative to
 * the page ("images/a.jpg", "/a.pdf", "//host/a.png"), which the browser resolves against the page
 * as TimelineJS does. Anything with another scheme (`javascript:`, `data:`) is not.
 */
export function mediaHref(url: string): string | undefined {
  // What the URL parser ignores before it reads a scheme: tabs and line breaks anywhere, and C0
  // controls and spaces at either end (trimmed by hand: a regex anchored at the end is quadratic).
  const unbroken = url.replace(/[\t\n\r]/g, '');
  let from = 0;
  let to = unbroken.length;
  while (from < to && unbroken.charCodeAt(from) <= 0x20) from++;
  while (to > from && unbroken.charCodeAt(to - 1) <= 0x20) to--;
  const stripped = unbroken.slice(from, to);
  if (!stripped) return undefined;
  return /^[a-z][a-z0-9+.-]*:/i.test(stripped) ? safeHref(url) : stripped;
}

/** The URL embed code (`<iframe src>`, `<blockquote class="twitter-tweet">…`) points at, if any. */
export function embedLink(code: string): string | undefined {
  return readHtml(code).embeds.find((url) => mediaHref(url));
}

const MEDIA_TEXTS = ['caption', 'credit', 'alt'] as const;
const MEDIA_FIELDS = new Set<string>(['url', 'thumbnail', ...MEDIA_TEXTS]);

/**
 * The event's media: `{ url, caption?, credit?, alt?, thumbnail? }`, or a URL alone. Embed code in
 * `url` is never kept as text: it is replaced by the URL it points at, or left out with a warning.
 * A URL that is neither http(s) nor relative to the page stays as text (no `href`), with a warning.
 */
export function readMedia(value: unknown, warn: Warn): NormalizedMedia | undefined {
  if (isBlank(value)) return undefined;
  const raw: Record<string, unknown> | undefined =
    typeof value === 'string' ? { url: value } : typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!raw) {
    warn('media', `media must be { url, caption?, credit?, alt?, thumbnail? } or a URL, got ${describe(value)}; left out`);
    return undefined;
  }
  for (const key of Object.keys(raw)) if (!MEDIA_FIELDS.has(key)) warn(`media.${key}`, `unknown field 'media.${key}' ignored`);
  let url = readText(raw.url, 'media.url', warn)?.trim();
  if (url?.startsWith('<')) {
    url = embedLink(url);
    if (!url) warn('media.url', 'media.url is embed code that links to nothing; left out');
  }
  if (!url) {
    if (raw.url === undefined || isBlank(raw.url)) warn('media', 'media has no url; left out');
    return undefined;
  }
  const media: NormalizedMedia = { url };
  for (const key of MEDIA_TEXTS) {
    const text = readText(raw[key], `media.${key}`, warn)?.trim();
    if (text) media[key] = text;
  }
  const href = mediaHref(url);
  if (href) media.href = href;
  else warn('media.url', `media.url '${excerpt(url, 200)}' is not an http(s) URL; shown as plain text, not loaded or linked`);
  const thumbnail = readText(raw.thumbnail, 'media.thumbnail', warn)?.trim();
  if (thumbnail) {
    media.thumbnail = thumbnail;
    const thumbnailHref = mediaHref(thumbnail);
    if (thumbnailHref) media.thumbnailHref = thumbnailHref;
    else warn('media.thumbnail', `media.thumbnail '${excerpt(thumbnail, 200)}' is not an http(s) URL; not shown`);
  }
  return media;
}
