/**
 * Lengths of time in milliseconds, for the arithmetic of windows, paddings and spans. Calendar
 * units (months, years) are not fixed lengths: those go through d3-time's UTC intervals.
 */
export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The average Gregorian year and month: good for saying how long a span is, never for dates. */
export const MEAN_YEAR = 365.2425 * DAY;
export const MEAN_MONTH = MEAN_YEAR / 12;
