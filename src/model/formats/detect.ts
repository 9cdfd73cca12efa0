import { isTimelineJs2, isTimelineJsSheet } from './timelinejs.js';

/** The body formats `src` understands. TimelineJS3 is JSON; `normalize()` tells it apart later. */
export type BodyFormat = 'json' | 'csv';

/** Media types (without parameters) that name a format outright. */
const CONTENT_TYPES: Record<string, BodyFormat> = {
  'application/json': 'json',
  'text/json': 'json',
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/comma-separated-values': 'csv',
};

/**
 * Decides how to read a fetched body: by its content type (`text/csv`, `application/json`,
 * any `+json`), else by the URL's extension (`.csv`, `.json`; query and hash ignored), else by
 * sniffing — a body that starts with `{` or `[` is JSON, anything else CSV. Servers often send
 * `text/plain` or `application/octet-stream` for data files, hence the fallbacks.
 */
export function detectFormat(contentType: string | null, url: string, body: string): BodyFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const byType = CONTENT_TYPES[type] ?? (type.endsWith('+json') ? 'json' : undefined);
  if (byType) return byType;
  const path = url.split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.csv')) return 'csv';
  if (path.endsWith('.json')) return 'json';
  // trimStart also drops a byte-order mark, which is white space to JavaScript.
  return /^[{[]/.test(body.trimStart()) ? 'json' : 'csv';
}

/**
 * Parses a body in the given format into input for `normalize()`. Rejects with an `Error` whose
 * message says what is wrong with the file ("the file is empty", "not valid JSON: …", or the
 * CSV reader's message), for the caller to prefix with the URL. Asynchronous so that readers
 * only some pages need are loaded on demand (`import()`): the CSV reader (and d3-dsv), the
 * TimelineJS spreadsheet reader and the TimelineJS 2 reader; the CSV export loads its writer so too.
 */
export async function parseBody(body: string, format: BodyFormat): Promise<unknown> {
  if (format === 'csv') {
    // TimelineJS's spreadsheet template, published as CSV, is told apart by its header.
    return isTimelineJsSheet(body) ? (await import('./timelinejs-sheet.js')).fromTimelineJsSheet(body) : (await import('./csv.js')).fromCsv(body);
  }
  const text = body.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new Error('the file is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  // TimelineJS 2 JSON becomes the TimelineJS3 JSON it stands for.
  return parsed && typeof parsed === 'object' && isTimelineJs2(parsed) ? (await import('./timelinejs-v2.js')).fromTimelineJs2(parsed) : parsed;
}
