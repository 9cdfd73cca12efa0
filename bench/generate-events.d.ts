// Types for generate-events.js, so TypeScript tests and demos can import it without allowJs.
import type { TimelineEvent, TimelineSource } from '../src/model/types.js';

/** A generated event: always has an id, a category and one https source. */
export interface GeneratedEvent extends TimelineEvent {
  id: string;
  category: string;
  sources: [TimelineSource];
}

/** A seeded PRNG (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number;

/** How many years `n` generated events spread over (10 for 1,000, +10 per factor of ten). */
export function spanYears(n: number): number;

/** `n` valid events in the input format, deterministic for `seed`. */
export function generateEvents(n: number, seed?: number): GeneratedEvent[];

/** "2018-12-13": a Date's UTC calendar day. */
export function dayOf(date: Date): string;

/** An item of `list`, chosen with `random`. */
export function pick<T>(list: readonly T[], random: () => number): T;
