import { cardAt } from '../layout/lane-pages.js';
import { DENSITY_SLICE, LanePlotLayouts, type LaneInView, type LanePlot } from '../layout/lane-plot.js';
import { labelWidths } from '../layout/label-widths.js';
import { DEFAULT_PLOT_HEIGHT, DENSITY_HEIGHT, LANE_HEADER_HEIGHT } from '../layout/sizes.js';
import type { NormalizedEvent } from '../model/types.js';
import type { Scene } from '../state/scene.js';
import { plural } from '../strings.js';
import type { PlotContext, PlotRows, Shape } from './picture.js';

/** The lanes a picture shows: a plot of lanes, and the part of it in the picture (as the viewport shows it). */
export interface PictureLanes {
  readonly plot: LanePlot;
  readonly width: number;
  /** How far down the lanes the picture starts, and how much of them it shows, in pixels. */
  readonly top: number;
  readonly height: number;
}

/** How the one band's rows are drawn (picture.ts's `drawPlot`), for each lane's rows. */
export type DrawRows = (scene: Scene, rows: PlotRows, width: number, context: PlotContext) => Shape[];

/**
 * What a picture of lanes shows: in the wide layout, the lanes in the viewport as scrolled now
 * (`view.laneTop`, as tall as the viewport); in the narrow one, which draws cards, the wide plot
 * of the same window `narrowWidth` pixels wide, from the lane of the page's first card down as
 * far as a viewport holds. Undefined without lanes.
 */
export function pictureLanes(scene: Scene, narrowWidth: number): PictureLanes | undefined {
  const viewport = scene.env.plotHeight || DEFAULT_PLOT_HEIGHT;
  if (scene.lanePlot) return shown(scene.lanePlot, Math.max(scene.env.width, 1), scene.view.laneTop, viewport);
  const { laneCards: cards, window, limits } = scene;
  if (!cards || !window || !limits) return undefined;
  const widths = labelWidths(scene.shown.map((event) => event.title), scene.env.measure);
  const byEvent = new Map<NormalizedEvent, number>(scene.shown.map((event, i) => [event, widths[i]!]));
  const layouts = new LanePlotLayouts();
  const input = {
    lanes: scene.lanes,
    shown: scene.laneShown,
    counts: scene.laneCounts,
    labelWidth: (event: NormalizedEvent) => byEvent.get(event) ?? 0,
    end: limits.extent[1],
    extent: limits.extent,
    window,
    width: narrowWidth,
    collapsed: scene.view.collapsed,
    height: viewport,
  };
  const all = layouts.layout({ ...input, top: 0 });
  const top = all.offsets[cardAt(cards, scene.page?.[0] ?? 0)?.position ?? 0] ?? 0;
  return shown(top ? layouts.layout({ ...input, top }) : all, narrowWidth, top, viewport);
}

/** The part of `plot` a viewport `viewport` tall scrolled to `top` shows: never past the last lane. */
function shown(plot: LanePlot, width: number, top: number, viewport: number): PictureLanes {
  const total = plot.offsets[plot.offsets.length - 1]!;
  const height = Math.min(total, viewport);
  return { plot, width, top: Math.max(0, Math.min(top, total - height)), height };
}

/**
 * The lanes in the picture, as the wide layout draws them: a rule above each and a tint on every
 * other one; its header (name and count, on the background, at the inline start); its rows of
 * marks and labels and its clusters, or its density strip when collapsed, or nothing when the
 * filters leave it no event. Lanes the viewport does not reach are left out; those it cuts are
 * clipped with the plot.
 */
export function drawLanes(scene: Scene, { plot, width, top, height }: PictureLanes, context: PlotContext, drawRows: DrawRows): Shape[] {
  const shapes: Shape[] = [];
  const { env } = scene;
  const background = context.resolve('var(--sanctions-timeline-background)');
  for (const lane of plot.inView) {
    const y = context.y + lane.top - top;
    if (y + lane.height <= context.y || y >= context.y + height) continue;
    // The tint follows the lane's place among all lanes, so it stays with the lane as they scroll.
    if (lane.position % 2 === 1) shapes.push({ kind: 'rect', x: context.x, y, width, height: lane.height, fill: context.color.grid, opacity: 0.18 });
    shapes.push({ kind: 'line', x1: context.x, y1: y, x2: context.x + width, y2: y, stroke: context.color.grid });
    if (lane.marks && lane.clusters && lane.placed) {
      shapes.push(...drawRows(scene, { marks: lane.marks, clusters: lane.clusters, placement: lane.placed.placement }, width, { ...context, y: y + LANE_HEADER_HEIGHT }));
    } else if (lane.density) shapes.push(...densityShapes(lane.density, width, { ...context, y: y + LANE_HEADER_HEIGHT }, env.rtl));
    if (y + LANE_HEADER_HEIGHT > context.y) shapes.push(...headerShapes(scene, lane, width, { ...context, y }, background));
  }
  return shapes;
}

/** A lane's header: its name (bold while it has events) and its count, on the background so grid lines pass behind it. */
function headerShapes(scene: Scene, lane: LaneInView, width: number, context: PlotContext, background: string): Shape[] {
  const { env, strings } = scene;
  const count = plural(strings.eventCount, lane.count, env.locale);
  const empty = lane.shown.length === 0;
  // The name is drawn bold and measured in the regular face: an eighth more is room enough.
  const nameWidth = env.measure(lane.lane.label) * (empty ? 1 : 1.12);
  const boxWidth = Math.min(width - 8, 8 + nameWidth + 8 + env.measure(count) + 8);
  const baseline = context.y + 19;
  const start = (x: number) => context.x + (env.rtl ? width - x : x);
  const anchor = env.rtl ? 'end' : 'start';
  return [
    { kind: 'rect', x: env.rtl ? context.x + width - 4 - boxWidth : context.x + 4, y: context.y + 2, width: boxWidth, height: LANE_HEADER_HEIGHT - 4, radius: 4, fill: background },
    { kind: 'text', x: start(12), y: baseline, text: lane.lane.label, fill: empty ? context.color.muted : context.color.text, bold: !empty, anchor },
    { kind: 'text', x: start(12 + nameWidth + 8), y: baseline, text: count, fill: context.color.muted, anchor },
  ];
}

/** A collapsed lane's density strip: a bar per slice of the window with events, as tall as its share of the busiest (as on screen). */
function densityShapes(counts: Uint32Array, width: number, context: PlotContext, rtl: boolean): Shape[] {
  const most = counts.reduce((max, n) => Math.max(max, n), 0);
  // The strip's slices are stretched to the plot's width, as the screen's SVG is.
  const slice = width / counts.length;
  const fill = context.resolve('var(--sanctions-timeline-mark-color)');
  const shapes: Shape[] = [];
  counts.forEach((n, s) => {
    if (!n) return;
    const h = Math.max(DENSITY_HEIGHT / 3, (DENSITY_HEIGHT * Math.sqrt(n)) / Math.sqrt(most));
    const x = rtl ? width - (s + 1) * slice : s * slice;
    shapes.push({ kind: 'rect', x: context.x + x, y: context.y + DENSITY_HEIGHT - h, width: (slice * (DENSITY_SLICE - 1)) / DENSITY_SLICE, height: h, fill, opacity: 0.7 });
  });
  return shapes;
}
