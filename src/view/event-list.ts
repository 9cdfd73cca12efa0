import type { TemplateResult } from 'lit';
import type { NormalizedEvent } from '../model/types.js';

/** What both layouts need to draw the events as a list of buttons. */
export interface EventListContext {
  locale?: string;
  /**
   * Right to left: time runs from the right. Layout stays in logical pixels (from the inline-start
   * edge); the view mirrors them as it places things (see `inlineX`).
   */
  rtl?: boolean;
  /** Accessible name of the list. */
  label: string;
  selected: string;
  /** The one event in the tab order (roving tabindex); arrows move it. */
  tabStop: string;
  /** Ids matching the search; undefined when there is no search. */
  matches?: ReadonlySet<string>;
  colorOf: (category: string | undefined) => string;
  /** The title, with search matches highlighted. */
  renderTitle: (event: NormalizedEvent) => TemplateResult | string;
  /** An event or cluster was activated; `lane` is the key of the lane its copy is in (lanes only). */
  onActivate: (id: string, lane?: string) => void;
}

/** One click listener on the list for all its event buttons (click, tap, Enter, Space). */
export function activateOnClick(onActivate: (id: string, lane?: string) => void): (event: Event) => void {
  return (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-id]');
    if (button) onActivate(button.dataset.id!, button.closest<HTMLElement>('[data-lane]')?.dataset.lane);
  };
}

/** Class names for an item: selected, and dimmed when a search is on and it does not match. */
export function itemState(id: string, context: EventListContext): string {
  const selected = id === context.selected ? 'item--selected' : '';
  const dimmed = context.matches && !context.matches.has(id) ? 'item--dimmed' : '';
  return `${selected} ${dimmed}`;
}

/**
 * A logical x (pixels from the inline-start edge, as layout computes it) as the `translate` offset
 * of a box placed at `inset-inline-start: 0`: the same in left-to-right, mirrored in right-to-left.
 */
export function inlineX(x: number, rtl = false): number {
  return rtl ? -x : x;
}
