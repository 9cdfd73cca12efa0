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
  /** Accessible name of the group of download buttons. */
  exportLabel: string;
  /** The button that downloads the shown events as JSON. */
  downloadJson: string;
  /** The button that downloads the shown events as CSV. */
  downloadCsv: string;
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
  exportLabel: 'Download',
  downloadJson: 'Download JSON',
  downloadCsv: 'Download CSV',
};

/** The form of `text` for the number `n` in `locale`, with `{n}` filled in. */
export function plural(text: PluralText, n: number, locale?: string): string {
  const category = new Intl.PluralRules(locale).select(n);
  return (text[category] ?? text.other).replace('{n}', new Intl.NumberFormat(locale).format(n));
}
