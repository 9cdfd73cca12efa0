/** A horizontal extent in pixels: [x0, x1). */
export interface Extent {
  readonly x0: number;
  readonly x1: number;
}

/**
 * Stacks extents into lanes so that no two in a lane come closer than `gap` pixels: each one
 * goes to the first lane it fits in, taking them left to right (greedy interval colouring,
 * optimal for intervals). Returns each extent's lane, in input order.
 */
export function assignLanes(extents: readonly Extent[], gap = 0): number[] {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.x0 - extents[b]!.x0);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(extents.length);
  for (const i of order) {
    const { x0, x1 } = extents[i]!;
    let lane = laneEnds.findIndex((end) => end + gap <= x0);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x1;
    lanes[i] = lane;
  }
  return lanes;
}
