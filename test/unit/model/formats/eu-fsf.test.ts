import { expect } from '@open-wc/testing';
import { EU_AUTHORITY, EU_LIST_URL, fromEuFinancialSanctions } from '../../../../src/model/formats/eu-fsf.js';
import { normalize, problemCount } from '../../../../src/model/normalize.js';
import type { NormalizedData, NormalizedEvent } from '../../../../src/model/types.js';

const NS = 'http://eu.europa.ec/fpi/fsd/export';

/** A file of these `sanctionEntity` elements. */
const file = (entities: string, prefix = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${prefix}export xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${NS}" generationDate="2026-01-15T10:00:00.000+01:00" globalFileId="1">${entities}</${prefix}export>`;

const read = (text: string): NormalizedData => normalize(fromEuFinancialSanctions(text));
const byId = (data: NormalizedData, id: string): NormalizedEvent => data.events.find((event) => event.id === id)!;

function failure(text: string): string | undefined {
  try {
    fromEuFinancialSanctions(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('fromEuFinancialSanctions', () => {
  describe('the sample file (test/fixtures/lists/eu-fsf.xml)', () => {
    let data: NormalizedData;
    before(async () => {
      data = read(await (await fetch('/test/fixtures/lists/eu-fsf.xml')).text());
    });

    it('one item per sanctionEntity and programme: 7 counted = 5 drawn + 2 reported', () => {
      expect(data.inputCount).to.equal(7);
      expect(data.events.length + problemCount(data.problems)).to.equal(7);
      expect(data.events.map((e) => `${e.start} ${e.id} ${e.title}`)).to.deep.equal([
        '2011-03-02 eu-900101 Rashid Ahmad EXAMPLE',
        '2014-03-17 eu-900601 Pavel PLACEHOLDER',
        '2014-03-17 eu-900601-blr Pavel PLACEHOLDER',
        '2022-03-09 eu-900201 EXAMPLE TRADING LLC',
        '2023-06-23 eu-900301 SEA EXAMPLE',
      ]);
    });

    it('a record without designationDate is an error naming it, never dated from its act or the file', () => {
      expect(data.problems.map((p) => [p.index, p.id, p.field, p.message])).to.deep.equal([
        [3, 'eu-900401', 'start', 'EXAMPLE FRONT — EU.9004.04: no designation date (designationDate)'],
        [4, 'eu-900501', 'start', "start: '2022-02-30' is not a date"],
      ]);
      expect(data.events.some((e) => e.start.startsWith('2025') || e.start.startsWith('2026'))).to.be.false;
    });

    it('the group is the European Union; the category the programme, "eu-<code>", labelled in alphabetical order', () => {
      expect(new Set(data.events.map((e) => e.group))).to.deep.equal(new Set([EU_AUTHORITY]));
      expect(EU_AUTHORITY).to.equal('European Union');
      expect(data.events.map((e) => e.category)).to.deep.equal(['eu-taqa', 'eu-ukr', 'eu-blr', 'eu-rus', 'eu-rus']);
      expect(data.categories).to.deep.equal({
        'eu-blr': { label: 'Belarus (BLR)' },
        'eu-taqa': { label: "ISIL (Da'esh) and Al-Qaida (TAQA)" },
        'eu-rus': { label: 'Russia (RUS)' },
        'eu-ukr': { label: 'Ukraine (UKR)' },
      });
      expect(data.title).to.equal('EU Financial Sanctions Files');
      expect(data.description).to.equal('Generated on 2026-01-15.');
    });

    it('the primary name is the oldest strong alias in Latin script, not the first one written; the others, in every script, are in the summary', () => {
      const event = byId(data, 'eu-900101');
      expect(event.title).to.equal('Rashid Ahmad EXAMPLE');
      expect(event.actors).to.deep.equal(['Rashid Ahmad EXAMPLE']);
      expect(event.summary!.split('\n')).to.include.members([
        'Subject: Person',
        'Also known as: Рашид Ахмад ЭКЗАМПЛ (RU); رشيد أحمد إكزامبل (AR); Rachid Ahmed EXEMPLE (FR); Abu Example',
        'EU reference number: EU.9001.01',
        'EU logical id: 900101',
        'UN reference number: QDi.901',
        'Identification: National passport: P0000001',
      ]);
      expect(event.summary).to.contain('Listed on 2 March 2011 pursuant to paragraph 2 of resolution 1989 (2011) as being associated with Al-Qaida.');
    });

    it('the identifiers are tags, so that search finds them: programme, type, EU reference, UN reference, logical id, IMO number', () => {
      expect(byId(data, 'eu-900101').tags).to.deep.equal(['TAQA', 'person', 'EU.9001.01', 'QDi.901', '900101']);
      expect(byId(data, 'eu-900301').tags).to.deep.equal(['RUS', 'enterprise', 'EU.9003.03', '900301', '9999991']);
    });

    it("the act's publication and entry into force, and the day details were changed, are labelled dates in time order", () => {
      expect(byId(data, 'eu-900101').dates!.map((d) => `${d.label}: ${d.date}`)).to.deep.equal([
        'Details added or changed: 2011-03-05',
        'Act 2024/9001 (OJ L 9001) published: 2024-06-24',
        'Act 2024/9001 (OJ L 9001) in force: 2024-06-25',
      ]);
    });

    it('a record under two programmes is two designations on the same date, each with its own acts', () => {
      const [ukr, blr] = [byId(data, 'eu-900601'), byId(data, 'eu-900601-blr')];
      expect([ukr.start, blr.start]).to.deep.equal(['2014-03-17', '2014-03-17']);
      expect(ukr.dates!.map((d) => d.label)).to.deep.equal(['Act 2014/9006 (OJ L 78) published', 'Act 2014/9006 (OJ L 78) in force']);
      expect(blr.dates!.map((d) => d.date)).to.deep.equal(['2022-03-09', '2022-03-09']);
    });

    it("the sources are the Commission's page of the list, dated by the file, then the acts on EUR-Lex", () => {
      expect(byId(data, 'eu-900101').sources.map((s) => [s.url, s.title, s.date])).to.deep.equal([
        [EU_LIST_URL, 'Consolidated list of persons, groups and entities subject to EU financial sanctions', '2026-01-15'],
        ['https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L_2024_9001&example=1', '2024/9001 (OJ L 9001)', undefined],
      ]);
    });
  });

  it('elements with a namespace prefix are read like the default namespace', () => {
    const data = read(file('<e:sanctionEntity designationDate="2020-01-02" logicalId="7"><e:nameAlias wholeName="A B" strong="true" logicalId="8"/></e:sanctionEntity>', 'e:'));
    expect(data.events.map((e) => `${e.id} ${e.start} ${e.title}`)).to.deep.equal(['eu-7 2020-01-02 A B']);
    expect(data.events[0]!.category).to.equal(undefined);
  });

  it('empty attributes are absent; a name is joined from its parts when wholeName is empty; a nameless record is titled by its reference', () => {
    const data = read(
      file(
        '<sanctionEntity designationDate="2020-01-02" unitedNationId="" euReferenceNumber="EU.1.1" logicalId="1"><nameAlias wholeName="" firstName="Ann" middleName="" lastName="EXAMPLE" strong="true" logicalId="2"/></sanctionEntity>' +
          '<sanctionEntity designationDate="2020-01-03" euReferenceNumber="EU.2.2" logicalId="3"/>',
      ),
    );
    expect(data.events.map((e) => e.title)).to.deep.equal(['Ann EXAMPLE', 'EU.2.2']);
    expect(data.events[0]!.summary).not.to.contain('UN reference');
    expect(data.problems).to.deep.equal([{ index: 1, id: 'eu-3', field: 'title', message: 'the record has no name (nameAlias); titled by its reference', severity: 'warning' }]);
  });

  it('with only weak aliases, the oldest is the title', () => {
    const data = read(file('<sanctionEntity designationDate="2020-01-02" logicalId="1"><nameAlias wholeName="Later" strong="false" logicalId="9"/><nameAlias wholeName="Older" strong="false" logicalId="5"/></sanctionEntity>'));
    expect(data.events[0]!.title).to.equal('Older');
  });

  it('text that is not well-formed XML, or XML with another root, fails naming why', () => {
    expect(failure('<export><sanctionEntity></export>')).to.match(/^not valid XML: /);
    expect(failure('<Designations/>')).to.equal('not the EU Financial Sanctions Files XML: the root element is <Designations>, not <export>');
  });
});
