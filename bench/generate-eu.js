// Synthetic, seeded designations in the EU's Financial Sanctions Files XML (xmlFullSanctionsList_1_1):
// one <sanctionEntity> each, with its act, subject type and name. Pure and dependency-free, like
// generate-ftm.js, so Node writes the bench's file with it and the tests read it in the browser.
import { dayOf, instantOf, pick, seededRandom, target, xml } from './list-dates.js';

const PROGRAMMES = ['RUS', 'UKR', 'BLR', 'SYR', 'IRN', 'PRK', 'TAQA', 'LBY'];

/**
 * `n` designations as EU FSF XML text, deterministic for a seed: logical ids `1000001`…, about
 * 3 % without `designationDate` (as some records of the real file), a file generated in 2026 so
 * that a reader dating from it would show.
 * @param {number} n
 * @param {number} [seed]
 * @returns {string}
 */
export function generateEuFsf(n, seed = 1) {
  const random = seededRandom(seed);
  const count = Math.max(0, Math.floor(n));
  const parts = new Array(count);
  for (let i = 0; i < count; i++) {
    const time = instantOf(i, count, random);
    const who = target(i, random);
    const programme = pick(PROGRAMMES, random);
    const id = 1_000_001 + i * 10;
    const dated = random() < 0.97 ? ` designationDate="${dayOf(time)}"` : '';
    const act = dayOf(time, Math.floor(random() * 900));
    const name = who.person ? `${who.given} ${who.family}` : who.family;
    parts[i] =
      `<sanctionEntity designationDetails="" unitedNationId=""${dated} euReferenceNumber="EU.${i + 1}.${i % 97}" logicalId="${id}">` +
      `<regulation regulationType="amendment" organisationType="council" publicationDate="${act}" entryIntoForceDate="${act}" numberTitle="${act.slice(0, 4)}/${i % 9000} (OJ L ${i % 400})" programme="${programme}" logicalId="${id + 1}">` +
      `<publicationUrl>https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L_${act.slice(0, 4)}_${i}</publicationUrl></regulation>` +
      `<subjectType code="${who.person ? 'person' : 'enterprise'}" classificationCode="${who.person ? 'P' : 'E'}"/>` +
      `<nameAlias firstName="${xml(who.given)}" middleName="" lastName="${xml(who.family)}" wholeName="${xml(name)}" function="" title="" nameLanguage="" strong="true" regulationLanguage="en" logicalId="${id + 2}"/>` +
      `</sanctionEntity>`;
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-01-15T10:00:00.000+01:00" globalFileId="1">\n${parts.join('\n')}\n</export>\n`;
}
