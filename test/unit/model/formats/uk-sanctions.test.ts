import { expect } from '@open-wc/testing';
import { UK_AUTHORITY, UK_LIST_URL, fromUkSanctionsList, ukDate } from '../../../../src/model/formats/uk-sanctions.js';
import { normalize, problemCount } from '../../../../src/model/normalize.js';
import type { NormalizedData, NormalizedEvent } from '../../../../src/model/types.js';

const read = (text: string): NormalizedData => normalize(fromUkSanctionsList(text));
const byId = (data: NormalizedData, id: string): NormalizedEvent => data.events.find((event) => event.id === id)!;
const file = (designations: string) => `<?xml version="1.0" encoding="utf-8"?><Designations><DateGenerated>15/01/2026</DateGenerated>${designations}</Designations>`;

function failure(text: string): string | undefined {
  try {
    fromUkSanctionsList(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('fromUkSanctionsList', () => {
  describe('the sample file (test/fixtures/lists/uk-sanctions.xml, with a byte-order mark)', () => {
    let data: NormalizedData;
    before(async () => {
      data = read(await (await fetch('/test/fixtures/lists/uk-sanctions.xml')).text());
    });

    it('one item per Designation: 6 counted = 4 drawn + 2 reported, dated by DateDesignated read day first', () => {
      expect(data.inputCount).to.equal(6);
      expect(data.events.length + problemCount(data.problems)).to.equal(6);
      expect(data.events.map((e) => `${e.start} ${e.id} ${e.title}`)).to.deep.equal([
        '2011-03-02 uk-AQD0901 Rashid Ahmad EXAMPLE',
        '2020-11-04 uk-GHR0906 Ivan TESTOV',
        '2022-03-15 uk-RUS0902 EXAMPLE TRADING LLC',
        '2023-05-09 uk-RUS0903 SEA EXAMPLE',
      ]);
    });

    it('a designation without DateDesignated, or with one not DD/MM/YYYY, is an error naming it; LastUpdated never stands in', () => {
      expect(data.problems.map((p) => [p.index, p.id, p.message])).to.deep.equal([
        [3, 'uk-AFG0904', 'Mohammad PLACEHOLDER — AFG0904: no designation date (DateDesignated)'],
        [4, 'uk-RUS0905', "Olga SAMPLE — RUS0905: DateDesignated '2022-03-15' is not a DD/MM/YYYY date"],
      ]);
    });

    it('the group is the United Kingdom (FCDO); the category the regime, with its title as the label', () => {
      expect(new Set(data.events.map((e) => e.group))).to.deep.equal(new Set([UK_AUTHORITY]));
      expect(data.events.map((e) => e.category)).to.deep.equal(['uk-isil-da-esh-and-al-qaida-united-nations', 'uk-global-human-rights', 'uk-russia', 'uk-russia']);
      expect(data.categories!['uk-russia']).to.deep.equal({ label: 'The Russia (Sanctions) (EU Exit) Regulations 2019' });
      expect(data.description).to.equal('Generated on 2026-01-15.');
    });

    it('the summary has the type, who designated, the measures, every name (non-Latin script too) and identifier; the UN reference is a tag', () => {
      const event = byId(data, 'uk-AQD0901');
      expect(event.summary!.split('\n\n')[0]!.split('\n')).to.deep.equal([
        'Type: Individual',
        "Regime: The ISIL (Da'esh) and Al-Qaida (United Nations Sanctions) (EU Exit) Regulations 2019",
        'Designated by: UN',
        'Sanctions imposed: Asset freeze; Travel Ban; Arms embargo',
        'Spellings of the primary name: Rachid Ahmed EXEMPLE',
        'Also known as: Abu Example (Low quality a.k.a)',
        'Name in non-Latin script: رشيد أحمد إكزامبل',
        'UK unique id: AQD0901',
        'OFSI group id: 90901',
        'UN reference number: QDi.901',
      ]);
      expect(event.summary).to.contain('The Travel Ban was imposed on 02/03/2011.');
      expect(event.tags).to.deep.equal(['AQD0901', '90901', 'QDi.901', 'individual']);
      expect(event.dates!.map((d) => `${d.label}: ${d.date}`)).to.deep.equal(['Last updated: 2020-12-31']);
      expect(event.sources.map((s) => [s.url, s.date])).to.deep.equal([[UK_LIST_URL, '2026-01-15']]);
    });

    it('a ship has its IMO number once in the summary and the tags; NameType is matched in any case', () => {
      expect(byId(data, 'uk-RUS0903').tags).to.deep.equal(['RUS0903', 'IMO9999991', 'ship']);
      expect(byId(data, 'uk-RUS0903').summary!.split('\n')).to.include('IMO number: IMO9999991');
      expect(byId(data, 'uk-GHR0906').summary).to.contain('Also known as: Ivan Testoff (Good quality a.k.a)');
    });
  });

  it('ukDate() reads day first and never guesses: "04/11/2019" is 4 November, "2019-11-04" is not a UK date', () => {
    expect(ukDate('04/11/2019')).to.equal('2019-11-04');
    expect(ukDate('4/1/2019')).to.equal('2019-01-04');
    expect(ukDate('2019-11-04')).to.equal('');
    expect(ukDate('dd/mm/1960')).to.equal('');
  });

  it('a whitespace-only field is absent; a designation without names is titled by its UniqueID, with a warning', () => {
    const data = read(file('<Designation><DateDesignated>01/02/2020</DateDesignated><UniqueID>XYZ0001</UniqueID><Names/><OtherInformation>\n  </OtherInformation></Designation>'));
    expect(data.events.map((e) => [e.id, e.title, e.summary])).to.deep.equal([['uk-XYZ0001', 'XYZ0001', 'UK unique id: XYZ0001']]);
    expect(data.problems.map((p) => p.severity)).to.deep.equal(['warning']);
  });

  it('text that is not well-formed XML, or XML with another root, fails naming why', () => {
    expect(failure('<Designations><Designation></Designations>')).to.match(/^not valid XML: /);
    expect(failure('<export/>')).to.equal('not the UK Sanctions List XML: the root element is <export>, not <Designations>');
  });
});
