// Types for generate-lanes.js, so TypeScript tests can import it without allowJs.
import type { GeneratedEvent } from './generate-events.js';

/** A generated event with its lane. */
export interface LaneEvent extends GeneratedEvent {
  group: string;
}

/** The Zipf exponent of the lane sizes: lane k (0-based, largest first) weighs 1 / (k + 1) ** LANE_SKEW. */
export const LANE_SKEW: number;

/** "Authority 0001": the name of lane `index` (0-based) of `lanes`. */
export function laneName(index: number, lanes?: number): string;

/** How many of `n` events each of `lanes` lanes gets, largest first; they add up to `n`. */
export function laneSizes(n: number, lanes: number): number[];

/** `generateEvents(n, seed)`, each event with a `group`: one of `lanes` unevenly sized lanes. */
export function generateLaneEvents(n: number, lanes?: number, seed?: number): LaneEvent[];

/** The distinct groups of `events`, in the order of their first event. */
export function groupsOf(events: readonly { group?: string }[]): string[];
