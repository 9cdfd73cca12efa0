/**
 * How precisely a date is known: it decides how the date is shown and drawn. `decade` and
 * `century` are EDTF's unspecified year digits (`201X`, `20XX`).
 */
export type Precision = 'century' | 'decade' | 'year' | 'month' | 'day' | 'time';

/** A citation. Only `http:`/`https:` URLs become links. */
export interface TimelineSource {
  url: string;
  title?: string;
  publisher?: string;
  date?: string;
  /** URL of an archived copy (e.g. a Wayback Machine capture); a link beside the original when it is http(s). */
  archived?: string;
  /** When the source was read (a date, as the record gives it). */
  accessed?: string;
}

/** A quotation with its attribution. */
export interface TimelineQuote {
  text: string;
  by?: string;
}

/**
 * A picture or other media of the event: an image is shown in the panel; video, audio, posts and
 * documents become a link naming where they are (never an iframe). `url` may be relative to the page.
 */
export interface TimelineMedia {
  url: string;
  caption?: string;
  credit?: string;
  /** Text for readers who cannot see the image; the caption stands in when absent. */
  alt?: string;
  /** URL of a small image shown with a link to the media. */
  thumbnail?: string;
}

/**
 * The fields of an event as users write it, in the order files are written: our JSON, the CSV
 * columns (see `CSV_COLUMNS`), the schema in data/event.schema.json. The one list of them.
 */
export const EVENT_FIELDS = ['id', 'start', 'end', 'title', 'summary', 'category', 'actors', 'tags', 'quote', 'sources', 'dates', 'displayDate', 'media', 'group'] as const;

/** Another dated moment of an event ("Listed", "Amended", "Ends"), in the same date forms as `start`. */
export interface TimelineDate {
  label: string;
  date: string;
}

/** One event as users write it (see docs/API.md: "An event (input)"). */
export interface TimelineEvent {
  id?: string;
  start: string;
  end?: string;
  /** Text shown instead of the formatted date ("Winter 2018–19"); the event keeps its place. */
  displayDate?: string;
  title: string;
  summary?: string;
  category?: string;
  actors?: string[];
  quote?: TimelineQuote;
  sources?: TimelineSource[];
  tags?: string[];
  dates?: TimelineDate[];
  media?: TimelineMedia;
  /** The lane (row) the event belongs to: an authority, a person, a programme (TimelineJS3's `group`). */
  group?: string;
}

/** Label and colour of one category key. */
export interface CategoryInfo {
  label: string;
  color?: string;
}

export type Categories = Record<string, CategoryInfo>;

/**
 * An input item that was not drawn (`severity` "error", the default), or that was drawn with
 * something left out (`severity` "warning", e.g. a `javascript:` URL shown as plain text).
 */
export interface Problem {
  /** Index of the item in the input list. */
  index: number;
  id?: string;
  field?: string;
  message: string;
  severity?: 'error' | 'warning';
  /** The URL of the file the item came from, when `src` names several files. */
  source?: string;
}

/**
 * A parsed date: the span of time its text really means, in UTC milliseconds, and what the
 * record says about it (EDTF level 1): approximate, uncertain, digits left unspecified, or an
 * interval written in one value, whose sides may be open or unknown.
 */
export interface ParsedDate {
  /** The text as written, e.g. "2018-12", "2018~", "2020-07-20/..". */
  readonly text: string;
  /** How precisely it is known: `2004-XX` is known to the year, `201X` to the decade. */
  readonly precision: Precision;
  /** First instant the text can mean (NaN for an interval whose start is open or unknown). */
  readonly start: number;
  /** First instant after the unit (exclusive); equal to `start` for date-times (NaN for an open or unknown end). */
  readonly end: number;
  /** Offset in minutes written in a date-time, to show it in its own zone. */
  readonly offsetMinutes?: number;
  /** `~` or `%`: an estimate ("about 2018"). */
  readonly approximate?: boolean;
  /** `?` or `%`: the record is not sure of it ("possibly March 2019"). */
  readonly uncertain?: boolean;
  /** The unit written with `X` and so left unspecified: `2004-XX` is "a month in 2004", `1985-04-XX` "a day in April 1985". */
  readonly unspecified?: 'month' | 'day';
  /** A side of an interval without a date: `..` is open (it runs on: ongoing, or from before), empty is unknown. */
  readonly undated?: 'open' | 'unknown';
  /** An interval written in one value (`2018-12/2019-01`, `2020-07-20/..`): its first and last side. */
  readonly from?: ParsedDate;
  readonly to?: ParsedDate;
}

/** A source after normalizing: `href` (and `archivedHref`) are present only for http(s) URLs. */
export interface NormalizedSource extends TimelineSource {
  href?: string;
  archivedHref?: string;
}

/** A dated moment after normalizing: its date parsed, to be shown at its precision. */
export interface NormalizedDate extends TimelineDate {
  readonly when: ParsedDate;
}

/**
 * Media after normalizing: `href` and `thumbnailHref` are present only for URLs a page may load or
 * link to (http(s), or relative to the page); embed code has been replaced by the URL it pointed at.
 */
export interface NormalizedMedia extends TimelineMedia {
  href?: string;
  thumbnailHref?: string;
}

/**
 * When an event happened, parsed, plus its extent [lo, hi) on the time line. `start` and `end`
 * are its two sides, also when `start` was written as an interval (`2018-12/2019-01`); a side
 * may be `undated`: open (`..`: it runs on to the edge of the data) or unknown.
 */
export interface EventTime {
  readonly start: ParsedDate;
  readonly end?: ParsedDate;
  /** Earliest instant covered (an open start: the earliest of the data). */
  readonly lo: number;
  /** Latest instant covered, exclusive end of the last unit (an open end: the latest of the data). */
  readonly hi: number;
}

/** An event that will be drawn: the input fields cleaned, plus its parsed time. */
export interface NormalizedEvent extends TimelineEvent {
  id: string;
  actors: string[];
  tags: string[];
  sources: NormalizedSource[];
  /** The other dated moments that could be read; absent when there are none. */
  dates?: NormalizedDate[];
  media?: NormalizedMedia;
  /** Parsed dates; recomputed when normalized again. */
  readonly when: EventTime;
  /** Position of the item in the input list. */
  readonly index: number;
}

/** What the normalizer returns: drawn events (sorted) and every problem found. */
export interface NormalizedData {
  events: NormalizedEvent[];
  problems: Problem[];
  /** Number of items the input held (drawn + not drawn). */
  inputCount: number;
  title?: string;
  description?: string;
  categories?: Categories;
}
