// What the generators of official lists (generate-eu.js, generate-uk.js, generate-ofac.js,
// generate-seco.js) share: designations spread from 1 January 2000 over 26 years, names, XML escaping.
import { dayOf as dayOfDate, pick, seededRandom } from './generate-events.js';

export { pick, seededRandom };

const DAY = 86_400_000;
const FIRST_INSTANT = Date.UTC(2000, 0, 1);
const SPAN = 26 * 365.25 * DAY;

const GIVEN = ['Ivan', 'Olga', 'Pavel', 'Irina', 'Sergei', 'Anna', 'Dmitri', 'Elena'];
const FAMILY = ['EXAMPLE', 'SAMPLE', 'PLACEHOLDER', 'TESTOV', 'DEMIDOV', 'MOCKOVA', 'FICTIVE', 'INVENTED'];
const COMPANY = ['Trade', 'Shipping', 'Holding', 'Energy', 'Logistics', 'Metals', 'Finance', 'Systems'];

/** The instant of the `i`-th of `n` designations: spread evenly over 26 years, jittered. */
export function instantOf(i, n, random) {
  return Math.floor(FIRST_INSTANT + (i + random()) * (SPAN / Math.max(1, n)));
}

/** A UTC calendar day, `days` after `time`: "2018-12-13". */
export function dayOf(time, days = 0) {
  return dayOfDate(new Date(time + days * DAY));
}

/** A person (60 %) or a company, with a name made unique by its index. */
export function target(i, random) {
  const person = random() < 0.6;
  return person
    ? { person, given: pick(GIVEN, random), family: `${pick(FAMILY, random)} ${i + 1}` }
    : { person, given: '', family: `LLC ${pick(FAMILY, random)} ${pick(COMPANY, random)} ${i + 1}` };
}

/** Text made safe inside XML elements and attributes. */
export function xml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
