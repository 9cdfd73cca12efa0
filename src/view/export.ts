import { html, type TemplateResult } from 'lit';
import type { ExportMeta } from '../model/formats/export.js';
import type { NormalizedEvent } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { onToolbarFocusin, onToolbarKeydown } from './toolbar.js';

/** The export buttons' part of the element's strings. */
export type ExportStrings = Pick<TimelineStrings, 'exportLabel' | 'downloadJson' | 'downloadCsv'>;

/** What the export buttons download, and how they are labelled. */
export interface ExportContext {
  strings: ExportStrings;
  /** The events as the reader sees them now: filtered and searched, in time order. Read on click. */
  events: () => readonly NormalizedEvent[];
  /** The data set's title, description and categories, carried into the JSON file. */
  meta: () => ExportMeta;
}

/** The two file kinds: name and MIME type. */
const FORMATS = {
  json: { file: 'timeline-events.json', type: 'application/json' },
  csv: { file: 'timeline-events.csv', type: 'text/csv' },
} as const;

/**
 * "Download JSON" and "Download CSV", as a toolbar (one tab stop, arrows inside): save the shown
 * events in a file the element can read again.
 * The writers (and d3-dsv) are a chunk loaded on the first click: most readers never download.
 */
export function renderExport(context: ExportContext): TemplateResult {
  const { strings } = context;
  const save = (kind: keyof typeof FORMATS) => async () => {
    const events = context.events();
    const meta = context.meta();
    const { exportCsv, exportJson } = await import('../model/formats/export.js');
    // A byte-order mark, or Excel reads UTF-8 (Cyrillic names, typographic quotes) as Latin-1; fromCsv skips it.
    const text = kind === 'json' ? exportJson(events, meta) : `\uFEFF${exportCsv(events)}`;
    download(text, FORMATS[kind].file, FORMATS[kind].type);
  };
  return html`<div part="export" class="export" role="toolbar" aria-label=${strings.exportLabel} @keydown=${onToolbarKeydown} @focusin=${onToolbarFocusin}>
    <button type="button" class="control" tabindex="0" @click=${save('json')}>${strings.downloadJson}</button>
    <button type="button" class="control" tabindex="-1" @click=${save('csv')}>${strings.downloadCsv}</button>
  </div>`;
}

/**
 * Saves `text` as a file: a Blob behind an object URL, clicked through a temporary
 * `<a download>` (no server round trip, no `data:` URL length limit). The URL is revoked once
 * the click has started the download.
 */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
