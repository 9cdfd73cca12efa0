// Synthetic, seeded event lists in our input format, for the benchmark and the generator demo.
// Pure and dependency-free, so the same module runs in Node (to write a JSON file for `src`) and
// in the browser (the bench pages and demo/generator.html).

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** The generated data starts on 1 January 2000 (UTC). */
const FIRST_INSTANT = Date.UTC(2000, 0, 1);

/** Category keys with their share of the events, as in the project's data set (persecution and statements dominate). */
const CATEGORIES = [
  ['statement', 0.25],
  ['persecution', 0.22],
  ['threat', 0.18],
  ['report', 0.15],
  ['sanction', 0.12],
  ['legal', 0.08],
];

const ACTORS = ['Ministry', 'Regional head', 'Court', 'Rapporteur', 'Parliament', 'Council', 'Prosecutor', 'Commission'];
const VERBS = ['announces', 'condemns', 'detains', 'reports on', 'designates', 'threatens', 'appeals', 'publishes'];
const OBJECTS = [
  'rights defenders',
  'journalists',
  'asset freeze',
  'travel ban',
  'new detentions',
  'annual review',
  'court ruling',
  'open letter',
];

/**
 * A small, fast PRNG (mulberry32): the same seed gives the same sequence on every engine, which
 * `Math.random` cannot promise.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How many years `n` events spread over: 10 for 1,000, growing slowly (20 for 10k, 30 for 100k,
 * 40 for 1M), so larger sets are also denser, as real archives grow.
 * @param {number} n
 */
export function spanYears(n) {
  return 10 + 10 * Math.log10(Math.max(1, n / 1000));
}

const pad = (value, width = 2) => String(value).padStart(width, '0');
const yearOf = (date) => pad(date.getUTCFullYear(), 4);
const monthOf = (date) => `${yearOf(date)}-${pad(date.getUTCMonth() + 1)}`;
/** "2018-12-13": a Date's UTC calendar day. */
export const dayOf = (date) => `${monthOf(date)}-${pad(date.getUTCDate())}`;

/** One start (and maybe end) at a mixed precision: mostly days, some months, years, times and spans. */
function dates(time, random) {
  const date = new Date(time);
  const roll = random();
  if (roll < 0.7) return { start: dayOf(date) };
  if (roll < 0.8) {
    const end = new Date(time + (1 + Math.floor(random() * 180)) * DAY);
    return { start: dayOf(date), end: dayOf(end) };
  }
  if (roll < 0.88) return { start: monthOf(date) };
  if (roll < 0.91) {
    const end = new Date(time + (1 + Math.floor(random() * 12)) * 30 * DAY);
    return { start: monthOf(date), end: monthOf(end) };
  }
  if (roll < 0.94) return { start: yearOf(date) };
  // A date-time with the Moscow offset, as news reports give them.
  const local = new Date(time + 3 * 3600_000);
  return { start: `${dayOf(local)}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00+03:00` };
}

/** An item of `list`, chosen with `random`. */
export function pick(list, random) {
  return list[Math.floor(random() * list.length)];
}

function category(random) {
  let roll = random();
  // Walk the shares: the first key whose cumulative share exceeds the roll.
  for (const [key, share] of CATEGORIES) {
    roll -= share;
    if (roll < 0) return key;
  }
  return CATEGORIES[0][0];
}

/**
 * `n` events in our input format (API.md), deterministic for a seed, in time order (a month or
 * year-only start begins at its unit, so it may come before the day-precise event listed before it): ids `e1`…`en`, a start at mixed precision (a tenth of them ranges), a title, one of
 * six categories and one https source.
 * @param {number} n
 * @param {number} [seed]
 * @returns {import('./generate-events.js').GeneratedEvent[]}
 */
export function generateEvents(n, seed = 1) {
  const random = seededRandom(seed);
  const count = Math.max(0, Math.floor(n));
  const step = (spanYears(count) * YEAR) / Math.max(1, count);
  const events = new Array(count);
  for (let i = 0; i < count; i++) {
    // Evenly spread with jitter: chronological like a real file, uneven like real news.
    const time = Math.floor(FIRST_INSTANT + (i + random()) * step);
    const id = `e${i + 1}`;
    events[i] = {
      id,
      ...dates(time, random),
      title: `${pick(ACTORS, random)} ${pick(VERBS, random)} ${pick(OBJECTS, random)} (${id})`,
      category: category(random),
      sources: [{ url: `https://example.org/news/${id}` }],
    };
  }
  return events;
}
