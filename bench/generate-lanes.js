// Seeded events in lanes, for the bench's lanes case: the events of generate-events.js, each with
// a `group` ("Authority 0001"…), the lanes unevenly sized as in real lists (a few authorities
// with thousands of designations, most with a few dozen). Pure and dependency-free, like
// generate-events.js, so the bench pages of both libraries draw the same data.
import { generateEvents, seededRandom } from './generate-events.js';

/**
 * Lane k (0-based, largest first) has a weight 1 / (k + 1) ** LANE_SKEW (Zipf): with 1,000 lanes
 * and 100,000 events the largest lane has about 13,000 events, the tenth 1,300, the median 27
 * and the smallest 14.
 */
export const LANE_SKEW = 1;

/**
 * "Authority 0001": the name of lane `index` (0-based) of `lanes`, numbered from 1 and padded,
 * so that the names sort as the numbers do.
 * @param {number} index
 * @param {number} [lanes]
 */
export function laneName(index, lanes = 1000) {
  return `Authority ${String(index + 1).padStart(Math.max(4, String(lanes).length), '0')}`;
}

/**
 * How many of `n` events each of `lanes` lanes gets, largest first: every lane one (while
 * there are events for each), the rest by the lanes' weights, rounded by largest remainder so
 * the sizes add up to `n` exactly.
 * @param {number} n
 * @param {number} lanes
 * @returns {number[]}
 */
export function laneSizes(n, lanes) {
  const count = Math.max(0, Math.floor(lanes));
  const total = Math.max(0, Math.floor(n));
  if (count === 0) return [];
  const base = total >= count ? 1 : 0;
  const rest = total - base * count;
  const weights = Array.from({ length: count }, (_, k) => 1 / (k + 1) ** LANE_SKEW);
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((weight) => (rest * weight) / sum);
  const sizes = quotas.map((quota) => base + Math.floor(quota));
  let left = total - sizes.reduce((a, b) => a + b, 0);
  // The events left by rounding down go to the largest remainders (ties: the larger lane).
  const byRemainder = quotas.map((quota, k) => [quota - Math.floor(quota), k]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, k] of byRemainder) {
    if (left-- <= 0) break;
    sizes[k]++;
  }
  return sizes;
}

/** Fisher–Yates with a seeded `random`, in place. */
function shuffle(list, random) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/**
 * `generateEvents(n, seed)` (the very same events), each with a `group`: one of `lanes` names,
 * sized by `laneSizes`. Which name gets which size, and which events go to which lane, are
 * shuffled with the seed, so the large lanes are not the first names and every lane's events
 * are spread over the whole time range.
 * @param {number} n
 * @param {number} [lanes]
 * @param {number} [seed]
 * @returns {(import('./generate-events.js').GeneratedEvent & { group: string })[]}
 */
export function generateLaneEvents(n, lanes = 1000, seed = 1) {
  const events = generateEvents(n, seed);
  // A stream of its own, so the events stay those of generateEvents(n, seed).
  const random = seededRandom(seed + 0x1a9e);
  const names = shuffle(
    Array.from({ length: Math.max(0, Math.floor(lanes)) }, (_, k) => laneName(k, lanes)),
    random,
  );
  const laneOf = [];
  laneSizes(events.length, names.length).forEach((size, k) => {
    for (let i = 0; i < size; i++) laneOf.push(k);
  });
  shuffle(laneOf, random);
  // The events were made here, so each gets its group in place.
  events.forEach((event, i) => (event.group = names[laneOf[i]]));
  return events;
}

/**
 * The distinct groups of `events` in the order of their first event (the events are in time
 * order): the order our element draws its lanes in by default, and the groups vis-timeline gets.
 * @param {readonly { group?: string }[]} events
 * @returns {string[]}
 */
export function groupsOf(events) {
  const seen = new Set();
  for (const { group } of events) if (group !== undefined) seen.add(group);
  return [...seen];
}
