import { readRows } from './csv.js';
import { dateOf, timeOf } from './timelinejs-v2.js';

type Raw = Record<string, unknown>;

/**
 * TimelineJS's Google Sheets template, as "Publish to the web → CSV" writes it, read into the
 * TimelineJS3 JSON it stands for (which `fromTimelineJs` then reads). Loaded on demand: only a
 * CSV whose header is the template's (see `isTimelineJsSheet`) needs it.
 *
 * - The template of today: `Year, Month, Day, Time, End Year, End Month, End Day, End Time,
 *   Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 *   Background` (and `Alt Text`). Years may carry thousands separators ("1,500", as a number cell
 *   is exported) or a minus; `Time`/`End Time` take "10:30", "10:30:15" or "10:30 PM".
 * - The older sheet: `Start Date, End Date, Headline, Text, Media, Media Credit, Media Caption,
 *   Media Thumbnail, Type, Tag`, dates as "2011", "2011-03-23" or "3/23/2011" (with a time).
 *
 * `Type` "title" makes the first such row the timeline's title and description, and "era" a span
 * with the category `era`; `Group` (or `Tag`) is the lane (`group`); `Display Date` the date as shown.
 * Rows keep their order; blank rows are skipped; other columns (`Background`) are not read, as in
 * TimelineJS. A time that is not one is passed on as written, for the normalizer to report; a
 * line whose quote never closes is an `Error` among the slides, which the normalizer reports.
 */
export function fromTimelineJsSheet(text: string): Raw {
  // A quote that never closes is its line's problem, as in our CSV files: the rows after it are read.
  const [header = [], ...rows] = readRows(text.replace(/^\uFEFF/, ''));
  if (header instanceof Error) throw new Error(`the CSV header ${header.message}`);
  // The first column of each name, found once: a sheet may be wide.
  const columns = new Map<string, number>();
  header.forEach((name, i) => columns.has(columnKey(name)) || columns.set(columnKey(name), i));
  const legacy = columns.has('start date');
  const events: Array<Raw | Error> = [];
  let title: Raw | undefined;
  for (const row of rows) {
    if (row instanceof Error) {
      events.push(row);
      continue;
    }
    const cell = (name: string) => row[columns.get(name) ?? -1]?.trim() ?? '';
    if (row.every((value) => !value.trim())) continue;
    const slide = slideOf(cell, legacy);
    const type = cell('type').toLowerCase();
    if (type === 'title' && !title) title = slide;
    else events.push(type === 'era' ? { ...slide, era: true } : slide);
  }
  if (events.length === 0 && !title) throw new Error('the TimelineJS spreadsheet has a header but no rows');
  return { title: title ?? { text: { headline: '' } }, events };
}

/** A header as a key: "Media Credit" → "media credit", "End  Year " → "end year". */
function columnKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function slideOf(cell: (name: string) => string, legacy: boolean): Raw {
  const slide: Raw = { text: { headline: cell('headline'), text: cell('text') } };
  const start = legacy ? dateOf(cell('start date')) : dateParts(cell('year'), cell('month'), cell('day'), cell('time'));
  const end = legacy ? dateOf(cell('end date')) : dateParts(cell('end year'), cell('end month'), cell('end day'), cell('end time'));
  if (start) slide.start_date = start;
  if (end) slide.end_date = end;
  const display = cell('display date');
  if (display) slide.display_date = display;
  const group = cell('group') || cell('tag');
  if (group) slide.group = group;
  const url = cell('media');
  if (url) {
    slide.media = {
      url,
      caption: cell('media caption'),
      credit: cell('media credit'),
      thumbnail: cell('media thumbnail'),
      alt: cell('alt text') || cell('media alt text') || cell('media alt'),
    };
  }
  return slide;
}

/** The template's date columns as a date object; a date needs a year. */
function dateParts(year: string, month: string, day: string, time: string): Raw | undefined {
  if (!year) return undefined;
  const date: Raw = { year, month, day };
  if (time) Object.assign(date, timeOf(time) ?? { hour: time });
  return date;
}
