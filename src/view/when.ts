import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatSpan, machineDate, type DateWords } from '../model/format-date.js';
import type { NormalizedEvent } from '../model/types.js';

/**
 * The event's date in words, as every view shows it: its `displayDate` when it has one, else
 * its sides at their precision with what the record says of them ("about 2018", "since 20 July
 * 2020 (ongoing)").
 */
export function whenText(event: NormalizedEvent, locale: string | undefined, words: DateWords): string {
  return event.displayDate ?? formatSpan(event.when.start, event.when.end, locale, words);
}

/**
 * The event's date(s) in words, machine-readable through `<time datetime>`: two times for a
 * span between two dates, else one (a shown `displayDate`, a date, or a span with an open or
 * unknown side, read as its known date). One template per shape, not a nested conditional:
 * every binding adds a marker node, and the plot keeps its node count bounded.
 */
export function renderWhen(event: NormalizedEvent, locale: string | undefined, words: DateWords): TemplateResult {
  const { start, end } = event.when;
  if (end && !end.undated && !start.undated && end.text !== start.text && event.displayDate === undefined) {
    return html`<time datetime=${machineDate(start) ?? nothing}>${formatDate(start, locale, words)}</time> – <time
        datetime=${machineDate(end) ?? nothing}
        >${formatDate(end, locale, words)}</time
      >`;
  }
  return html`<time datetime=${whenMachine(event) ?? nothing}>${whenText(event, locale, words)}</time>`;
}

/** The `datetime` of the event's first known date (see `machineDate`). */
export function whenMachine({ when: { start, end } }: NormalizedEvent): string | undefined {
  return machineDate(start.undated ? end! : start);
}

/**
 * What the record says of the event's dates, as class names of its item (`item--approximate`,
 * `item--uncertain`, `item--open-start`, `item--open-end`, `item--unknown-start`,
 * `item--unknown-end`): the marks look it (see dates.styles.ts). Empty for plain dates.
 */
export function dateClasses({ when: { start, end } }: NormalizedEvent): string {
  let classes = '';
  if (start.approximate || end?.approximate) classes += ' item--approximate';
  if (start.uncertain || end?.uncertain) classes += ' item--uncertain';
  if (start.undated) classes += ` item--${start.undated}-start`;
  if (end?.undated) classes += ` item--${end.undated}-end`;
  return classes;
}

/** The mark's parts: `marker` (a dot) or `range` (a band or bar), plus `approximate` and `uncertain` when it is so. */
export function markParts(event: NormalizedEvent, point: boolean): string {
  const { start, end } = event.when;
  return `${point ? 'marker' : 'range'}${start.approximate || end?.approximate ? ' approximate' : ''}${start.uncertain || end?.uncertain ? ' uncertain' : ''}`;
}
