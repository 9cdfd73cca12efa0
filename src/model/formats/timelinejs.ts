import { plainText } from './plain-text.js';

/** A TimelineJS3 date: `{ year, month?, day?, hour?, minute?, second? }`, numbers or numeric text. */
type TimelineJsDate = Record<string, unknown>;

interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: unknown; text?: unknown };
  group?: unknown;
  unique_id?: unknown;
  media?: { url?: unknown; caption?: unknown; credit?: unknown };
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
 * Converts TimelineJS3 JSON into our event items: slides become events (`group` → category,
 * headline → title, HTML text → plain-text summary, media URL → source) and eras become ranges.
 */
export function fromTimelineJs(input: object): { items: unknown[]; title?: string; description?: string } {
  const raw = input as { events?: unknown; eras?: unknown; title?: TimelineJsSlide };
  const items = [
    ...asArray(raw.events).map((slide) => (isObject(slide) ? fromSlide(slide as TimelineJsSlide) : slide)),
    ...asArray(raw.eras).map((era) => (isObject(era) ? { ...fromSlide(era as TimelineJsSlide), category: 'era' } : era)),
  ];
  const title = plainText(raw.title?.text?.headline);
  const description = plainText(raw.title?.text?.text);
  return { items, ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

function fromSlide(slide: TimelineJsSlide): Record<string, unknown> {
  const item: Record<string, unknown> = {
    start: isoDate(slide.start_date),
    title: plainText(slide.text?.headline),
  };
  const end = isoDate(slide.end_date);
  if (end !== undefined) item.end = end;
  const summary = plainText(slide.text?.text);
  if (summary) item.summary = summary;
  if (typeof slide.group === 'string' && slide.group.trim()) item.category = slide.group.trim();
  if (typeof slide.unique_id === 'string' && slide.unique_id) item.id = slide.unique_id;
  const url = slide.media?.url;
  if (typeof url === 'string' && url.trim()) {
    const title = plainText(slide.media?.caption) || plainText(slide.media?.credit);
    item.sources = [title ? { url, title } : { url }];
  }
  return item;
}

/** `{ year: 2018, month: 12 }` → "2018-12": the precision TimelineJS was given, no more. */
function isoDate(date: TimelineJsDate | undefined): string | undefined {
  if (!isObject(date) || date.year === undefined || date.year === '') return undefined;
  const part = (key: string) => (date[key] === undefined || date[key] === '' ? undefined : String(date[key]).trim());
  const year = String(date.year).trim();
  const pad = (value: string) => (/^\d$/.test(value) ? `0${value}` : value);
  const digits = year.replace(/^[-+]/, '');
  // ISO 8601 wants a sign on years of more than four digits.
  const sign = year.startsWith('-') ? '-' : digits.length > 4 ? '+' : '';
  let iso = sign + digits.padStart(4, '0');
  const [month, day, hour, minute, second] = ['month', 'day', 'hour', 'minute', 'second'].map(part);
  if (month) iso += `-${pad(month)}`;
  if (month && day) iso += `-${pad(day)}`;
  if (month && day && hour) iso += `T${pad(hour)}:${pad(minute ?? '0')}${second ? `:${pad(second)}` : ''}Z`;
  return iso;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
