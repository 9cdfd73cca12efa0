import { numberFormat, pluralRules } from './model/intl.js';
import { ENGLISH } from './strings/en.js';

/**
 * Plural forms keyed by Intl.PluralRules categories (`zero`, `one`, `two`, `few`, `many`,
 * `other`); `{n}` stands for the number, formatted in the locale. Only `other` is required:
 * a category the text lacks falls back to it.
 */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every text the element itself shows or announces; replace any through the `strings` property. */
export interface TimelineStrings {
  /** The empty state. */
  noEvents: string;
  /** Accessible name of the list of events when the data has no title. */
  eventsLabel: string;
  /** Lead of the notice when the input could not be read as a list at all (the reason follows). */
  unreadable: string;
  /** Shown while `src` loads. */
  loading: string;
  /** The button that loads `src` again after a failure. */
  retry: string;
  /** `src` could not be fetched; `{url}` is the URL, `{reason}` an HTTP status or `networkFailed`. */
  loadFailed: string;
  /** `src` was fetched but could not be parsed; `{url}` is the URL, `{reason}` the parser's (English) message. */
  readFailed: string;
  /** The reason when the network request itself failed. */
  networkFailed: string;
  /** Summary of the problem notice when events were left out. */
  notShown: PluralText;
  /** Summary of the problem notice when events were drawn with warnings only. */
  warnings: PluralText;
  /** Names an input item without an id in the problem list; `{n}` is its index. */
  item: string;
  /** How many items share one kind of problem, in the grouped problem list. */
  itemCount: PluralText;
  /** What a folded list leaves out: the problems of a kind past the first few, the smaller categories of the legend. */
  more: PluralText;
  /** The panel's close button. */
  close: string;
  /** The panel's button to the earlier event. */
  previous: string;
  /** The panel's button to the later event. */
  next: string;
  /** Heading of the actors in the panel. */
  actors: string;
  /** Heading of the sources in the panel. */
  sources: string;
  /** Accessible name of the zoom buttons' group. */
  controlsLabel: string;
  zoomIn: string;
  zoomOut: string;
  /** The button (and its announcement) that shows all events. */
  fit: string;
  /** Announced after the user went back to all events. */
  showingAll: string;
  /** Announced after the user zoomed or panned; `{range}` is the window in words. */
  showingWindow: string;
  /** Note in the panel of an open event that the filters hide. */
  hiddenByFilter: string;
  /** Clears every filter. */
  showAll: string;
  /** Accessible name of the search box. */
  searchLabel: string;
  searchPlaceholder: string;
  /** Accessible name of the list of category toggles. */
  categoriesLabel: string;
  /** Label of the events without a category. */
  uncategorized: string;
  /** The count when nothing is filtered out; `{n}` is the total. */
  eventCount: PluralText;
  /** The count when something is filtered out; `{shown}` passes of `{n}` (the form follows `{n}`). */
  showingCount: PluralText;
  /** What a cluster shows: `{n}` events that did not fit, e.g. "+12" (the number may be compact: "+1.2K"). */
  clusterCount: PluralText;
  /** A cluster's name for screen readers (they skip `clusterCount`); `{range}` is the span of its events. */
  clusterDetail: PluralText;
  /** The button above a page of cards in the narrow layout; `{n}` events come before it. */
  earlierEvents: PluralText;
  /** The button below a page of cards; `{n}` events come after it. */
  laterEvents: PluralText;
  /** The overview strip's busiest bin, after the count and years: `{peak}` names the bin, `{count}` its events. */
  overviewPeak: string;
  /** A week of the overview strip; `{date}` is its Monday. */
  weekOf: string;
  /** Accessible name of the brush on the overview strip: the visible period, which it moves and stretches. */
  brushLabel: string;
  /** Accessible name of the group of download buttons. */
  exportLabel: string;
  /** The button that downloads the shown events as JSON. */
  downloadJson: string;
  /** The button that downloads the shown events as CSV. */
  downloadCsv: string;
  /** The control that opens the choice of a picture of the timeline as drawn. */
  downloadImage: string;
  /** Saves the picture as SVG (for print). */
  imageSvg: string;
  /** Saves the picture as PNG at twice the pixels (for social media). */
  imagePng: string;
  /** The picture's last line; `{source}` is the data's URL (its `src`, else the page's). */
  pictureCredit: string;
  /** The printed list's heading of an event's media. */
  media: string;
  /** A link to a photo page (Flickr, Imgur); `{provider}` names the site. */
  mediaPhoto: string;
  /** A link to a video (YouTube, Vimeo, a video file); `{provider}` names the site. */
  mediaVideo: string;
  /** A link to audio (SoundCloud, Spotify, an audio file). */
  mediaAudio: string;
  /** A link to a post (X, Instagram, Telegram, Facebook, Bluesky). */
  mediaPost: string;
  /** A link to a document (DocumentCloud, Google Drive, a PDF). */
  mediaDocument: string;
  /** A link to a map (Google Maps, OpenStreetMap). */
  mediaMap: string;
  /** A link to any other page. */
  mediaPage: string;
  /** The link to a source's archived copy, beside the original. */
  archivedCopy: string;
  /** When a source was read; `{date}` is the date as the data gives it. */
  accessed: string;
  /** An approximate date (EDTF `~`; `%` is approximate and uncertain); `{date}` is the date in words. */
  approximate: string;
  /** An uncertain date (EDTF `?`; `%` puts it around `approximate`). */
  uncertain: string;
  /** A decade (`201X`); `{decade}` is its first year, e.g. "2010". */
  decade: string;
  /** Some year of a span (`20XX`, a decade before 1 AD); `{range}` is the span of years. */
  someYear: string;
  /** A month left unspecified (`2018-XX`); `{date}` is the year. */
  someMonth: string;
  /** A day left unspecified (`2017-06-XX`, `2017-XX-XX`); `{date}` is the month or year. */
  someDay: string;
  /** A span with an open end (`..`: still going on); `{date}` is its start. */
  ongoing: string;
  /** A span with an open start (`../2019`); `{date}` is its end. */
  openStart: string;
  /** A span whose end is unknown (`2019/`); `{date}` is its start. */
  endUnknown: string;
  /** A span whose start is unknown (`/2019`); `{date}` is its end. */
  startUnknown: string;
  /** The last lane, of events in no group (`lanes="group"`). */
  ungrouped: string;
  /** The last lane, of events without actors (`lanes="actors"`). */
  noActor: string;
  /** The last lane, of events without tags (`lanes="tags"`). */
  noTag: string;
  /** A lane's heading in the narrow layout on a page that starts within the lane; `{lane}` is its name. */
  laneContinued: string;
  /** Accessible name of the key to how dates are drawn, shown when the data has such dates (its entries are the texts above, with "…" for the date). */
  dateKey: string;
  /** The end of a list cut short, in the panel (sources, dates) and the picture's legend: `{n}` more were left out. */
  andMore: PluralText;
  /** Shown (and announced) when a download could not be made; `{file}` is its name, `{reason}` the (English) cause. */
  downloadFailed: string;
}

export { ENGLISH };

/** The built-in texts by language subtag: English always, the others once loaded (`loadStrings`). */
const BY_LANGUAGE: Record<string, TimelineStrings> = { en: ENGLISH };

/**
 * Languages with texts of their own, each a chunk loaded when a page first shows it: a page in
 * English never fetches Russian (8.9 KB minified).
 */
const LOADERS: Readonly<Record<string, () => Promise<TimelineStrings>>> = {
  ru: () => import('./strings/ru.js').then((module) => module.RUSSIAN),
};
const loading = new Map<string, Promise<void>>();

const languageOf = (locale: string | undefined): string => (locale ?? '').split(/[-_]/)[0]!.toLowerCase();

/**
 * The built-in texts for a BCP 47 tag, chosen by its language subtag (`ru-RU` → Russian) once
 * that language's texts are loaded (see `loadStrings`); English otherwise.
 */
export function stringsFor(locale: string | undefined): TimelineStrings {
  const language = languageOf(locale);
  return Object.hasOwn(BY_LANGUAGE, language) ? BY_LANGUAGE[language]! : ENGLISH;
}

/**
 * Loads the built-in texts of `locale`'s language, when it has some that are not loaded yet:
 * the promise settles once `stringsFor(locale)` gives them. Undefined when there is nothing to load.
 */
export function loadStrings(locale: string | undefined): Promise<void> | undefined {
  const language = languageOf(locale);
  if (Object.hasOwn(BY_LANGUAGE, language) || !Object.hasOwn(LOADERS, language)) return undefined;
  let promise = loading.get(language);
  if (!promise) {
    promise = LOADERS[language]!().then((texts) => void (BY_LANGUAGE[language] = texts));
    loading.set(language, promise);
  }
  return promise;
}

/**
 * The texts of `base` with the page's replacements over them, each only where it has the right
 * shape: text for a text; for a plural text `{ other, … }` (forms that are not text left out) or
 * one text for every number. Anything else — an unknown name, a number, null — is ignored with a
 * console warning, so a careless `strings` never leaves the element without words.
 */
export function replaceStrings(base: TimelineStrings, replaced: unknown): TimelineStrings {
  const texts: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(replaced && typeof replaced === 'object' ? replaced : {})) {
    // Own names only: `__proto__` or `constructor` from a page's JSON is an unknown text, not the prototype.
    const plural = Object.hasOwn(base, key) && typeof texts[key] === 'object';
    const forms = plural && value && typeof value === 'object' ? Object.entries(value as object).filter(([, form]) => typeof form === 'string') : [];
    if (Object.hasOwn(base, key) && typeof value === 'string') texts[key] = plural ? { other: value } : value;
    else if (forms.some(([rule]) => rule === 'other')) texts[key] = Object.fromEntries(forms);
    else console.warn(`<sanctions-timeline> strings.${key}: ${plural ? 'expected { other, … } or text' : Object.hasOwn(base, key) ? 'expected text' : 'unknown text'}; ignored`);
  }
  return texts as unknown as TimelineStrings;
}

/** The form of `text` for the number `n` in `locale`, with `{n}` filled in (formatted with `numberOptions`). */
export function plural(text: PluralText, n: number, locale?: string, numberOptions?: Intl.NumberFormatOptions): string {
  const form = text[pluralRules(locale).select(n)] ?? text.other;
  return fill(form, { n: numberFormat(locale, numberOptions).format(n) });
}

/** `n` written in the locale's digits and grouping ("1,234", "1 234"). */
export function formatNumber(n: number, locale?: string): string {
  return numberFormat(locale).format(n);
}

/**
 * `text` with each `{name}` replaced by its value ("Showing {range}"); names without a value are
 * left as written, and a value is never read as a placeholder again.
 */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}
