import { expect } from '@open-wc/testing';
import { mergeFiles } from '../../../../src/model/formats/merge-lists.js';
import { fromUnConsolidatedList } from '../../../../src/model/formats/un-xml.js';
import { normalize, problemCount } from '../../../../src/model/normalize.js';
import { unwrap } from '../../../../src/model/unwrap.js';

/** The files as the controller hands them: each input taken apart by `unwrap()`. */
const merged = (...files: [string, unknown][]) => mergeFiles(files.map(([url, data]) => ({ ...unwrap(data), url })));

const UN = `<CONSOLIDATED_LIST dateGenerated="2026-01-15T00:00:00Z"><INDIVIDUALS>
  <INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>CDi.1</REFERENCE_NUMBER></INDIVIDUAL>
  <INDIVIDUAL><FIRST_NAME>B</FIRST_NAME><UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>CDi.2</REFERENCE_NUMBER><LISTED_ON>2012-12-31</LISTED_ON></INDIVIDUAL>
</INDIVIDUALS></CONSOLIDATED_LIST>`;

describe('mergeFiles(files)', () => {
  it('mergeFiles() puts the items of each file in the order given; normalize() counts them all and names the file of each problem', () => {
    const data = normalize(
      merged(
        ['events.json', { title: 'Ours', events: [{ start: '2018', title: 'A' }, { start: 'not a date', title: 'B' }] }],
        ['un.xml', fromUnConsolidatedList(UN)],
        ['rows.csv', [{ start: '2020', title: 'C' }]],
      ),
    );
    expect(data.inputCount).to.equal(5);
    expect(data.events.length + problemCount(data.problems)).to.equal(5);
    expect(data.events.map((e) => `${e.start} ${e.title}`)).to.deep.equal(['2012-12-31 B', '2018 A', '2020 C']);
    expect(data.problems.map((p) => [p.index, p.source])).to.deep.equal([
      [1, 'events.json'],
      [2, 'un.xml'],
    ]);
    expect(data.title).to.equal('Ours · UN Security Council Consolidated List');
    expect(data.description).to.equal('UN Security Council Consolidated List: Generated on 2026-01-15.');
    expect(Object.keys(data.categories!)).to.deep.equal(['drc']);
  });

  it('mergeFiles() keeps a file that is not a list as one item that could not be read, so the count holds', () => {
    const data = normalize(merged(['a.json', { nothing: true }], ['b.json', [{ start: '2018', title: 'A' }]]));
    expect(data.inputCount).to.equal(2);
    expect(data.problems.map((p) => [p.index, p.field, p.source])).to.deep.equal([[0, 'events', 'a.json']]);
    expect(data.problems[0]!.message).to.match(/^expected a list of events/);
  });

  it('mergeFiles() lets the first file label a category key; a key named __proto__ is a key like any other', () => {
    const list = merged(['a.json', { categories: { x: 'First', ['__proto__']: 'Odd' }, events: [] }], ['b.json', { categories: { x: 'Second', y: 'Y' }, events: [] }]);
    expect(Object.entries(list.categories!)).to.deep.equal([['x', 'First'], ['__proto__', 'Odd'], ['y', 'Y']]);
    expect(Object.getPrototypeOf(list.categories)).to.equal(Object.prototype);
  });
});
