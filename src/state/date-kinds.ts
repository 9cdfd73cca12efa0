import type { NormalizedEvent, ParsedDate } from '../model/types.js';

/** Which of the marks the date key explains the data holds: it lists only those. */
export interface DateKinds {
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** A side that runs on (`..`). */
  readonly ongoing: boolean;
  /** A side left unknown (empty). */
  readonly unknown: boolean;
}

/** The kinds of dates among `events`, in one pass. */
export function dateKinds(events: readonly NormalizedEvent[]): DateKinds {
  const kinds = { approximate: false, uncertain: false, ongoing: false, unknown: false };
  const look = (side: ParsedDate | undefined) => {
    if (!side) return;
    kinds.approximate ||= !!side.approximate;
    kinds.uncertain ||= !!side.uncertain;
    kinds.ongoing ||= side.undated === 'open';
    kinds.unknown ||= side.undated === 'unknown';
  };
  for (const { when } of events) {
    look(when.start);
    look(when.end);
  }
  return kinds;
}
