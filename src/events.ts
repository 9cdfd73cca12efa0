import type { NormalizedEvent, Problem } from './model/types.js';

const init = { bubbles: true, composed: true } as const;

/** Detail of `sanctions-timeline-load`: how many events are drawn, and what was not. */
export interface LoadDetail {
  count: number;
  problems: Problem[];
}

/** Fired after every change of the data (property, attribute, `src`, markup). */
export class SanctionsTimelineLoadEvent extends CustomEvent<LoadDetail> {
  static readonly type = 'sanctions-timeline-load';
  constructor(detail: LoadDetail) {
    super(SanctionsTimelineLoadEvent.type, { ...init, detail });
  }
}

/** Detail of `sanctions-timeline-error`. */
export interface ErrorDetail {
  message: string;
  url: string;
  status?: number;
}

/** Fired when `src` could not be loaded or parsed. */
export class SanctionsTimelineErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly type = 'sanctions-timeline-error';
  constructor(detail: ErrorDetail) {
    super(SanctionsTimelineErrorEvent.type, { ...init, detail });
  }
}

/** Detail of `sanctions-timeline-select`: `id` is null when the user closes the event. */
export interface SelectDetail {
  id: string | null;
  event: NormalizedEvent | null;
}

/** Fired when the user opens or closes an event. */
export class SanctionsTimelineSelectEvent extends CustomEvent<SelectDetail> {
  static readonly type = 'sanctions-timeline-select';
  constructor(detail: SelectDetail) {
    super(SanctionsTimelineSelectEvent.type, { ...init, detail });
  }
}

/** Detail of `sanctions-timeline-view-change`: the visible window as ISO strings. */
export interface ViewChangeDetail {
  start: string;
  end: string;
}

/** Fired when the user zooms or pans, at most once per animation frame. */
export class SanctionsTimelineViewChangeEvent extends CustomEvent<ViewChangeDetail> {
  static readonly type = 'sanctions-timeline-view-change';
  constructor(detail: ViewChangeDetail) {
    super(SanctionsTimelineViewChangeEvent.type, { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sanctions-timeline-load': SanctionsTimelineLoadEvent;
    'sanctions-timeline-error': SanctionsTimelineErrorEvent;
    'sanctions-timeline-select': SanctionsTimelineSelectEvent;
    'sanctions-timeline-view-change': SanctionsTimelineViewChangeEvent;
  }
}
