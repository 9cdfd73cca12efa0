// Synthetic, seeded designations in the FCDO's UK Sanctions List XML: one <Designation> each, with
// its dates (DD/MM/YYYY), names, regime and type. Pure and dependency-free, like generate-ftm.js.
import { dayOf, instantOf, pick, seededRandom, target, xml } from './list-dates.js';

const REGIMES = [
  ['RUS', 'The Russia (Sanctions) (EU Exit) Regulations 2019'],
  ['BLR', 'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019'],
  ['AQD', "The ISIL (Da'esh) and Al-Qaida (United Nations Sanctions) (EU Exit) Regulations 2019"],
  ['GHR', 'The Global Human Rights Sanctions Regulations 2020'],
  ['SYR', 'The Syria (Sanctions) (EU Exit) Regulations 2019'],
];

/** "2018-12-13" as the UK list writes it: "13/12/2018". */
const uk = (day) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * `n` designations as UK Sanctions List XML text, deterministic for a seed: unique ids `RUS0000001`…,
 * about 3 % without `DateDesignated`, generated in 2026.
 * @param {number} n
 * @param {number} [seed]
 * @returns {string}
 */
export function generateUkSanctions(n, seed = 1) {
  const random = seededRandom(seed);
  const count = Math.max(0, Math.floor(n));
  const parts = new Array(count);
  for (let i = 0; i < count; i++) {
    const time = instantOf(i, count, random);
    const who = target(i, random);
    const [prefix, regime] = pick(REGIMES, random);
    const designated = random() < 0.97 ? `<DateDesignated>${uk(dayOf(time))}</DateDesignated>` : '';
    const forename = who.given ? `<Name1>${xml(who.given)}</Name1>` : '';
    parts[i] =
      `<Designation><LastUpdated>${uk(dayOf(time, Math.floor(random() * 900)))}</LastUpdated>${designated}` +
      `<UniqueID>${prefix}${String(i + 1).padStart(7, '0')}</UniqueID><OFSIGroupID>${100000 + i}</OFSIGroupID>` +
      `<Names><Name>${forename}<Name6>${xml(who.family)}</Name6><NameType>Primary Name</NameType></Name></Names>` +
      `<RegimeName>${xml(regime)}</RegimeName><IndividualEntityShip>${who.person ? 'Individual' : 'Entity'}</IndividualEntityShip>` +
      `<DesignationSource>UK</DesignationSource><SanctionsImposed>Asset freeze|Travel Ban</SanctionsImposed></Designation>`;
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<Designations xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n<DateGenerated>15/01/2026</DateGenerated>\n${parts.join('\n')}\n</Designations>\n`;
}
