import { expect } from '@open-wc/testing';
import { detectFormat, parseBody } from '../../../../src/model/formats/detect.js';
import { normalize } from '../../../../src/model/normalize.js';

/** Two lines of FollowTheMoney: a designation and its target. */
const FTM_LINES = [
  '{"id":"s-1","schema":"Sanction","properties":{"entity":["p-1"],"country":["eu"],"startDate":["2022-02-28"]},"datasets":["eu_fsf"]}',
  '{"id":"p-1","schema":"Person","caption":"Ivan EXAMPLE","properties":{"name":["Ivan EXAMPLE"]},"datasets":["eu_fsf"]}',
].join('\n');
const UN_LIST = '<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z"><INDIVIDUALS/></CONSOLIDATED_LIST>';

describe('detectFormat(contentType, url, body)', () => {
  it('detectFormat() trusts a CSV or JSON content type over the extension and the body', () => {
    expect(detectFormat('text/csv; charset=utf-8', 'data.json', '[]')).to.equal('csv');
    expect(detectFormat('application/json', 'data.csv', 'start,title')).to.equal('json');
    expect(detectFormat('Application/JSON', 'data', '')).to.equal('json');
    expect(detectFormat('application/vnd.timeline+json', 'data', 'start,title')).to.equal('json');
  });

  it('detectFormat() falls back to the URL extension, ignoring query and hash', () => {
    expect(detectFormat('text/plain', 'https://example.org/events.CSV?v=2#top', '{')).to.equal('csv');
    expect(detectFormat(null, 'events.json#x', 'start,title')).to.equal('json');
    expect(detectFormat('application/octet-stream', '/x/events.csv', '[')).to.equal('csv');
  });

  it('detectFormat() sniffs the body last: { or [ after white space means JSON', () => {
    expect(detectFormat(null, '/data', '\n  [{"start":"2018"}]')).to.equal('json');
    expect(detectFormat('text/plain', '/data?format=x', '\uFEFF{"events":[]}')).to.equal('json');
    expect(detectFormat(null, '/data', 'start,title\n2018,A')).to.equal('csv');
  });
});

describe('detectFormat(contentType, url, body): sanctions lists, found from the content', () => {
  it('detectFormat() finds FollowTheMoney JSON lines whatever the content type and the name', () => {
    for (const type of ['application/json', 'text/plain', 'application/octet-stream', 'text/csv', null]) {
      expect(detectFormat(type, '/download?id=7', FTM_LINES)).to.equal('ftm');
    }
    expect(detectFormat('application/json', 'entities.ftm.json', `\uFEFF\n${FTM_LINES}\r\n`)).to.equal('ftm');
    expect(detectFormat(null, 'events.csv', FTM_LINES)).to.equal('ftm');
  });

  it('detectFormat() finds the UN consolidated list by its root element whatever the content type', () => {
    for (const type of ['application/xml', 'text/plain', 'application/octet-stream', 'application/json', null]) {
      expect(detectFormat(type, '/consolidated', UN_LIST)).to.equal('xml');
    }
  });

  it('detectFormat() reads one line of JSON as JSON: an object that is not an entity, or a one-line file', () => {
    expect(detectFormat(null, '/data', '{"events":[{"start":"2018","title":"A"}]}\n')).to.equal('json');
    expect(detectFormat(null, '/data', '{"events":\n[]}')).to.equal('json');
    expect(detectFormat(null, '/data', FTM_LINES.split('\n')[0]!)).to.equal('json');
  });

  it('detectFormat() takes other XML by its content type, extension or declaration', () => {
    expect(detectFormat('text/xml; charset=utf-8', '/x', '<rss/>')).to.equal('xml');
    expect(detectFormat('application/atom+xml', '/x', '<feed/>')).to.equal('xml');
    expect(detectFormat(null, '/list.XML', '<rss/>')).to.equal('xml');
    expect(detectFormat(null, '/x', '<?xml version="1.0"?><rss/>')).to.equal('xml');
  });
});

/** The error `parseBody` rejects with. */
const failure = (body: string, format: 'json' | 'csv' | 'ftm' | 'xml') => parseBody(body, format).then(() => undefined, (error: Error) => error);

describe('parseBody(body, format)', () => {
  it('parseBody(body, "json") resolves to the parsed value, byte-order mark or not', async () => {
    expect(await parseBody('{"events":[]}', 'json')).to.deep.equal({ events: [] });
    expect(await parseBody('\uFEFF[1]', 'json')).to.deep.equal([1]);
  });

  it('parseBody(body, "json") rejects with "not valid JSON: …" and the engine message', async () => {
    expect((await failure('{"events": [}', 'json'))!.message).to.match(/^not valid JSON: .+/);
  });

  it('parseBody(body, "json") rejects with "the file is empty" for an empty body', async () => {
    expect((await failure('  \n', 'json'))!.message).to.equal('the file is empty');
  });

  it('parseBody(body, "csv") reads rows with fromCsv and passes its errors on', async () => {
    expect(await parseBody('start,title\n2018,A\n', 'csv')).to.deep.equal([{ start: '2018', title: 'A' }]);
    expect((await failure('', 'csv'))!.message).to.equal('the CSV file is empty');
  });
});

describe('parseBody(body, format): sanctions lists', () => {
  it('parseBody(body, "ftm") reads FollowTheMoney lines into one item per designation', async () => {
    const data = normalize(await parseBody(FTM_LINES, 'ftm'));
    expect(data.events.map((e) => `${e.id} ${e.start} ${e.title}`)).to.deep.equal(['s-1 2022-02-28 Ivan EXAMPLE']);
  });

  it('parseBody(body, "json") hands a JSON array of FtM entities to the FtM reader', async () => {
    const data = normalize(await parseBody(`[${FTM_LINES.replace('\n', ',')}]`, 'json'));
    expect(data.events.map((e) => e.title)).to.deep.equal(['Ivan EXAMPLE']);
    expect(data.inputCount).to.equal(1);
  });

  it('parseBody(body, "xml") reads the UN list, and rejects XML that is not it with the reason', async () => {
    expect(normalize(await parseBody(UN_LIST, 'xml')).title).to.equal('UN Security Council Consolidated List');
    expect((await failure('<rss><channel/></rss>', 'xml'))!.message).to.equal(
      'not the UN Security Council consolidated list: the root element is <rss>, not <CONSOLIDATED_LIST>',
    );
    expect((await failure('<CONSOLIDATED_LIST>', 'xml'))!.message).to.match(/^not valid XML: /);
  });

  it('parseBody(body, "ftm" | "xml") rejects an empty body with "the file is empty"', async () => {
    expect((await failure(' \n', 'ftm'))!.message).to.equal('the file is empty');
    expect((await failure('', 'xml'))!.message).to.equal('the file is empty');
  });
});

/** A file of test/fixtures/lists as text. */
const fixture = async (name: string) => (await fetch(`/test/fixtures/lists/${name}`)).text();

describe('detectFormat(contentType, url, body): the official lists, found from the content', () => {
  for (const [name, format] of [
    ['un.xml', 'xml'],
    ['eu-fsf.xml', 'eu-fsf'],
    ['uk-sanctions.xml', 'uk-sanctions'],
    ['ofac-sdn-advanced.xml', 'ofac-advanced'],
    ['seco.xml', 'seco'],
    ['sdn.xml', 'refused'],
    ['sdn.csv', 'refused'],
    ['consolidated-screening-list.csv', 'refused'],
    ['senzing.json', 'refused'],
    ['canada-sema.xml', 'refused'],
  ] as const) {
    it(`detectFormat() finds ${name} as ${format} whatever the content type and the name`, async () => {
      const body = await fixture(name);
      for (const type of ['application/xml', 'text/plain', 'application/octet-stream', 'application/json', 'text/csv', null]) {
        expect(detectFormat(type, '/download?id=7', body), `${type}`).to.equal(format);
      }
    });
  }

  it('detectFormat() knows the EU file by its namespace, with a prefix too, or by its records; OFAC by either namespace', () => {
    expect(detectFormat(null, '/x', '<ns2:export xmlns:ns2="http://eu.europa.ec/fpi/fsd/export"/>')).to.equal('eu-fsf');
    expect(detectFormat(null, '/x', '<export generationDate="2026-01-15"><sanctionEntity logicalId="1"/></export>')).to.equal('eu-fsf');
    expect(detectFormat(null, '/x', '<Sanctions xmlns="http://www.un.org/sanctions/1.0"><DateOfIssue/></Sanctions>')).to.equal('ofac-advanced');
    expect(detectFormat(null, '/x', '<!-- a comment --><?pi x?>\n<swiss-sanctions-list list-type="whole-list"/>')).to.equal('seco');
  });

  it('detectFormat() leaves XML whose root merely shares a name to the content type, extension or declaration', () => {
    expect(detectFormat(null, '/x.xml', '<export><item/></export>')).to.equal('xml');
    expect(detectFormat('text/plain', '/x', '<Designations><Other/></Designations>')).to.equal('csv');
    expect(detectFormat(null, '/x', '<Sanctions><Other/></Sanctions>')).to.equal('csv');
  });

  it('detectFormat() refuses no ordinary CSV, JSON lines or events', () => {
    expect(detectFormat(null, '/x', 'id,start,title\n1,2018,A')).to.equal('csv');
    expect(detectFormat(null, '/x', '2018,"A title",x\n')).to.equal('csv');
    expect(detectFormat(null, '/x', '{"start":"2018","title":"A"}\n{"start":"2019","title":"B"}\n')).to.equal('json');
  });
});

describe('parseBody(body, format): the official lists and the refused ones', () => {
  for (const [name, format, title] of [
    ['eu-fsf.xml', 'eu-fsf', 'EU Financial Sanctions Files'],
    ['uk-sanctions.xml', 'uk-sanctions', 'UK Sanctions List'],
    ['ofac-sdn-advanced.xml', 'ofac-advanced', 'OFAC SDN List (advanced XML)'],
    ['seco.xml', 'seco', 'Swiss sanctions list (SECO)'],
  ] as const) {
    it(`parseBody(body, "${format}") reads ${name} with its reader, loaded on demand`, async () => {
      expect(normalize(await parseBody(await fixture(name), format)).title).to.equal(title);
    });
  }

  for (const [name, message] of [
    ['sdn.xml', /^OFAC's sdn\.xml has no designation dates; load the SDN advanced XML \(sdn_advanced\.xml/],
    ['sdn.csv', /^OFAC's sdn\.csv has no designation dates \(nor a header row\); load the SDN advanced XML \(sdn_advanced\.xml/],
    ['consolidated-screening-list.csv', /^this is the US Consolidated Screening List \(trade\.gov\).*for OFAC, the SDN advanced XML \(sdn_advanced\.xml\)$/],
    ['senzing.json', /^this is OpenSanctions' Senzing export .*load the dataset's FollowTheMoney export \(entities\.ftm\.json or targets\.nested\.json\)$/],
    ['canada-sema.xml', /^this is Canada's Consolidated Special Economic Measures Act list \(sema-lmes\.xml\).*ca_dfatd_sema_sanctions/],
  ] as const) {
    it(`parseBody(body, "refused") rejects ${name} naming it and what to load instead, never "not valid JSON" or "no 'start' column"`, async () => {
      const error = await parseBody(await fixture(name), 'refused').then(() => undefined, (reason: Error) => reason);
      expect(error!.message).to.match(message);
    });
  }
});
