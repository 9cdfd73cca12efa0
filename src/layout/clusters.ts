/** Events that fit in no lane at a zoom level, counted together per cell of time (see placement.ts). */
export interface Cluster {
  /**
   * `cluster:<i>`, after its first event's place in the index: without the level, so the cluster
   * of the same first event keeps its id (and its DOM node) from one zoom level to the next.
   */
  readonly id: string;
  /** The cell's number: it spans `[cell × cellMs, (cell + 1) × cellMs)`. */
  readonly cell: number;
  /** How many events it holds. */
  readonly count: number;
  /** Its first event (the earliest start) and the one that ends last, as indices into the index. */
  readonly first: number;
  readonly last: number;
  /** Earliest start and latest end of its events. */
  readonly lo: number;
  readonly hi: number;
}
