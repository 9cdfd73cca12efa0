// Synthetic, seeded targets in SECO's Swiss sanctions list XML (the SESAM "whole list"): one
// top-level <target> each with its modifications, a tenth of them de-listed. Pure and
// dependency-free, like generate-ftm.js.
import { dayOf, instantOf, seededRandom, target, xml } from './list-dates.js';

const PROGRAMMES = [
  ['Ukraine', 'Ordinance of 4 March 2022 on measures in connection with the situation in Ukraine', 'EU'],
  ['Belarus', 'Ordinance on measures against Belarus', 'EU'],
  ['Al-Qaida', 'Ordinance on measures against individuals and entities associated with Al-Qaida', 'UN'],
  ['Syria', 'Ordinance on measures against Syria', 'EU'],
];

const namePart = (order, type, value) => `<name-part order="${order}" name-part-type="${type}"><value>${xml(value)}</value></name-part>`;
const modification = (type, day) => `<modification modification-type="${type}" enactment-date="${day}" publication-date="${day}" effective-date="${day}"/>`;

/**
 * `n` targets as SECO XML text, deterministic for a seed: ssids `200001`…, about 3 % without a
 * "listed" modification, a tenth de-listed (their "de-listed" written first, as the order of
 * modifications is not to be trusted), dated 2026.
 * @param {number} n
 * @param {number} [seed]
 * @returns {string}
 */
export function generateSeco(n, seed = 1) {
  const random = seededRandom(seed);
  const count = Math.max(0, Math.floor(n));
  const programmes = PROGRAMMES.map(
    ([key, name, origin], p) =>
      `<sanctions-program ssid="${10 + p}" version-date="2025-12-01"><program-key lang="eng">${xml(key)}</program-key><program-name lang="eng">${xml(name)}</program-name><sanctions-set ssid="${100 + p}" lang="eng">annex 1</sanctions-set><origin>${origin}</origin></sanctions-program>`,
  );
  const targets = new Array(count);
  for (let i = 0; i < count; i++) {
    const time = instantOf(i, count, random);
    const who = target(i, random);
    const set = 100 + Math.floor(random() * PROGRAMMES.length);
    const ssid = 200_001 + i;
    const name = who.person ? `${namePart(1, 'given-name', who.given)}${namePart(2, 'family-name', who.family)}` : namePart(1, 'whole-name', who.family);
    const roll = random();
    const listed = roll < 0.97 ? modification('listed', dayOf(time)) : '';
    const amended = modification('amended', dayOf(time, 30 + Math.floor(random() * 300)));
    const delisted = roll > 0.9 ? modification('de-listed', dayOf(time, 400 + Math.floor(random() * 2000))) : '';
    targets[i] =
      `<target ssid="${ssid}"><sanctions-set-id>${set}</sanctions-set-id><${who.person ? 'individual' : 'entity'}><identity ssid="${ssid}1" main="true">` +
      `<name ssid="${ssid}2" name-type="primary-name" quality="good">${name}</name></identity></${who.person ? 'individual' : 'entity'}>${delisted}${amended}${listed}</target>`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<swiss-sanctions-list list-type="whole-list" date="2026-01-15">\n${programmes.join('\n')}\n${targets.join('\n')}\n</swiss-sanctions-list>\n`;
}
