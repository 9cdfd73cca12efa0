import { html, type TemplateResult } from 'lit';
import type { ExportMeta } from '../model/formats/export.js';
import type { NormalizedEvent } from '../model/types.js';
import { fill, type TimelineStrings } from '../strings.js';
import type { Picture } from './picture.js';
import { svgOf } from './svg.js';
import { onToolbarFocusin, onToolbarKeydown } from './toolbar.js';

/** The export buttons' part of the element's strings. */
export type ExportStrings = Pick<TimelineStrings, 'exportLabel' | 'downloadJson' | 'downloadCsv' | 'downloadImage' | 'imageSvg' | 'imagePng' | 'downloadFailed'>;

/** What the export buttons download, and how they are labelled. */
export interface ExportContext {
  strings: ExportStrings;
  /** The events as the reader sees them now: filtered and searched, in time order. Read on click. */
  events: () => readonly NormalizedEvent[];
  /** The data set's title, description and categories, carried into the JSON file. */
  meta: () => ExportMeta;
  /** The picture of the timeline as drawn now; `host` is the element the clicked control is in. */
  picture: (host: HTMLElement) => Picture;
}

/** The two file kinds of the events: name and MIME type. */
const FORMATS = {
  json: { file: 'timeline-events.json', type: 'application/json' },
  csv: { file: 'timeline-events.csv', type: 'text/csv' },
} as const;

/**
 * "Download JSON" and "Download CSV", as a toolbar (one tab stop, arrows inside): save the shown
 * events in a file the element can read again.
 * The writers (and d3-dsv) are a chunk loaded on the first click: most readers never download.
 * "Download image" opens a choice of the picture of the timeline as drawn: SVG (for print, see
 * `svgOf`) or PNG at twice the pixels (for social media; its painter is loaded on demand).
 * A download that fails (a chunk that does not load, a PNG the browser cannot make) says so in
 * an alert below the buttons, with the reason, until the next download.
 */
export function renderExport(context: ExportContext): TemplateResult {
  const { strings } = context;
  const save = (kind: keyof typeof FORMATS) =>
    saving(strings, FORMATS[kind].file, async () => {
      const events = context.events();
      const meta = context.meta();
      const { exportCsv, exportJson } = await import('../model/formats/export.js');
      // A byte-order mark, or Excel reads UTF-8 (Cyrillic names, typographic quotes) as Latin-1; fromCsv skips it.
      const text = kind === 'json' ? exportJson(events, meta) : `\uFEFF${exportCsv(events)}`;
      download(text, FORMATS[kind].file, FORMATS[kind].type);
    });
  const saveImage = (kind: 'svg' | 'png') =>
    saving(strings, `timeline.${kind}`, async (button) => {
      button.closest('details')!.open = false;
      // The picture is drawn at the click, before the painter loads: what the reader saw.
      const picture = context.picture((button.getRootNode() as ShadowRoot).host as HTMLElement);
      if (kind === 'svg') download(svgOf(picture), 'timeline.svg', 'image/svg+xml');
      else download(await (await import('./picture-png.js')).pngOf(picture, 2), 'timeline.png', 'image/png');
    });
  return html`<div part="export" class="export" role="toolbar" aria-label=${strings.exportLabel} @keydown=${onToolbarKeydown} @focusin=${onToolbarFocusin}>
    <button type="button" class="control" tabindex="0" @click=${save('json')}>${strings.downloadJson}</button>
    <button type="button" class="control" tabindex="-1" @click=${save('csv')}>${strings.downloadCsv}</button>
    <details class="image-menu" @keydown=${closeOnEscape}>
      <summary class="control" tabindex="-1">${strings.downloadImage}</summary>
      <div class="image-menu-items">
        <button type="button" class="control" tabindex="-1" data-image="svg" @click=${saveImage('svg')}>${strings.imageSvg}</button>
        <button type="button" class="control" tabindex="-1" data-image="png" @click=${saveImage('png')}>${strings.imagePng}</button>
      </div>
    </details>
  </div>
  <p class="export-error" role="alert"></p>`;
}

/**
 * A click handler that runs `run` and, when it fails, puts what failed and why in the alert after
 * the toolbar: a download that fails silently leaves the reader waiting for a file. The alert is
 * written here, not rendered from state: it belongs to this click, and the next click clears it.
 */
function saving(strings: ExportStrings, file: string, run: (button: HTMLElement) => Promise<void>): (event: Event) => Promise<void> {
  return async (event) => {
    const button = event.currentTarget as HTMLElement;
    const alert = button.closest('.export')!.nextElementSibling!;
    alert.textContent = '';
    try {
      await run(button);
    } catch (error) {
      alert.textContent = fill(strings.downloadFailed, { file, reason: error instanceof Error ? error.message : String(error) });
    }
  };
}

/** Escape closes the open choice and puts focus back on its summary. */
function closeOnEscape(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  event.stopPropagation();
  details.open = false;
  details.querySelector('summary')!.focus();
}

/**
 * Saves text or a Blob as a file: a Blob behind an object URL, clicked through a temporary
 * `<a download>` (no server round trip, no `data:` URL length limit). The URL is revoked once
 * the click has started the download.
 */
export function download(data: string | Blob, fileName: string, type: string): void {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type: `${type};charset=utf-8` }) : data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
