/**
 * Sizes in CSS pixels that layout computes with and the stylesheet draws with. They are written
 * once, here: the stylesheet reads them as custom properties set from these numbers (see
 * `sanctions-timeline.styles.ts`), so a mark is never placed at one size and drawn at another.
 */

/** Height of one row: a label line above a 10 px track (a touch target of at least 24 px). */
export const ROW_HEIGHT = 40;

/** Diameter of a point mark, and the least width of a band or bar. */
export const POINT_SIZE = 12;

/** Widest a label may be before it is cut with an ellipsis. */
export const MAX_LABEL_WIDTH = 220;

/** Height of a lane's header: its name and count on one line, a touch target of 24 px and more. */
export const LANE_HEADER_HEIGHT = 28;

/** Height of a collapsed lane's density strip, under its header. */
export const DENSITY_HEIGHT = 14;

/** The lanes' viewport height assumed before it is measured: the stylesheet's default `--sanctions-timeline-plot-height` (36rem). */
export const DEFAULT_PLOT_HEIGHT = 576;
