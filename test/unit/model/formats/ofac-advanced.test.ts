import { expect } from '@open-wc/testing';
import { OFAC_AUTHORITY, OFAC_LIST_URL, fromOfacAdvanced } from '../../../../src/model/formats/ofac-advanced.js';
import { normalize, problemCount } from '../../../../src/model/normalize.js';
import type { NormalizedData, NormalizedEvent } from '../../../../src/model/types.js';

const read = (text: string): NormalizedData => normalize(fromOfacAdvanced(text));
const byId = (data: NormalizedData, id: string): NormalizedEvent => data.events.find((event) => event.id === id)!;

/** A file in the older namespace, with reference numbers other than the sample's: the reader must resolve them from the file. */
const OLD = `<?xml version="1.0" encoding="utf-8"?>
<Sanctions xmlns="http://www.un.org/sanctions/1.0" Version="3">
  <DateOfIssue CalendarTypeID="7"><Year>2019</Year><Month>6</Month><Day>1</Day></DateOfIssue>
  <ReferenceValueSets>
    <AliasTypeValues><AliasType ID="11">Name</AliasType></AliasTypeValues>
    <DocNameStatusValues><DocNameStatus ID="12">Primary Latin</DocNameStatus></DocNameStatusValues>
    <EntryEventTypeValues><EntryEventType ID="13">Created</EntryEventType><EntryEventType ID="14">Amended</EntryEventType></EntryEventTypeValues>
    <ListValues><List ID="15">SDN List</List></ListValues>
    <NamePartTypeValues><NamePartType ID="16">Entity Name</NamePartType></NamePartTypeValues>
    <PartySubTypeValues><PartySubType ID="17" PartyTypeID="18">Unknown</PartySubType></PartySubTypeValues>
    <PartyTypeValues><PartyType ID="18">Entity</PartyType></PartyTypeValues>
    <SanctionsTypeValues><SanctionsType ID="19">Program</SanctionsType></SanctionsTypeValues>
  </ReferenceValueSets>
  <DistinctParties><DistinctParty FixedRef="5"><Profile ID="5" PartySubTypeID="17"><Identity ID="50" Primary="true">
    <Alias AliasTypeID="11" Primary="true" LowQuality="false"><DocumentedName ID="51" DocNameStatusID="12"><DocumentedNamePart><NamePartValue NamePartGroupID="52">OLD EXAMPLE CO</NamePartValue></DocumentedNamePart></DocumentedName></Alias>
    <NamePartGroups><MasterNamePartGroup><NamePartGroup ID="52" NamePartTypeID="16"/></MasterNamePartGroup></NamePartGroups>
  </Identity></Profile></DistinctParty></DistinctParties>
  <SanctionsEntries>
    <SanctionsEntry ID="500" ProfileID="5" ListID="15">
      <EntryEvent ID="1" EntryEventTypeID="14"><Date><Year>2012</Year><Month>7</Month><Day>3</Day></Date></EntryEvent>
      <EntryEvent ID="2" EntryEventTypeID="13"><Date><Year>2008</Year><Month>9</Month></Date></EntryEvent>
      <SanctionsMeasure ID="3" SanctionsTypeID="19"><Comment>IRAN</Comment></SanctionsMeasure>
    </SanctionsEntry>
  </SanctionsEntries>
</Sanctions>`;

function failure(text: string): string | undefined {
  try {
    fromOfacAdvanced(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('fromOfacAdvanced', () => {
  describe('the sample file (test/fixtures/lists/ofac-sdn-advanced.xml)', () => {
    let data: NormalizedData;
    before(async () => {
      data = read(await (await fetch('/test/fixtures/lists/ofac-sdn-advanced.xml')).text());
    });

    it('one item per SanctionsEntry: 6 counted = 4 drawn + 2 reported, dated by the "Created" entry event', () => {
      expect(data.inputCount).to.equal(6);
      expect(data.events.length + problemCount(data.problems)).to.equal(6);
      expect(data.events.map((e) => `${e.start} ${e.id} ${e.title}`)).to.deep.equal([
        '2010-02-19 ofac-90001 EXAMPLE, Rashid Ahmad',
        '2018-08-01 ofac-90099 OFAC UID 90099',
        '2022-02-24 ofac-90002 EXAMPLE TRADING LLC',
        '2023-05-19 ofac-90003 SEA EXAMPLE',
      ]);
    });

    it('an entry without a "Created" date is an error naming it, never dated from DateOfIssue; an entry whose party is missing is drawn, with a warning', () => {
      expect(data.problems.map((p) => [p.index, p.id, p.message, p.severity])).to.deep.equal([
        [3, 'ofac-90004', 'EXAMPLE FRONT — OFAC UID 90004: no designation date (EntryEvent “Created”)', undefined],
        [4, 'ofac-90005', "start: '2022-13-05' is not a date", undefined],
        [5, 'ofac-90099', 'its party (profile 90099) is not in the file; titled by its UID', 'warning'],
      ]);
      expect(data.events.some((e) => e.start.startsWith('2026'))).to.be.false;
    });

    it('the group is the US Treasury (OFAC); the category the first programme; all programmes in the summary and tags', () => {
      expect(new Set(data.events.map((e) => e.group))).to.deep.equal(new Set([OFAC_AUTHORITY]));
      expect(data.events.map((e) => e.category)).to.deep.equal(['ofac-sdgt', 'ofac-cyber2', 'ofac-russia-eo14024', 'ofac-russia-eo14024']);
      expect(Object.keys(data.categories!)).to.deep.equal(['ofac-cyber2', 'ofac-russia-eo14024', 'ofac-sdgt']);
      const event = byId(data, 'ofac-90002');
      expect(event.summary).to.contain('Programmes: RUSSIA-EO14024; UKRAINE-EO13662');
      expect(event.tags).to.deep.equal(['RUSSIA-EO14024', 'UKRAINE-EO13662', '90002', 'entity']);
      expect(data.title).to.equal('OFAC SDN List (advanced XML)');
      expect(data.description).to.equal('Issued on 2026-01-15. Each designation is dated by its entry’s “Created” event.'.replace('’', "'"));
    });

    it('names are resolved through the reference sets: "LAST, First Middle", aliases by type, names in other scripts; the birthdate feature is not a date of the designation', () => {
      const event = byId(data, 'ofac-90001');
      expect(event.summary!.split('\n')).to.deep.equal([
        'Type: Individual',
        'List: SDN List',
        'Programmes: SDGT',
        'Legal basis: Executive Order 13224 (Terrorism)',
        'Sanctions: Block',
        'Also known as: Abu Example (low quality)',
        'Name in other scripts: إكزامبل, رشيد أحمد (Arabic)',
        'OFAC UID: 90001',
        'Identity documents: Passport: P0000001',
      ]);
      expect(event.dates).to.equal(undefined);
      expect(byId(data, 'ofac-90002').summary).to.contain('Formerly known as: EXAMPLE IMPORT LLC').and.contain('ООО ЭКЗАМПЛ ТРЕЙДИНГ (Cyrillic)');
      expect(byId(data, 'ofac-90003').summary).to.contain('Type: Vessel').and.contain('Vessel Registration Identification: IMO 9999991');
      expect(byId(data, 'ofac-90003').tags).to.include('IMO 9999991');
    });

    it("the dates of sectoral directives in the party's features are labelled dates, under the feature type's own words", () => {
      expect(byId(data, 'ofac-90002').dates!.map((d) => `${d.label}: ${d.date}`)).to.deep.equal([
        'Listing Date (EO 14024 Directive 2): 2022-02-24',
        'Effective Date (EO 14024 Directive 2): 2022-03-26',
      ]);
    });

    it("the sources are OFAC's list page, dated by the file, and the party's page in Sanctions List Search", () => {
      expect(byId(data, 'ofac-90001').sources.map((s) => [s.url, s.date])).to.deep.equal([
        [OFAC_LIST_URL, '2026-01-15'],
        ['https://sanctionssearch.ofac.treas.gov/Details.aspx?id=90001', undefined],
      ]);
    });
  });

  it('the older namespace and other reference numbers: everything is resolved from the file; a date without its day is a month; another event type is a labelled date', () => {
    const data = read(OLD);
    expect(data.events.map((e) => [e.id, e.start, e.when.start.precision, e.title, e.category, e.group])).to.deep.equal([
      ['ofac-5', '2008-09', 'month', 'OLD EXAMPLE CO', 'ofac-iran', OFAC_AUTHORITY],
    ]);
    expect(data.events[0]!.dates!.map((d) => `${d.label}: ${d.date}`)).to.deep.equal(['Amended: 2012-07-03']);
    expect(data.description).to.match(/^Issued on 2019-06-01\./);
  });

  it('text that is not well-formed XML, or XML with another root, fails naming why', () => {
    expect(failure('<Sanctions><DateOfIssue></Sanctions>')).to.match(/^not valid XML: /);
    expect(failure('<sdnList/>')).to.equal("not OFAC's SDN advanced XML (Advanced Sanctions Data Model): the root element is <sdnList>, not <Sanctions>");
  });
});
