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
