import { parseDate } from '../dates.js';
import { quoted } from '../excerpt.js';
import type { Problem } from '../types.js';
import { readHtml, type HtmlText } from './html-text.js';
import { plainText } from './plain-text.js';

/** A TimelineJS3 date: `{ year, month?, day?, hour?, minute?, second?, millisecond?, display_date? }`, numbers or numeric text. */
type TimelineJsDate = Record<string, unknown>;

interface TimelineJsMedia {
  url?: unknown;
  caption?: unknown;
  credit?: unknown;
  alt?: unknown;
  title?: unknown;
  thumbnail?: unknown;
  link?: unknown;
}

interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: unknown;
  text?: { headline?: unknown; text?: unknown };
  group?: unknown;
  unique_id?: unknown;
  media?: TimelineJsMedia;
  autolink?: unknown;
}

/** What a TimelineJS file becomes: raw event items for `normalize()`, and what reading them changed. */
export interface TimelineJsReading {
  items: unknown[];
  title?: string;
  description?: string;
  /** Warnings about slides drawn with something made up for them or left out (index into `items`). */
  problems: Problem[];
}

/**
 * True for TimelineJS3 JSON: a `title` slide with `text`, or more slides with `start_date` objects
 * than items with our `start`. Judged on the file as a whole: one odd item does not switch a
 * file of ours to this reader, it is that item's problem.
 */
export function isTimelineJs(input: object): boolean {
  const raw = input as { events?: unknown; eras?: unknown; title?: unknown };
  if (isObject(raw.title) && isObject(raw.title.text)) return true;
  let balance = 0;
  for (const slide of [...asArray(raw.events), ...asArray(raw.eras)]) {
    if (isObject(slide)) balance += isObject(slide.start_date) ? 1 : slide.start !== undefined ? -1 : 0;
  }
  return balance > 0;
}

/**
 * True for a CSV file made from TimelineJS's spreadsheet template: its header row names a
 * `Headline` column and the template's dates (`Year`, or the older sheet's `Start Date`).
 */
export function isTimelineJsSheet(csv: string): boolean {
  // The header is the first line; only its start is looked at, however long the file.
  const header = csv.slice(0, 4096).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.split(',').map((name) => name.replace(/"/g, '').trim().toLowerCase());
  return header.includes('headline') && (header.includes('year') || header.includes('start date'));
}

/** True for TimelineJS 2 JSON: `{ "timeline": { "date": [...] } }` (or a timeline with only its title slide). */
export function isTimelineJs2(input: object): boolean {
  const timeline = (input as { timeline?: unknown }).timeline;
  return isObject(timeline) && (Array.isArray(timeline.date) || 'headline' in timeline);
}

/**
 * Converts TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html) into our event
 * items: slides become events and eras ranges with the category `era`. The headline is the title
 * (a slide without one gets the start of its text, with a warning); the HTML text is the summary,
 * with its paragraphs, and its links are sources; `media` is the event's media (embed code becomes
 * the URL it points at, a bare `<blockquote>` a quotation); `group` is the lane (`group`: TimelineJS draws its groups as rows too), `unique_id`
 * the id, `display_date` the date as shown.
 */
export function fromTimelineJs(input: object): TimelineJsReading {
  const raw = input as { events?: unknown; eras?: unknown; title?: TimelineJsSlide };
  const problems: Problem[] = [];
  const slides = [...asArray(raw.events), ...asArray(raw.eras).map((era) => (isObject(era) ? { ...era, era: true } : era))];
  const items = slides.map((slide, index) => {
    // An Error is a slide a reader could not read (a spreadsheet line whose quote never closes): normalize reports it.
    if (!isObject(slide) || slide instanceof Error) return slide;
    const warn = (field: string, message: string) => problems.push({ index, field, message, severity: 'warning' });
    return fromSlide(slide as TimelineJsSlide & { era?: true }, warn);
  });
  const title = plainText(raw.title?.text?.headline);
  const description = isObject(raw.title?.text) ? readHtml(text(raw.title.text.text)).text : '';
  return { items, problems, ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

function fromSlide(slide: TimelineJsSlide & { era?: true }, warn: (field: string, message: string) => void): Record<string, unknown> {
  const body = readHtml(text(slide.text?.text));
  const item: Record<string, unknown> = { start: isoDate(slide.start_date) };
  const end = isoDate(slide.end_date);
  // An end that is no date ("196002152034", a typo) is dropped, as TimelineJS shows the slide at its start.
  if (end !== undefined && typeof item.start === 'string' && !('error' in parseDate(item.start)) && 'error' in parseDate(end)) {
    warn('end', `end_date ${quoted(end)} is not a date; left out, the slide is shown at its start`);
  } else if (end !== undefined) item.end = end;
  const shown = plainText(slide.display_date) || displayDates(slide);
  if (shown) item.displayDate = shown;
  if (body.text) item.summary = body.text;
  if (slide.era) item.category = 'era';
  // An era spans the whole drawing, as in TimelineJS: it belongs to no row.
  else if (typeof slide.group === 'string' && slide.group.trim()) item.group = slide.group.trim();
  if (typeof slide.unique_id === 'string' && slide.unique_id) item.id = slide.unique_id;
  const sources = linksOf(body, slide.autolink !== false);
  if (isObject(slide.media)) readSlideMedia(slide.media, item, sources, warn);
  if (sources.length) item.sources = sources;
  item.title = plainText(slide.text?.headline) || madeTitle(item, warn);
  return item;
}

/** A title for a slide without a headline (TimelineJS allows them): the start of its text, else its media's caption. */
function madeTitle(item: Record<string, unknown>, warn: (field: string, message: string) => void): string | undefined {
  const caption = (item.media as { caption?: string } | undefined)?.caption;
  const [from, made] = item.summary ? ['text', opening(item.summary as string)] : caption ? ['media caption', opening(caption)] : [];
  if (made) warn('title', `the slide has no headline; its title was made from the start of its ${from}`);
  return made;
}

/** The first sentence of a text, or its first words (about 80 characters, cut at a space, with "…"). */
function opening(text: string): string {
  const line = text.split('\n')[0]!;
  const sentence = /^(.{8,100}?[.!?…])(\s|$)/u.exec(line)?.[1];
  if (sentence) return sentence.replace(/\.$/, '');
  if (line.length <= 80) return line;
  const cut = line.lastIndexOf(' ', 80);
  return `${line.slice(0, cut > 40 ? cut : 80).trimEnd()}…`;
}

/**
 * The slide's media as the event's: URL (embed code resolved by the normalizer), caption and
 * credit as plain text, `alt`, `thumbnail`; `title` stands in for a missing caption; `link` is a
 * source. A `<blockquote>` without a link (TimelineJS's quotation media) is the event's quotation,
 * and a tweet's embed code gives its words as one too.
 */
function readSlideMedia(media: TimelineJsMedia, item: Record<string, unknown>, sources: Array<Record<string, string>>, warn: (field: string, message: string) => void): void {
  const url = text(media.url).trim();
  const caption = plainText(media.caption) || plainText(media.title);
  const out: Record<string, string> = { url };
  if (caption) out.caption = caption;
  for (const key of ['credit', 'alt', 'thumbnail'] as const) {
    const value = key === 'credit' ? plainText(media[key]) : text(media[key]).trim();
    if (value) out[key] = value;
  }
  const link = text(media.link).trim();
  if (link) sources.push(caption ? { url: link, title: caption } : { url: link });
  if (url.startsWith('<')) {
    const code = readHtml(url);
    const quote = code.quotes[0];
    if (quote?.text) item.quote = quote;
    // Only a link is kept of the code; without one, the quotation (if any) is all there was.
    if (!code.embeds.length) {
      if (!quote?.text) warn('media', 'the slide\'s media is markup that links to nothing; left out');
      return;
    }
  }
  if (url) item.media = out;
}

/** The text's links (and, as TimelineJS autolinks them, its bare http(s) URLs) as sources, each URL once. */
function linksOf(body: HtmlText, autolink: boolean): Array<Record<string, string>> {
  const found = body.links.map(({ href, text: title }) => ({ url: href, title }));
  // An <iframe> in the text is never shown: where it points is a source.
  for (const url of body.embeds) found.push({ url, title: '' });
  if (autolink) for (const [url] of body.text.matchAll(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g)) found.push({ url, title: '' });
  const seen = new Set<string>();
  return found
    .filter(({ url }) => !url.startsWith('#') && !seen.has(url) && seen.add(url))
    .map(({ url, title }): Record<string, string> => (title && title !== url ? { url, title } : { url }));
}

/** The start's and end's own `display_date`, when the slide has none of its own. */
function displayDates(slide: TimelineJsSlide): string {
  const start = plainText(slide.start_date?.display_date);
  const end = plainText(slide.end_date?.display_date);
  return start && end ? `${start} – ${end}` : isObject(slide.end_date) ? '' : start;
}

const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;

/**
 * `{ year: 2018, month: 12 }` → "2018-12": the precision TimelineJS was given, no more. Parts may be
 * numeric text, with thousands separators in the year ("1,500"). A part that is not a whole number
 * gives the parts as written ("2018-1x"), which the normalizer reports as not a date.
 */
function isoDate(date: TimelineJsDate | undefined): string | undefined {
  if (!isObject(date)) return undefined;
  const parts = DATE_PARTS.map((key) => (date[key] === undefined || date[key] === null ? '' : String(date[key]).replace(/[\s,]/g, '')));
  const [year, month, day, hour, minute, second, millisecond] = parts as [string, ...string[]];
  if (!year) return undefined;
  if (parts.some((part) => part && !/^[-+]?\d+$/.test(part))) {
    return [year, month, day].filter(Boolean).join('-') + (hour ? ` ${[hour, minute, second].filter(Boolean).join(':')}` : '');
  }
  const pad = (value: string, width = 2) => value.padStart(width, '0');
  const digits = year.replace(/^[-+]/, '');
  // ISO 8601 wants a sign on years of more than four digits.
  const sign = year.startsWith('-') ? '-' : digits.length > 4 ? '+' : '';
  let iso = sign + pad(digits, 4);
  if (month) iso += `-${pad(month)}`;
  if (month && day) iso += `-${pad(day)}`;
  if (month && day && hour) {
    iso += `T${pad(hour)}:${pad(minute || '0')}${second || millisecond ? `:${pad(second || '0')}` : ''}${millisecond ? `.${pad(millisecond, 3)}` : ''}Z`;
  }
  return iso;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
