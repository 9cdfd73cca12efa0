import { expect } from '@open-wc/testing';
import { UN_LIST_URL, fromUnConsolidatedList } from '../../../../src/model/formats/un-xml.js';
import { normalize, problemCount } from '../../../../src/model/normalize.js';
import type { NormalizedData, NormalizedEvent } from '../../../../src/model/types.js';

/** A list with these records (XML text of INDIVIDUAL or ENTITY elements) inside INDIVIDUALS. */
function list(records: string, generated = '2026-02-27T00:00:09.554Z'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="${generated}"><INDIVIDUALS>${records}</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>`;
}

function individual(fields: string): string {
  return `<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>JOHN</FIRST_NAME><SECOND_NAME>SAMPLE</SECOND_NAME><UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>CDi.900</REFERENCE_NUMBER>${fields}</INDIVIDUAL>`;
}

const read = (text: string): NormalizedData => normalize(fromUnConsolidatedList(text));
const only = (data: NormalizedData): NormalizedEvent => {
  expect(data.events).to.have.length(1);
  return data.events[0]!;
};

/** The reason fromUnConsolidatedList throws, or undefined. */
function failure(text: string): string | undefined {
  try {
    fromUnConsolidatedList(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('fromUnConsolidatedList', () => {
  describe('the excerpt cut from the published list', () => {
    let data: NormalizedData;
    before(async () => {
      data = read(await (await fetch('/test/fixtures/un-consolidated-excerpt.xml')).text());
    });

    it('one event per INDIVIDUAL and ENTITY, id REFERENCE_NUMBER, title the name parts joined, sorted by LISTED_ON', () => {
      expect(data.events.map((e) => `${e.start} ${e.id} ${e.title}`)).to.deep.equal([
        '2001-01-25 TAi.002 MOHAMMAD HASSAN AKHUND',
        '2001-01-25 QDi.001 MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE',
        '2009-07-16 KPi.001 YUN HO-JIN',
        '2012-12-31 CDi.001 ERIC BADEGE',
        '2014-06-30 CDe.001 ADF',
        '2015-07-01 SSi.001 GABRIEL JOK RIAK MAKOL',
      ]);
      expect(data.inputCount).to.equal(6);
      expect(data.problems).to.deep.equal([]);
    });

    it("LISTED_ON '2015-07-01-04:00' is the calendar day 1 July 2015: the zone is dropped, never applied", () => {
      const event = data.events.find((e) => e.id === 'SSi.001')!;
      expect(event.start).to.equal('2015-07-01');
      expect(event.when.start.precision).to.equal('day');
      expect(event.when.lo).to.equal(Date.UTC(2015, 6, 1));
    });

    it('category is the regime (UN_LIST_TYPE) in lower case, with readable labels in alphabetical order', () => {
      expect(data.events.map((e) => e.category)).to.deep.equal(['taliban', 'al-qaida', 'dprk', 'drc', 'drc', 'southsudan']);
      expect(Object.keys(data.categories!)).to.deep.equal(['drc', 'dprk', 'al-qaida', 'southsudan', 'taliban']);
      expect(data.categories).to.deep.equal({
        drc: { label: 'Democratic Republic of the Congo' },
        southsudan: { label: 'South Sudan' },
        taliban: { label: 'Taliban' },
        'al-qaida': { label: "ISIL (Da'esh) and Al-Qaida" },
        dprk: { label: 'DPRK (North Korea)' },
      });
    });

    it('every LAST_DAY_UPDATED value is an "Amended" date, earliest first', () => {
      const adf = data.events.find((e) => e.id === 'CDe.001')!;
      expect(adf.dates!.map(({ label, date }) => `${label} ${date}`)).to.deep.equal(['Amended 2016-10-19', 'Amended 2020-08-19']);
    });

    it('summary: title and position, one a line, then after a blank line the comments, with the line wrapping of the list undone', () => {
      const event = data.events.find((e) => e.id === 'SSi.001')!;
      const [title, position, blank, comments] = event.summary!.split('\n');
      expect(blank).to.equal('');
      expect(title).to.equal('Title: Lieutenant General');
      expect(position).to.equal('Position: Former Sudan People’s Liberation Army’s (SPLA) Sector One Commander; Chief of Defence Forces');
      expect(comments).to.match(/^Appointed as Chief of Defence Forces on 2 May 2018\. /);
      // Character references are decoded as text: Baluku&#8217;s is Baluku’s.
      expect(data.events.find((e) => e.id === 'CDe.001')!.summary).to.contain('Seka Baluku’s leadership');
    });

    it('the list itself is the source, dated the day it was generated; actors the name; tags the regime and the kind', () => {
      const event = data.events.find((e) => e.id === 'CDe.001')!;
      expect(event.sources).to.deep.equal([
        { url: UN_LIST_URL, title: 'United Nations Security Council Consolidated List', publisher: 'United Nations Security Council', date: '2026-02-27', href: UN_LIST_URL },
      ]);
      expect(event.actors).to.deep.equal(['ADF']);
      expect(event.tags).to.deep.equal(['DRC', 'entity']);
      expect(data.events.find((e) => e.id === 'CDi.001')!.tags).to.deep.equal(['DRC', 'individual']);
    });

    it('title and description of the list', () => {
      expect(data.title).to.equal('UN Security Council Consolidated List');
      expect(data.description).to.equal('Generated on 2026-02-27.');
    });
  });

  it('a record without LISTED_ON is reported by name and reference; the others are drawn', () => {
    const data = read(list(individual('<LISTED_ON/>') + individual('<LISTED_ON>2020-01-02</LISTED_ON>').replace('CDi.900', 'CDi.901')));
    expect(data.events.map((e) => e.id)).to.deep.equal(['CDi.901']);
    expect(data.problems).to.deep.equal([{ index: 0, id: 'CDi.900', field: 'start', message: 'JOHN SAMPLE — CDi.900: no listing date (LISTED_ON)' }]);
    expect(data.events.length + problemCount(data.problems)).to.equal(data.inputCount);
  });

  it('a LISTED_ON that is not a date is reported by normalize() with the record\'s id', () => {
    const data = read(list(individual('<LISTED_ON>31/12/2012</LISTED_ON>')));
    expect(data.events).to.deep.equal([]);
    expect(data.problems[0]).to.include({ index: 0, id: 'CDi.900', field: 'start' });
  });

  it('markup inside a field is text: only text content is read', () => {
    const event = only(read(list(individual('<LISTED_ON>2020-01-02</LISTED_ON><COMMENTS1>&lt;img src=x onerror=alert(1)&gt; <b>bold</b></COMMENTS1>'))));
    expect(event.summary).to.equal('<img src=x onerror=alert(1)> bold');
  });

  it('text that is not well-formed XML fails with the parser\'s reason', () => {
    expect(failure('<CONSOLIDATED_LIST><INDIVIDUALS></CONSOLIDATED_LIST>')).to.match(/^not valid XML: .*\S/);
  });

  it('XML with another root element fails, naming it', () => {
    expect(failure('<?xml version="1.0"?><rss><channel/></rss>')).to.equal(
      'not the UN Security Council consolidated list: the root element is <rss>, not <CONSOLIDATED_LIST>',
    );
  });

  it('an HTML page is not read as HTML: it is not well-formed XML', () => {
    expect(failure('<!doctype html><html><body><p>Not found<br></body></html>')).to.match(/^not valid XML: /);
  });
});
