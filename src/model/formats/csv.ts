import { csvParseRows } from 'd3-dsv';
import { EVENT_FIELDS } from '../types.js';

/** Columns that together describe the citations of a row, `;`-separated and aligned by position. */
const SOURCE_COLUMNS = {
  source_url: 'url',
  source_title: 'title',
  source_publisher: 'publisher',
  source_date: 'date',
  source_archived: 'archived',
  source_accessed: 'accessed',
} as const;
type SourceColumn = keyof typeof SOURCE_COLUMNS;

/** Columns that are not copied as they are: they are assembled into `quote` and `sources`. */
const QUOTE_COLUMNS = ['quote', 'quote_by'] as const;

/** Columns that together describe the event's media: `media_url` → `media.url`, … */
const MEDIA_COLUMNS = ['media_url', 'media_caption', 'media_credit', 'media_alt', 'media_thumbnail'] as const;

/** The fields that take more than one column; every other field is one column of its own name. */
const COLUMNS_OF: Partial<Record<(typeof EVENT_FIELDS)[number], readonly string[]>> = {
  quote: QUOTE_COLUMNS,
  sources: Object.keys(SOURCE_COLUMNS),
  media: MEDIA_COLUMNS,
};

/**
 * The CSV columns, in order: the event fields, `quote`/`quote_by` for the quotation, and one
 * `source_*` column per source field, `;`-separated and aligned by position. What `exportCsv` writes.
 */
export const CSV_COLUMNS: readonly string[] = EVENT_FIELDS.flatMap((field) => COLUMNS_OF[field] ?? [field]);

/** Header names matched case-insensitively; any other column keeps its name as written. */
const KNOWN_COLUMNS = new Map(CSV_COLUMNS.map((name) => [name.toLowerCase(), name]));
const ASSEMBLED = new Set<string>([...QUOTE_COLUMNS, ...Object.keys(SOURCE_COLUMNS), ...MEDIA_COLUMNS, 'dates']);

/**
 * Reads a CSV file (header row = event field names, as in docs/API.md) into raw event items for
 * `normalize()`, which does the validating. Header names match case-insensitively; empty cells
 * are left out; `quote`/`quote_by` become `quote: { text, by }`; the `source_*` columns become
 * `sources`, the `media_*` columns `media`; `actors`/`tags` stay `;`-separated text; unknown columns are kept so the normalizer
 * can warn about them. Throws an `Error` when the file is empty, has no rows, or lacks a
 * `start` or `title` column, because then no row could become an event. `dates` holds
 * `label: date` pairs, `;`-separated.
 */
export function fromCsv(text: string): unknown[] {
  const rows = readRows(text.replace(/^\uFEFF/, ''));
  const [header, ...body] = rows;
  if (header instanceof Error) throw new Error(`the CSV header ${header.message}`);
  if (!header || rows.every((row) => row instanceof Array && isBlankRow(row))) throw new Error('the CSV file is empty');
  const names = header.map(columnName);
  for (const required of ['start', 'title']) {
    if (!names.includes(required)) {
      throw new Error(`the CSV header has no '${required}' column; found: ${names.join(', ')}`);
    }
  }
  // Blank lines (often a trailing one) are layout, not events.
  const data = body.filter((row) => row instanceof Error || !isBlankRow(row));
  if (data.length === 0) throw new Error('the CSV file has a header but no rows');
  return data.map((row) => (row instanceof Error ? row : toItem(names, row)));
}

/**
 * The rows of `text`. A quote that opens a cell and never closes would make the rest of the file
 * one cell; instead its line becomes an `Error` (normalize reports it as that item's) that says so (and how much it would have
 * swallowed), and the lines after it are read as rows again. Every CSV reader reads its rows here.
 */
export function readRows(text: string): Array<string[] | Error> {
  const rows: Array<string[] | Error> = [];
  let line = 1;
  for (let open = unclosedQuote(text); open >= 0; open = unclosedQuote(text)) {
    const start = text.lastIndexOf('\n', open) + 1;
    const newline = text.indexOf('\n', open);
    const end = newline < 0 ? text.length : newline + 1;
    const before = text.slice(0, start);
    rows.push(...csvParseRows(before));
    line += lineCount(before);
    const after = lineCount(text.slice(end)) + (text.endsWith('\n') || end === text.length ? 0 : 1);
    const cell = text.slice(open, Math.min(end, open + 40)).trim();
    rows.push(new Error(`line ${line}: the quote that opens ${cell}… is never closed (it would take in the ${after} line(s) after it); this line was left out`));
    text = text.slice(end);
    line++;
  }
  rows.push(...csvParseRows(text));
  return rows;
}

/** Where the quote opening a cell that never closes is (RFC 4180: quotes open a cell only at its start), or -1. */
function unclosedQuote(text: string): number {
  let opened = -1;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (opened >= 0) {
      if (c !== 34) continue;
      if (text.charCodeAt(i + 1) === 34) i++;
      else [opened, cellStart] = [-1, false];
    } else if (c === 34 && cellStart) opened = i;
    else cellStart = c === 44 || c === 10 || c === 13;
  }
  return opened;
}

const lineCount = (text: string): number => text.split('\n').length - 1;

/** Known field names are matched case-insensitively; other names are kept as written (trimmed). */
function columnName(raw: string, index: number): string {
  const name = raw.trim();
  if (!name) return `column ${index + 1}`;
  const lower = name.toLowerCase();
  return KNOWN_COLUMNS.get(lower) ?? name;
}

function toItem(names: string[], row: string[]): Record<string, unknown> {
  const cells = new Map<string, string>();
  names.forEach((name, i) => {
    const value = row[i]?.trim();
    if (value) cells.set(name, unescapeFormula(value));
  });
  const item: Record<string, unknown> = {};
  for (const [name, value] of cells) {
    // defineProperty: a column named __proto__ is a field like any other (and reported as unknown).
    if (!ASSEMBLED.has(name)) Object.defineProperty(item, name, { value, enumerable: true, writable: true, configurable: true });
  }
  const quote = cells.get('quote');
  const by = cells.get('quote_by');
  // A `quote_by` without text is passed on so the normalizer reports it, rather than dropping it here.
  if (quote || by) item.quote = { ...(quote ? { text: quote } : {}), ...(by ? { by } : {}) };
  const sources = readSources(cells);
  if (sources.length > 0) item.sources = sources;
  const dates = cells.get('dates');
  if (dates) item.dates = readDateCell(dates);
  // A caption without a URL is passed on, so the normalizer reports the media it cannot show.
  const media = Object.fromEntries(MEDIA_COLUMNS.filter((column) => cells.has(column)).map((column) => [column.slice(6), cells.get(column)]));
  if (Object.keys(media).length > 0) item.media = media;
  return item;
}

/**
 * `Listed: 2022-03-01; Amended: 2023-02-01` → `[{ label: 'Listed', date: '2022-03-01' }, …]`, split
 * at the last `: ` (no date form has one); a part without it is a date without a label, which
 * the normalizer reports.
 */
function readDateCell(cell: string): { label?: string; date: string }[] {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.lastIndexOf(': ');
      return at < 0 ? { date: part } : { label: part.slice(0, at).trim(), date: part.slice(at + 2).trim() };
    });
}

/** `source_url: "a; b"`, `source_title: "A; B"` → `[{ url: a, title: A }, { url: b, title: B }]`. */
function readSources(cells: Map<string, string>): Record<string, string>[] {
  const parts = (Object.keys(SOURCE_COLUMNS) as SourceColumn[]).map(
    (column) => [SOURCE_COLUMNS[column], (cells.get(column) ?? '').split(';').map((part) => part.trim())] as const,
  );
  const count = Math.max(...parts.map(([, values]) => values.length));
  const sources: Record<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    const source: Record<string, string> = {};
    for (const [key, values] of parts) if (values[i]) source[key] = values[i]!;
    if (Object.keys(source).length > 0) sources.push(source);
  }
  return sources;
}

/**
 * Spreadsheets (and our CSV export) write a leading `'` before a text that starts like a formula
 * (`= + - @`), so that it is not run; the `'` is a marker, not part of the text (one `'` is removed
 * from `''=…`: the export marks a text that itself starts with `'` and a formula character).
 */
function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function isBlankRow(row: string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}
