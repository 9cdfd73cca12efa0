import { zoomLevel } from '../../src/layout/levels.js';
import { layoutMarks } from '../../src/layout/marks.js';
import { placeEvents, type MarkSizes } from '../../src/layout/placement.js';
import { indexByTime } from '../../src/layout/time-index.js';
import type { TimeWindow } from '../../src/layout/window.js';
import type { NormalizedEvent } from '../../src/model/types.js';

/** Seven pixels a letter: label widths tests can reason about. */
export const measure = (text: string) => text.length * 7;

/**
 * Lays `events` out in `window` drawn `width` pixels wide, the way the plot does: index, place
 * at the window's zoom level (labels flip before `end`), then what is in view.
 */
export function layoutWindow(
  events: readonly NormalizedEvent[],
  window: TimeWindow,
  width: number,
  sizes: Partial<MarkSizes> = {},
  end = window[1],
) {
  const index = indexByTime(events);
  const labelWidths = events.map((event) => measure(event.title));
  const placement = placeEvents(index, zoomLevel(width / (window[1] - window[0])), { ...sizes, labelWidths, end });
  return { placement, ...layoutMarks(index, placement, window, { ...sizes, width, labelWidths }) };
}
