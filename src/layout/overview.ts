import type { Bins } from './bins.js';
import { clampWindow, type TimeWindow, type WindowLimits } from './window.js';

/** Height of the overview's bars, in pixels: the busiest bin reaches it. */
export const OVERVIEW_BAR_HEIGHT = 32;

/** Pixels from a brush edge within which a press grabs that edge (to zoom) rather than the brush (to pan). */
export const BRUSH_EDGE = 8;

/** One series of the strip: its category (undefined: none, or the rest) and its bars, as `[x, y, width, height]` runs. */
export interface OverviewBars {
  readonly key: string | undefined;
  readonly rest: boolean;
  readonly rects: readonly number[];
}

/**
 * The bars of the overview strip, `width` pixels wide over `extent`: one bar per bin, its series
 * stacked from the bottom in order, the busiest bin `height` tall. A bin with any event is at
 * least a pixel tall, so a lone event is never invisible beside a crowd.
 */
export function overviewBars(bins: Bins, extent: TimeWindow, width: number, height = OVERVIEW_BAR_HEIGHT): OverviewBars[] {
  const toX = (time: number) => ((time - extent[0]) / (extent[1] - extent[0])) * width;
  let most = 0;
  for (const total of bins.totals) most = Math.max(most, total);
  const scale = most > 0 ? height / most : 0;
  const base = new Float64Array(bins.totals.length).fill(height);
  return bins.series.map(({ key, rest, counts }) => {
    const rects: number[] = [];
    counts.forEach((count, b) => {
      if (count === 0) return;
      const x0 = Math.max(0, toX(bins.edges[b]!));
      const x1 = Math.min(width, toX(bins.edges[b + 1]!));
      if (x1 <= x0) return;
      const tall = base[b] === height ? Math.max(count * scale, 1) : count * scale;
      base[b] = base[b]! - tall;
      rects.push(x0, base[b]!, x1 - x0, tall);
    });
    return { key, rest, rects };
  });
}

/** Where the window sits on the strip: `[x0, x1]` pixels from its inline start, within the strip. */
export function brushExtent(window: TimeWindow, extent: TimeWindow, width: number): [number, number] {
  const toX = (time: number) => Math.min(width, Math.max(0, ((time - extent[0]) / (extent[1] - extent[0])) * width));
  return [toX(window[0]), toX(window[1])];
}

/** What a press on the strip at `x` takes hold of: an edge of the brush (zoom), the brush (pan), or the strip (move there). */
export type BrushGrip = 'start' | 'end' | 'brush' | 'strip';

/** The grip of a press at `x`, given the brush at `[x0, x1]`; a narrow brush is grabbed whole in its middle third. */
export function brushGrip(x: number, [x0, x1]: readonly [number, number], edge = BRUSH_EDGE): BrushGrip {
  const reach = Math.min(edge, (x1 - x0) / 3);
  if (Math.abs(x - x0) <= reach) return 'start';
  if (Math.abs(x - x1) <= reach) return 'end';
  return x > x0 && x < x1 ? 'brush' : 'strip';
}

/**
 * The window after dragging `grip` from the instant `from` to the instant `to` on the strip,
 * starting from `window`: the brush moves along, an edge moves alone (never past the other, at
 * least the least span apart), and the strip centres the window where it was pressed. Clamped.
 */
export function brushWindow(grip: BrushGrip, window: TimeWindow, from: number, to: number, limits: WindowLimits): TimeWindow {
  const [start, end] = window;
  const span = end - start;
  // An edge stops at the extent's edge and at the least span from the other: the other edge stays put.
  if (grip === 'start') return clampWindow([Math.max(limits.extent[0], Math.min(to, end - limits.minSpan)), end], limits);
  if (grip === 'end') return clampWindow([start, Math.min(limits.extent[1], Math.max(to, start + limits.minSpan))], limits);
  if (grip === 'strip') return clampWindow([to - span / 2, to + span / 2], limits);
  const shift = Math.max(limits.extent[0] - start, Math.min(limits.extent[1] - end, to - from));
  return clampWindow([start + shift, end + shift], limits);
}
