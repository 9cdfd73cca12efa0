/** Plural forms keyed by Intl.PluralRules categories; `{n}` stands for the number. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every text the element itself shows or announces; replace any through the `strings` property. */
export interface TimelineStrings {
  noEvents: string;
  eventsLabel: string;
  timelineLabel: string;
  unreadable: string;
  loading: string;
  retry: string;
  notShown: PluralText;
  warnings: PluralText;
  item: string;
  close: string;
  previous: string;
  next: string;
  actors: string;
  sources: string;
  controlsLabel: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  showingAll: string;
  showingWindow: string;
  hiddenByFilter: string;
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
  /** Read after `clusterCount` by screen readers; `{range}` is the span of the cluster's events. */
  clusterDetail: PluralText;
}

export const ENGLISH: TimelineStrings = {
  noEvents: 'No events',
  eventsLabel: 'Events',
  timelineLabel: 'Timeline',
  unreadable: 'The events could not be read',
  loading: 'Loading events…',
  retry: 'Retry',
  notShown: { one: '{n} event could not be shown', other: '{n} events could not be shown' },
  warnings: { one: '{n} event is shown with a warning', other: '{n} events are shown with warnings' },
  item: 'Item {n}',
  close: 'Close',
  previous: 'Previous',
  next: 'Next',
  actors: 'Involved',
  sources: 'Sources',
  controlsLabel: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Whole timeline',
  showingAll: 'Showing all events',
  showingWindow: 'Showing {range}',
  hiddenByFilter: 'This event is hidden by the current filters.',
  showAll: 'Show all',
  searchLabel: 'Search events',
  searchPlaceholder: 'Search',
  categoriesLabel: 'Categories',
  uncategorized: 'Uncategorized',
  eventCount: { one: '{n} event', other: '{n} events' },
  showingCount: { one: 'Showing {shown} of {n} event', other: 'Showing {shown} of {n} events' },
  clusterCount: { other: '+{n}' },
  clusterDetail: { one: ' more event, {range}; activate to zoom in', other: ' more events, {range}; activate to zoom in' },
};

/** The form of `text` for the number `n` in `locale`, with `{n}` filled in (formatted with `numberOptions`). */
export function plural(text: PluralText, n: number, locale?: string, numberOptions?: Intl.NumberFormatOptions): string {
  const category = cached(`plural ${locale}`, () => new Intl.PluralRules(locale)).select(n);
  const numbers = cached(`number ${locale} ${JSON.stringify(numberOptions)}`, () => new Intl.NumberFormat(locale, numberOptions));
  return (text[category] ?? text.other).replace('{n}', numbers.format(n));
}

/** Intl objects are slow to build and rendering asks for the same few every frame. */
const INTL_CACHE = new Map<string, Intl.PluralRules | Intl.NumberFormat>();

function cached<T extends Intl.PluralRules | Intl.NumberFormat>(key: string, make: () => T): T {
  let value = INTL_CACHE.get(key) as T | undefined;
  if (!value) INTL_CACHE.set(key, (value = make()));
  return value;
}
