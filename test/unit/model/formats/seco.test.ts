import { expect } from '@open-wc/testing';
import { SECO_AUTHORITY, SECO_LIST_URL, fromSecoSanctionsList } from '../../../../src/model/formats/seco.js';
import { normalize, problemCount } from '../../../../src/model/normalize.js';
import type { NormalizedData, NormalizedEvent } from '../../../../src/model/types.js';

const read = (text: string): NormalizedData => normalize(fromSecoSanctionsList(text));
const byId = (data: NormalizedData, id: string): NormalizedEvent => data.events.find((event) => event.id === id)!;

function failure(text: string): string | undefined {
  try {
    fromSecoSanctionsList(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('fromSecoSanctionsList', () => {
  describe('the sample file (test/fixtures/lists/seco.xml)', () => {
    let data: NormalizedData;
    before(async () => {
      data = read(await (await fetch('/test/fixtures/lists/seco.xml')).text());
    });

    it('one item per span of a top-level target: 7 counted = 5 drawn + 2 reported; history copies inside modifications are not read', () => {
      expect(data.inputCount).to.equal(7);
      expect(data.events.length + problemCount(data.problems)).to.equal(7);
      expect(data.events.map((e) => `${e.start}${e.end ? `/${e.end}` : ''} ${e.id} ${e.title}`)).to.deep.equal([
        '2011-03-04 seco-3001 Rashid Ahmad EXAMPLE',
        '2014-04-02/2016-01-20 seco-3003 Pavel PLACEHOLDER',
        '2022-03-16 seco-3003-2 Pavel PLACEHOLDER',
        '2022-03-16/2024-05-01 seco-3002 EXAMPLE TRADING LLC',
        '2023-06-28 seco-3005 SEA EXAMPLE',
      ]);
      expect(data.events.some((e) => e.title.includes('OLD NAME') || e.id.includes('9999'))).to.be.false;
    });

    it('a de-listed target is a span ending on its de-listing; a target listed again opens a new span', () => {
      const delisted = byId(data, 'seco-3002');
      expect([delisted.when.start.text, delisted.when.end?.text]).to.deep.equal(['2022-03-16', '2024-05-01']);
      expect(byId(data, 'seco-3003-2').end).to.equal(undefined);
    });

    it('a target without a "listed" modification is an error naming it: an amendment is never a listing', () => {
      expect(data.problems.map((p) => [p.index, p.id, p.message])).to.deep.equal([
        [4, 'seco-3004', 'EXAMPLE FRONT — SECO ssid 3004: no listing date (modification of type "listed")'],
        [6, 'seco-3006', "start: '2022-02-30' is not a date"],
      ]);
    });

    it('modifications are sorted by date, whatever their order in the file, and are labelled dates', () => {
      expect(byId(data, 'seco-3002').dates!.map((d) => `${d.label}: ${d.date}`)).to.deep.equal([
        'Listed — decision: 2022-03-15',
        'Listed — published: 2022-03-15',
        'Amended — decision: 2023-01-31',
        'Amended — published: 2023-02-01',
        'Amended — in force: 2023-02-01',
        'De-listed — decision: 2024-04-26',
        'De-listed — published: 2024-04-30',
      ]);
    });

    it('the category is the programme, joined on the sanctions set; the group Switzerland (SECO)', () => {
      expect(new Set(data.events.map((e) => e.group))).to.deep.equal(new Set([SECO_AUTHORITY]));
      expect(data.events.map((e) => e.category)).to.deep.equal(['seco-al-qaida', 'seco-ukraine', 'seco-ukraine', 'seco-ukraine', 'seco-ukraine']);
      expect(data.title).to.equal('Swiss sanctions list (SECO)');
      expect(data.description).to.equal('Dated 2026-01-15.');
      expect(data.categories).to.deep.equal({
        'seco-ukraine': { label: 'Ordinance of 4 March 2022 on measures in connection with the situation in Ukraine' },
        'seco-al-qaida': { label: 'Ordinance on measures against individuals and entities associated with Al-Qaida' },
      });
    });

    it('the summary has the names in order and in other scripts, the programme, annex, origin and identifiers', () => {
      const event = byId(data, 'seco-3001');
      expect(event.summary!.split('\n\n')[0]!.split('\n')).to.deep.equal([
        'Type: Individual',
        'Programme: Ordinance on measures against individuals and entities associated with Al-Qaida',
        'Sanctions set: annex 2',
        'Following: UN',
        'Also known as: Abu Example',
        'Name in other scripts: إكزامبل (Arab)',
        'SECO id (ssid): 3001',
        'Identifier of the origin list: QDi.901',
      ]);
      expect(event.tags).to.deep.equal(['3001', 'QDi.901', 'individual']);
      expect(byId(data, 'seco-3003').summary).to.contain('Name in other scripts: Павел ПЛЕЙСХОЛДЕР (Cyrl)');
      expect(byId(data, 'seco-3005').summary).to.contain('Type: Vessel');
      expect(event.sources.map((s) => [s.url, s.date])).to.deep.equal([[SECO_LIST_URL, '2026-01-15']]);
    });
  });

  it('a partial list is refused: read as a whole list it would look as if targets had vanished', () => {
    expect(failure('<swiss-sanctions-list list-type="changes" date="2026-01-15"/>')).to.match(/^this is SECO's "changes" list, not the whole list/);
  });

  it('sanctions-set-id may be an attribute (older files)', () => {
    const data = read(
      '<swiss-sanctions-list list-type="whole-list"><sanctions-program><program-key lang="eng">Example</program-key><sanctions-set ssid="7">annex</sanctions-set></sanctions-program>' +
        '<target ssid="1" sanctions-set-id="7"><entity><identity main="true"><name name-type="primary-name"><name-part order="1" name-part-type="whole-name"><value>A</value></name-part></name></identity></entity><modification modification-type="listed" effective-date="2020-01-01"/></target></swiss-sanctions-list>',
    );
    expect(data.events.map((e) => [e.id, e.category])).to.deep.equal([['seco-1', 'seco-example']]);
    expect(data.categories).to.deep.equal({ 'seco-example': { label: 'Example' } });
  });

  it('text that is not well-formed XML, or XML with another root, fails naming why', () => {
    expect(failure('<swiss-sanctions-list><target></swiss-sanctions-list>')).to.match(/^not valid XML: /);
    expect(failure('<export/>')).to.equal("not SECO's Swiss sanctions list XML: the root element is <export>, not <swiss-sanctions-list>");
  });
});
