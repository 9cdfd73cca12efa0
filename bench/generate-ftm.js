// Synthetic, seeded sanctions data in OpenSanctions' flat FollowTheMoney export shape
// (entities.ftm.json): one designation (a `Sanction` entity) and one target (a `Person` or
// `Company`) per index, one JSON object a line. Pure and dependency-free, like generate-events.js,
// so Node writes the bench's file with it and the tests read it in the browser.
import { dayOf as dayOfDate, pick, seededRandom } from './generate-events.js';

const DAY = 86_400_000;
/** Designations are spread from 1 January 2000 over 26 years, as the real lists are. */
const FIRST_INSTANT = Date.UTC(2000, 0, 1);
const SPAN = 26 * 365.25 * DAY;

/** Who designates, with a dataset, a programme and a share of the designations. */
const AUTHORITIES = [
  { country: 'us', dataset: 'us_ofac_sdn', authority: 'Office of Foreign Assets Control', program: 'RUSSIA-EO14024', share: 0.3 },
  { country: 'eu', dataset: 'eu_fsf', authority: 'European Union', program: 'EU-UKR', share: 0.2 },
  { country: 'gb', dataset: 'gb_hmt_sanctions', authority: 'Office of Financial Sanctions Implementation', program: 'Russia', share: 0.15 },
  { country: 'ua', dataset: 'ua_nsdc_sanctions', authority: 'National Security and Defense Council', program: 'UA-SA1644', share: 0.15 },
  { country: 'ch', dataset: 'ch_seco_sanctions', authority: 'State Secretariat for Economic Affairs', program: 'Ukraine', share: 0.1 },
  { country: 'ca', dataset: 'ca_dfatd_sema_sanctions', authority: 'Global Affairs Canada', program: 'SEMA Russia', share: 0.1 },
];

const GIVEN = ['Ivan', 'Olga', 'Pavel', 'Irina', 'Sergei', 'Anna', 'Dmitri', 'Elena'];
const FAMILY = ['EXAMPLE', 'SAMPLE', 'PLACEHOLDER', 'TESTOV', 'DEMIDOV', 'MOCKOVA', 'FICTIVE', 'INVENTED'];
const COMPANY = ['Trade', 'Shipping', 'Holding', 'Energy', 'Logistics', 'Metals', 'Finance', 'Systems'];
const REASONS = [
  'Involved in obtaining a benefit from the Government of Russia.',
  'Operates in a sector of the Russian economy of strategic significance.',
  'Supports actions undermining the territorial integrity of Ukraine.',
];

const dayOf = (time) => dayOfDate(new Date(time));

function authority(random) {
  let roll = random();
  for (const entry of AUTHORITIES) {
    roll -= entry.share;
    if (roll < 0) return entry;
  }
  return AUTHORITIES[0];
}

/** A designation's date properties: mostly startDate and a later listingDate, some only one, a few none (as OFAC's). */
function dates(time, random) {
  const roll = random();
  const start = dayOf(time);
  if (roll < 0.03) return {};
  if (roll < 0.35) return { listingDate: [start] };
  const properties = { startDate: [start], listingDate: [dayOf(time + Math.floor(random() * 30) * DAY)] };
  if (roll > 0.9) properties.endDate = [dayOf(time + (1 + Math.floor(random() * 10)) * 365 * DAY)];
  if (roll > 0.8) properties.modifiedAt = [dayOf(time + Math.floor(random() * 900) * DAY)];
  return properties;
}

/**
 * `n` designations with their targets as FollowTheMoney JSON lines (text, one entity a line),
 * deterministic for a seed: ids `os-s1`… for the designations and `os-t1`… for the targets; the
 * target comes after its designation on every other pair, as in a real flat export; about 3 % of
 * the designations carry no date at all. Processing times (`first_seen`…) are all 2025, so a
 * reader that dated from them would show it.
 * @param {number} n
 * @param {number} [seed]
 * @returns {string}
 */
export function generateFtm(n, seed = 1) {
  const random = seededRandom(seed);
  const count = Math.max(0, Math.floor(n));
  const step = SPAN / Math.max(1, count);
  const lines = new Array(count * 2);
  const seen = { first_seen: '2025-03-31T14:57:02', last_seen: '2025-11-30T08:00:00', last_change: '2025-06-01T00:00:00' };
  for (let i = 0; i < count; i++) {
    const time = Math.floor(FIRST_INSTANT + (i + random()) * step);
    const who = authority(random);
    const person = random() < 0.6;
    const name = person ? `${pick(GIVEN, random)} ${pick(FAMILY, random)} ${i + 1}` : `LLC ${pick(FAMILY, random)} ${pick(COMPANY, random)} ${i + 1}`;
    const target = {
      id: `os-t${i + 1}`,
      schema: person ? 'Person' : 'Company',
      caption: name,
      properties: { name: [name], topics: ['sanction'], ...(person ? { nationality: ['ru'] } : { jurisdiction: ['ru'] }) },
      datasets: [who.dataset],
      referents: [],
      target: true,
      ...seen,
    };
    const sanction = {
      id: `os-s${i + 1}`,
      schema: 'Sanction',
      caption: who.program,
      properties: {
        entity: [target.id],
        country: [who.country],
        authority: [who.authority],
        program: [who.program],
        reason: [pick(REASONS, random)],
        sourceUrl: [`https://sanctions.example.org/${who.dataset}/${i + 1}`],
        ...dates(time, random),
      },
      datasets: [who.dataset],
      referents: [],
      target: false,
      ...seen,
    };
    const pair = [JSON.stringify(sanction), JSON.stringify(target)];
    if (i % 2) pair.reverse();
    lines[2 * i] = pair[0];
    lines[2 * i + 1] = pair[1];
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
