import { expect } from '@open-wc/testing';
import { detectFormat, parseBody } from '../../../../src/model/formats/detect.js';

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

/** The error `parseBody` rejects with. */
const failure = (body: string, format: 'json' | 'csv') => parseBody(body, format).then(() => undefined, (error: Error) => error);

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
