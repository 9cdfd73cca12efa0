// Synthetic, seeded designations in OFAC's SDN advanced XML (Advanced Sanctions Data Model): the
// reference value sets, one <DistinctParty> and one <SanctionsEntry> per designation, the entries
// after all the parties, as in the real file. Pure and dependency-free, like generate-ftm.js.
import { dayOf, instantOf, pick, seededRandom, target, xml } from './list-dates.js';

const PROGRAMMES = ['SDGT', 'RUSSIA-EO14024', 'IRAN', 'CUBA', 'UKRAINE-EO13662', 'SYRIA', 'DPRK3', 'CYBER2'];

const REFERENCES = `<ReferenceValueSets>
<AliasTypeValues><AliasType ID="1400">A.K.A.</AliasType><AliasType ID="1403">Name</AliasType></AliasTypeValues>
<DocNameStatusValues><DocNameStatus ID="1">Primary Latin</DocNameStatus></DocNameStatusValues>
<EntryEventTypeValues><EntryEventType ID="1">Created</EntryEventType></EntryEventTypeValues>
<LegalBasisValues><LegalBasis ID="1" LegalBasisShortRef="Unknown">Unknown</LegalBasis></LegalBasisValues>
<ListValues><List ID="1550">SDN List</List></ListValues>
<NamePartTypeValues><NamePartType ID="1520">Last Name</NamePartType><NamePartType ID="1521">First Name</NamePartType><NamePartType ID="1525">Entity Name</NamePartType></NamePartTypeValues>
<PartySubTypeValues><PartySubType ID="3" PartyTypeID="2">Unknown</PartySubType><PartySubType ID="4" PartyTypeID="1">Unknown</PartySubType></PartySubTypeValues>
<PartyTypeValues><PartyType ID="1">Individual</PartyType><PartyType ID="2">Entity</PartyType></PartyTypeValues>
<SanctionsTypeValues><SanctionsType ID="1">Program</SanctionsType><SanctionsType ID="1705">Block</SanctionsType></SanctionsTypeValues>
<ScriptValues><Script ID="215" ScriptCode="Latn">Latin</Script></ScriptValues>
<SubsidiaryBodyValues><SubsidiaryBody ID="1" Notional="false" DecisionMakingBodyID="1">Office of Foreign Assets Control</SubsidiaryBody></SubsidiaryBodyValues>
</ReferenceValueSets>`;

const part = (group, text) => `<DocumentedNamePart><NamePartValue NamePartGroupID="${group}" ScriptID="215" ScriptStatusID="1" Acronym="false">${xml(text)}</NamePartValue></DocumentedNamePart>`;

/**
 * `n` designations as SDN advanced XML text, deterministic for a seed: UIDs `100001`…, about 3 %
 * of the entries without a "Created" event, issued in 2026.
 * @param {number} n
 * @param {number} [seed]
 * @returns {string}
 */
export function generateOfacAdvanced(n, seed = 1) {
  const random = seededRandom(seed);
  const count = Math.max(0, Math.floor(n));
  const parties = new Array(count);
  const entries = new Array(count);
  for (let i = 0; i < count; i++) {
    const time = instantOf(i, count, random);
    const who = target(i, random);
    const uid = 100_001 + i;
    const g = uid * 10;
    const names = who.person ? `${part(g + 1, who.family)}${part(g + 2, who.given)}` : part(g + 3, who.family);
    const groups = who.person
      ? `<MasterNamePartGroup><NamePartGroup ID="${g + 1}" NamePartTypeID="1520"/></MasterNamePartGroup><MasterNamePartGroup><NamePartGroup ID="${g + 2}" NamePartTypeID="1521"/></MasterNamePartGroup>`
      : `<MasterNamePartGroup><NamePartGroup ID="${g + 3}" NamePartTypeID="1525"/></MasterNamePartGroup>`;
    parties[i] =
      `<DistinctParty FixedRef="${uid}"><Profile ID="${uid}" PartySubTypeID="${who.person ? 4 : 3}"><Identity ID="${uid}" FixedRef="${uid}" Primary="true" False="false">` +
      `<Alias FixedRef="${uid}" AliasTypeID="1403" Primary="true" LowQuality="false"><DocumentedName ID="${uid}" FixedRef="${uid}" DocNameStatusID="1">${names}</DocumentedName></Alias>` +
      `<NamePartGroups>${groups}</NamePartGroups></Identity></Profile></DistinctParty>`;
    const [year, month, day] = dayOf(time).split('-').map(Number);
    const created = random() < 0.97 ? `<EntryEvent ID="${uid}" EntryEventTypeID="1" LegalBasisID="1"><Comment/><Date CalendarTypeID="1"><Year>${year}</Year><Month>${month}</Month><Day>${day}</Day></Date></EntryEvent>` : '';
    entries[i] =
      `<SanctionsEntry ID="${uid}" ProfileID="${uid}" ListID="1550">${created}` +
      `<SanctionsMeasure ID="${uid}1" SanctionsTypeID="1705"><Comment/></SanctionsMeasure><SanctionsMeasure ID="${uid}2" SanctionsTypeID="1"><Comment>${pick(PROGRAMMES, random)}</Comment></SanctionsMeasure></SanctionsEntry>`;
  }
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<Sanctions xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML" Version="3">\n` +
    `<DateOfIssue CalendarTypeID="1"><Year>2026</Year><Month>1</Month><Day>15</Day></DateOfIssue>\n${REFERENCES}\n<Locations/><IDRegDocuments/>\n` +
    `<DistinctParties>\n${parties.join('\n')}\n</DistinctParties>\n<ProfileRelationships/>\n<SanctionsEntries>\n${entries.join('\n')}\n</SanctionsEntries>\n</Sanctions>\n`
  );
}
