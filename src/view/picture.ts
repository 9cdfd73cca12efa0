import { labelWidths } from '../layout/label-widths.js';
import type { MarkLayout } from '../layout/marks.js';
import { PlotLayouts, type PlotLayout } from '../layout/plot.js';
import { ROW_HEIGHT, POINT_SIZE } from '../layout/sizes.js';
import type { Scene } from '../state/scene.js';
import { fill, formatNumber, plural } from '../strings.js';
import { describeWindow } from './announce.js';
import { tickLabel } from './axis.js';
import { drawLanes, pictureLanes } from './picture-lanes.js';
import { LEGEND_LIMIT } from './legend-fold.js';

/** One thing drawn in a picture, in CSS pixels from its top left corner. Text is text, never markup. */
export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string; radius?: number; hatch?: boolean; opacity?: number }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string; opacity?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string }
  | { kind: 'text'; x: number; y: number; text: string; fill: string; size?: number; bold?: boolean; anchor?: 'start' | 'middle' | 'end' };

/** A picture of the timeline as drawn, device-independent: written as SVG, or painted on a canvas. */
export interface Picture {
  width: number;
  height: number;
  background: string;
  fontFamily: string;
  fontSize: number;
  /** What the picture shows, in words (the SVG's `<title>` and `<desc>`). */
  title: string;
  description: string;
  /** Title, legend, axis labels and the credit line. */
  shapes: Shape[];
  /** The plot: clipped to `plot`, as the element clips what reaches past the window. */
  plot: { x: number; y: number; width: number; height: number };
  plotShapes: Shape[];
}

/** What the picture is drawn with besides the scene: colours resolved, the font, the data's credit. */
export interface PictureOptions {
  /** A CSS colour (`var(--…)`, `light-dark(…)`) as the browser computes it, e.g. "rgb(31, 35, 40)". */
  resolve: (css: string) => string;
  fontFamily: string;
  fontSize: number;
  /** Where the data came from, for the credit line. */
  source: string;
}

const PAD = 16;
const AXIS_HEIGHT = 28;
/** A width for the picture when the element draws cards (or has not been measured). */
const NARROW_WIDTH = 960;

/**
 * The current view as a picture, drawn from the layout, not from the DOM: the data's title, the
 * window and the count, a legend of the shown categories, the axis with its ticks, the events in
 * their rows (dots, bands, bars, labels cut to their width), the "+N" clusters, and a line
 * crediting the data. Filters apply as on screen: hidden categories are left out, events the
 * search does not match are dimmed. Colours are the theme's, resolved through `options.resolve`.
 */
export function drawPicture(scene: Scene, options: PictureOptions): Picture {
  const { resolve, fontSize: size } = options;
  const { env, strings, view } = scene;
  // In lanes, the lanes the reader sees (see picture-lanes.ts); else the one band.
  const lanes = pictureLanes(scene, NARROW_WIDTH);
  const plot = lanes ? undefined : plotOf(scene);
  const plotWidth = lanes?.width ?? plot?.width ?? NARROW_WIDTH;
  const width = plotWidth + 2 * PAD;
  const color = { text: resolve('var(--sanctions-timeline-color)'), muted: resolve('var(--sanctions-timeline-muted-color)'), grid: resolve('var(--sanctions-timeline-grid-color)') };
  const shapes: Shape[] = [];
  const text = (x: number, y: number, words: string, fill = color.text, more: Partial<Extract<Shape, { kind: 'text' }>> = {}) =>
    shapes.push({ kind: 'text', x, y, text: words, fill, ...more });
  const start = (x: number) => (env.rtl ? width - x : x);
  const anchor = env.rtl ? 'end' : 'start';

  let y = PAD + size * 1.4;
  text(start(PAD), y, scene.label, color.text, { size: size * 1.4, bold: true, anchor });
  const filtered = view.filter.hiddenCategories.size > 0 || view.filter.query.trim() !== '';
  const total = scene.data.events.length;
  const count = filtered ? fill(plural(strings.showingCount, total, env.locale), { shown: formatNumber(scene.listed.length, env.locale) }) : plural(strings.eventCount, total, env.locale);
  const range = scene.window ? describeWindow(scene.window, env.locale) : '';
  y += size * 1.8;
  text(start(PAD), y, [range, count].filter(Boolean).join(' · '), color.muted, { anchor });

  // The legend: one swatch and label per category shown, wrapped to the width; past LEGEND_LIMIT,
  // the largest, then "and N more" (30,000 categories would make a picture no canvas can hold).
  let x = PAD;
  y += size * 1.2;
  const shown = scene.counts.filter(({ key }) => !view.filter.hiddenCategories.has(key));
  const largest = new Set([...shown].sort((a, b) => b.count - a.count).slice(0, LEGEND_LIMIT));
  const legend = shown.length > 1 ? shown.filter((entry) => largest.has(entry)) : [];
  const item = (itemWidth: number) => {
    if (x + itemWidth > width - PAD && x > PAD) {
      x = PAD;
      y += size * 1.6;
    }
    x += itemWidth;
    return x - itemWidth;
  };
  if (legend.length > 0) y += size * 0.6;
  for (const { key, label } of legend) {
    const at = item(14 + env.measure(label) + 16);
    shapes.push({ kind: 'rect', x: env.rtl ? width - at - 10 : at, y: y - 9, width: 10, height: 10, radius: 2, fill: resolve(scene.colorOf(key)) });
    text(start(at + 14), y, label, color.text, { anchor });
  }
  if (legend.length > 0 && legend.length < shown.length) {
    const more = plural(strings.andMore, shown.length - legend.length, env.locale);
    text(start(item(env.measure(more))), y, more, color.muted, { anchor });
  }
  y += size;

  const plotTop = y + AXIS_HEIGHT;
  const rows = plot ? plot.layout.placement.rowCount + (plot.layout.placement.clusters.length > 0 ? 1 : 0) : 0;
  const plotHeight = lanes ? lanes.height : Math.max(rows, 1) * ROW_HEIGHT + 8;
  const context = { x: PAD, y: plotTop, color, resolve };
  const plotShapes = lanes ? drawLanes(scene, lanes, context, drawPlot) : plot ? drawPlot(scene, plot.layout, plotWidth, context) : [];
  for (const tick of lanes?.plot.ticks ?? plot?.layout.ticks ?? []) {
    const tickX = PAD + (env.rtl ? plotWidth - tick.x : tick.x);
    shapes.push({ kind: 'line', x1: tickX, y1: y, x2: tickX, y2: plotTop + plotHeight, stroke: color.grid });
    const year = tick.unit === 'year';
    text(tickX + (env.rtl ? -4 : 4), y + 18, tickLabel(new Date(tick.time), tick.unit, env.locale), year ? color.text : color.muted, { bold: year, anchor });
  }
  shapes.push({ kind: 'line', x1: PAD, y1: plotTop, x2: PAD + plotWidth, y2: plotTop, stroke: color.grid });

  y = plotTop + plotHeight + size * 1.6;
  text(start(PAD), y, fill(strings.pictureCredit, { source: options.source }), color.muted, { size: size * 0.85, anchor });
  const description = [range, count].filter(Boolean).join('; ');
  return {
    width,
    height: Math.ceil(y + PAD),
    background: resolve('var(--sanctions-timeline-background)'),
    fontFamily: options.fontFamily,
    fontSize: size,
    title: scene.label,
    description,
    shapes,
    plot: { x: PAD, y: plotTop, width: plotWidth, height: plotHeight },
    plotShapes,
  };
}

/** The plot layout drawn on screen; in the narrow layout (cards), the wide one of the same window. */
function plotOf(scene: Scene): { layout: PlotLayout; width: number } | undefined {
  if (scene.plot) return { layout: scene.plot, width: Math.max(scene.env.width, 1) };
  if (!scene.window || !scene.limits) return undefined;
  const events = scene.shown;
  const widths = labelWidths(events.map((event) => event.title), scene.env.measure);
  const layout = new PlotLayouts().layout({ events, labelWidths: widths, end: scene.limits.extent[1], window: scene.window, width: NARROW_WIDTH });
  return { layout, width: NARROW_WIDTH };
}

export interface PlotContext {
  x: number;
  y: number;
  color: { text: string; muted: string; grid: string };
  resolve: (css: string) => string;
}

/** What `drawPlot` draws: events in rows and clusters below them (the one band's, or a lane's). */
export type PlotRows = Pick<PlotLayout, 'marks' | 'clusters'> & { placement: Pick<PlotLayout['placement'], 'rowCount'> };

/** Events in their rows and clusters in the row below, as the horizontal view draws them. */
function drawPlot(scene: Scene, layout: PlotRows, width: number, context: PlotContext): Shape[] {
  const { env, matches, view } = scene;
  const shapes: Shape[] = [];
  const colors = new Map<string | undefined, string>();
  const colorOf = (key: string | undefined) => colors.get(key) ?? colors.set(key, context.resolve(scene.colorOf(key))).get(key)!;
  // Layout's x runs from the inline start; right to left, it is mirrored.
  const span = (x0: number, x1: number) => (env.rtl ? [width - x1, width - x0] : [x0, x1]) as [number, number];
  for (const mark of layout.marks) {
    const top = context.y + mark.row * ROW_HEIGHT + 6;
    const dimmed = !!matches && !matches.has(mark.event.id);
    const fillColor = colorOf(mark.event.category);
    shapes.push(markShape(mark, span(mark.markX0, mark.markX1), context.x, top, fillColor, dimmed ? 0.3 : undefined));
    const [labelStart, labelEnd] = span(mark.labelX, mark.labelX + mark.labelWidth);
    const label = fit(mark.event.title, mark.labelWidth, env.measure);
    if (label) {
      shapes.push({
        kind: 'text',
        x: context.x + (env.rtl ? labelEnd : labelStart),
        y: top + 13,
        text: label,
        fill: dimmed ? context.color.muted : context.color.text,
        bold: mark.event.id === view.selected,
        anchor: env.rtl ? 'end' : 'start',
      });
    }
  }
  const clusterTop = context.y + layout.placement.rowCount * ROW_HEIGHT + 6;
  for (const { cluster, x0, x1 } of layout.clusters) {
    const [left, right] = span(x0, x1);
    shapes.push({ kind: 'rect', x: context.x + left + 2, y: clusterTop + 4, width: Math.max(right - left - 4, 0), height: ROW_HEIGHT - 14, radius: (ROW_HEIGHT - 14) / 2, fill: context.resolve('var(--sanctions-timeline-cluster-background)'), stroke: context.color.grid });
    shapes.push({ kind: 'text', x: context.x + (left + right) / 2, y: clusterTop + 4 + (ROW_HEIGHT - 14) / 2 + 4, text: plural(scene.strings.clusterCount, cluster.count, env.locale, { notation: 'compact' }), fill: context.color.text, anchor: 'middle' });
  }
  return shapes;
}

/** A dot for a moment, a hatched band for a month or year, a bar for a span: as the stylesheet draws them. */
function markShape(mark: MarkLayout, [x0, x1]: [number, number], left: number, top: number, fill: string, opacity: number | undefined): Shape {
  if (mark.kind === 'point') return { kind: 'circle', x: left + (x0 + x1) / 2, y: top + 21 + POINT_SIZE / 2, r: POINT_SIZE / 2, fill, opacity };
  const bar = { kind: 'rect', x: left + x0, y: top + 23, width: Math.max(x1 - x0, 1), height: 8, radius: 2, fill, opacity } as const;
  return mark.kind === 'band' ? { ...bar, stroke: fill, hatch: true } : bar;
}

/** `text` cut to `width` pixels with an ellipsis, as the label's `text-overflow: ellipsis` cuts it. */
function fit(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (measure(`${text.slice(0, middle).trimEnd()}…`) <= width) low = middle;
    else high = middle - 1;
  }
  return low > 0 ? `${text.slice(0, low).trimEnd()}…` : '';
}
