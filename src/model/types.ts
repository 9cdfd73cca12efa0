/** The precision a date was written with: it decides how the date is shown and drawn. */
export type Precision = 'year' | 'month' | 'day' | 'time';

/** A citation. Only `http:`/`https:` URLs become links. */
export interface TimelineSource {
  url: string;
  title?: string;
  publisher?: string;
  date?: string;
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
export const EVENT_FIELDS = ['id', 'start', 'end', 'title', 'summary', 'category', 'actors', 'tags', 'quote', 'sources', 'media'] as const;

/** One event as users write it (see docs/API.md: "An event (input)"). */
export interface TimelineEvent {
  id?: string;
  start: string;
  end?: string;
  title: string;
  summary?: string;
  category?: string;
  actors?: string[];
  quote?: TimelineQuote;
  sources?: TimelineSource[];
  tags?: string[];
  media?: TimelineMedia;
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
}

/** A parsed date: the span of time its text really means, in UTC milliseconds. */
export interface ParsedDate {
  /** The text as written, e.g. "2018-12". */
  readonly text: string;
  readonly precision: Precision;
  /** First instant the text can mean. */
  readonly start: number;
  /** First instant after the unit (exclusive); equal to `start` for date-times. */
  readonly end: number;
  /** Offset in minutes written in a date-time, to show it in its own zone. */
  readonly offsetMinutes?: number;
}

/** A source after normalizing: `href` is present only for http(s) URLs. */
export interface NormalizedSource extends TimelineSource {
  href?: string;
}

/**
 * Media after normalizing: `href` and `thumbnailHref` are present only for URLs a page may load or
 * link to (http(s), or relative to the page); embed code has been replaced by the URL it pointed at.
 */
export interface NormalizedMedia extends TimelineMedia {
  href?: string;
  thumbnailHref?: string;
}

/** When an event happened, parsed, plus its extent [lo, hi) on the time line. */
export interface EventTime {
  readonly start: ParsedDate;
  readonly end?: ParsedDate;
  /** Earliest instant covered. */
  readonly lo: number;
  /** Latest instant covered (exclusive end of the last unit). */
  readonly hi: number;
}

/** An event that will be drawn: the input fields cleaned, plus its parsed time. */
export interface NormalizedEvent extends TimelineEvent {
  id: string;
  actors: string[];
  tags: string[];
  sources: NormalizedSource[];
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
