import type { Categories, NormalizedEvent, TimelineEvent, TimelineMedia, TimelineSource } from '../types.js';
import { CSV_COLUMNS } from './csv.js';

/** What a JSON export carries besides the events: the data set's own title, description and categories. */
export interface ExportMeta {
  title?: string;
  description?: string;
  categories?: Categories;
}

/** Our file format (docs/API.md): `{ title?, description?, categories?, events }`. */
export interface EventFile extends ExportMeta {
  events: TimelineEvent[];
}

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"):
 * such cells get a leading `'`, which spreadsheets show as a text marker and `fromCsv` removes.
 * So do cells that already start with `'`s and then one of those, or reading back would take
 * their own apostrophe for the marker.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * An event as users write it: the input field names, `start`/`end` in their original text (so at
 * their original precision), and no derived fields (`when`, `index`, a source's `href`). Empty
 * lists and absent fields are left out.
 */
export function toInputEvent(event: NormalizedEvent): TimelineEvent {
  // Built in the order of docs/API.md's table, so exported files read like hand-written ones.
  const out: TimelineEvent = { id: event.id, start: event.start, ...(event.end ? { end: event.end } : {}), title: event.title };
  if (event.summary) out.summary = event.summary;
  if (event.category) out.category = event.category;
  if (event.actors.length) out.actors = [...event.actors];
  if (event.quote) out.quote = event.quote.by ? { text: event.quote.text, by: event.quote.by } : { text: event.quote.text };
  if (event.sources.length) out.sources = event.sources.map(toInputSource);
  if (event.tags.length) out.tags = [...event.tags];
  if (event.dates?.length) out.dates = event.dates.map(({ label, date }) => ({ label, date }));
  if (event.displayDate) out.displayDate = event.displayDate;
  if (event.media) out.media = toInputMedia(event.media);
  if (event.group) out.group = event.group;
  return out;
}

/** The media as written: without the derived `href` and `thumbnailHref`, and no empty fields. */
function toInputMedia(media: TimelineMedia): TimelineMedia {
  const out: TimelineMedia = { url: media.url };
  for (const key of ['caption', 'credit', 'alt', 'thumbnail'] as const) if (media[key]) out[key] = media[key];
  return out;
}

function toInputSource(source: TimelineSource): TimelineSource {
  const out: TimelineSource = { url: source.url };
  for (const key of SOURCE_FIELDS) if (source[key]) out[key] = source[key];
  return out;
}

const SOURCE_FIELDS = ['title', 'publisher', 'date', 'archived', 'accessed'] as const;

/** The events (and the data set's title, description, categories) as our JSON file, pretty-printed. */
export function exportJson(events: readonly NormalizedEvent[], meta: ExportMeta = {}): string {
  const file: EventFile = { ...pickMeta(meta), events: events.map(toInputEvent) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function pickMeta({ title, description, categories }: ExportMeta): ExportMeta {
  const meta: ExportMeta = {};
  if (title) meta.title = title;
  if (description) meta.description = description;
  if (categories && Object.keys(categories).length) meta.categories = categories;
  return meta;
}

/**
 * The events as CSV with a header row (`CSV_COLUMNS`). Lists are `;`-separated (`dates` as
 * `Listed: 2022-03-01; Amended: 2023-02-01`), so a `;` inside an actor, tag, date label or source
 * field becomes `,` (and `%3B` in a URL) rather than splitting the item or misaligning the sources.
 * Cells starting with `= + - @`, a tab or a carriage return get a leading `'` so that a spreadsheet
 * does not run them as formulas: in every column, a negative year too (`-0044-03-15` is a sum to
 * Excel), and `fromCsv` removes it. Every cell is quoted: Excel in Russian, German or French
 * splits cells on `;`, and would start a new cell (a formula) at a `;` outside quotes.
 */
export function exportCsv(events: readonly NormalizedEvent[]): string {
  // The header is ours: names that need no quotes.
  const lines = [CSV_COLUMNS.join(',')];
  for (const event of events) {
    const row = csvRow(event);
    lines.push(CSV_COLUMNS.map((column) => csvCell(FORMULA_START.test(row[column]!) ? `'${row[column]}` : row[column]!)).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A data cell as RFC 4180 writes it, always quoted: a reader that splits the line on `;` (the list
 * separator of many locales) then meets a quote at the start of every cell, and keeps a `;` inside
 * one where it is, instead of starting a new cell (a formula) after it.
 */
function csvCell(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** One row: a value for each of `CSV_COLUMNS`. */
function csvRow(event: NormalizedEvent): Record<string, string> {
  const sources = (field: keyof TimelineSource): string => {
    const values = event.sources.map((source) =>
      field === 'url' || field === 'archived' ? (source[field] ?? '').replaceAll(';', '%3B') : listItem(source[field] ?? ''),
    );
    // Empty entries keep the others aligned by position; a column with no value at all stays empty.
    return values.some(Boolean) ? values.join('; ') : '';
  };
  return {
    id: event.id,
    start: event.start,
    end: event.end ?? '',
    title: event.title,
    summary: event.summary ?? '',
    category: event.category ?? '',
    actors: event.actors.map(listItem).join('; '),
    tags: event.tags.map(listItem).join('; '),
    quote: event.quote?.text ?? '',
    quote_by: event.quote?.by ?? '',
    source_url: sources('url'),
    source_title: sources('title'),
    source_publisher: sources('publisher'),
    source_date: sources('date'),
    source_archived: sources('archived'),
    source_accessed: sources('accessed'),
    dates: (event.dates ?? []).map(({ label, date }) => `${listItem(label)}: ${date}`).join('; '),
    displayDate: event.displayDate ?? '',
    media_url: event.media?.url ?? '',
    media_caption: event.media?.caption ?? '',
    media_credit: event.media?.credit ?? '',
    media_alt: event.media?.alt ?? '',
    media_thumbnail: event.media?.thumbnail ?? '',
    group: event.group ?? '',
  };
}

/** One item of a `;`-separated list: its own `;` would split it, so it is written as `,`. */
function listItem(text: string): string {
  return text.replaceAll(';', ',');
}
