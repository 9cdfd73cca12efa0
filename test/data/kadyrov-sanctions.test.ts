import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { parseDate } from '../../src/model/dates.js';
import { normalize } from '../../src/model/normalize.js';
import { EVENT_FIELDS } from '../../src/model/types.js';

async function load(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.json();
}

describe('data/kadyrov-sanctions.json', () => {
  let file: Record<string, unknown>;
  let schema: Record<string, unknown>;
  before(async () => {
    file = await load('/data/kadyrov-sanctions.json');
    schema = await load('/data/event.schema.json');
  });

  it('validates against data/event.schema.json', () => {
    const result = new Validator(schema, '2020-12', false).validate(file);
    expect(result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
    expect(result.valid).to.equal(true);
  });

  it('the schema describes exactly the event fields the normalizer reads (EVENT_FIELDS)', () => {
    const event = (schema.$defs as Record<string, { properties: Record<string, unknown> }>).event!;
    expect(Object.keys(event.properties).sort()).to.deep.equal([...EVENT_FIELDS].sort());
  });

  it('the schema rejects what the normalizer rejects: a typo in a field, a fake date, an unsafe URL', () => {
    const validator = new Validator(schema, '2020-12', false);
    const event = { start: '2018-12-13', title: 'A', sources: [{ url: 'https://example.org/a' }] };
    expect(validator.validate({ events: [event] }).valid).to.equal(true);
    expect(validator.validate({ events: [{ ...event, titel: 'typo' }] }).valid).to.equal(false);
    expect(validator.validate({ events: [{ ...event, start: '2018-13' }] }).valid).to.equal(false);
    expect(validator.validate({ events: [{ ...event, sources: [{ url: 'javascript:alert(1)' }] }] }).valid).to.equal(false);
  });

  it('the schema date pattern and parseDate agree on canonical and invalid dates', () => {
    const pattern = new RegExp((schema.$defs as Record<string, { pattern: string }>).date.pattern);
    const valid = ['2018', '-0044', '2018-12', '2018-12-13', '2018-12-13T10:00Z', '2018-12-13T10:00:30.250+03:00', '-0044-03-15'];
    valid.push('2018~', '2019-03?', '2016-05-04%', '201X', '20XX', '2004-XX', '1985-04-XX', '1985-XX-XX', 'Y17000', '2018-12/2019-01');
    valid.push('2020-07-20/..', '2020-07-20/', '../2019-01', '/2019-01', '1984~/2004-06?');
    const invalid = ['18', '2018-13', '2018-12-32', '2018-12-13T10:00', '2018-12-13T25:00Z', 'December 2018', '2018/12/13'];
    invalid.push('2018~~', '2004-XX-15', '201X-05', 'XXXX', 'Y2018', '../..', '/', '2001-21', '2018-12-13T10:00Z~');
    for (const text of valid) {
      expect(pattern.test(text), `schema accepts ${text}`).to.equal(true);
      expect('error' in parseDate(text), `parseDate accepts ${text}`).to.equal(false);
    }
    for (const text of invalid) {
      expect(pattern.test(text), `schema rejects ${text}`).to.equal(false);
      expect('error' in parseDate(text), `parseDate rejects ${text}`).to.equal(true);
    }
  });

  it('draws every event: at least 20, from 2017 to 2020 and later, nothing reported', () => {
    const data = normalize(file);
    expect(data.problems).to.deep.equal([]);
    expect(data.events.length).to.be.at.least(20);
    expect(data.events.length).to.equal((file.events as unknown[]).length);
    expect(new Date(data.events[0]!.when.lo).getUTCFullYear()).to.equal(2017);
    expect(new Date(data.events.at(-1)!.when.lo).getUTCFullYear()).to.be.greaterThan(2020);
  });

  it('gives every event a category it declares and at least one http(s) source that becomes a link', () => {
    const data = normalize(file);
    for (const event of data.events) {
      expect(Object.keys(data.categories!), event.id).to.include(event.category);
      expect(event.sources.filter((source) => source.href).length, event.id).to.be.at.least(1);
      expect(event.summary, event.id).to.be.a('string').with.length.above(20);
    }
  });

  it('follows the record where the seed articles err', () => {
    const byStart = (start: string) => normalize(file).events.filter((event) => event.start === start);
    // The OSCE report has two dates for two things: delivered on 13 December, presented on 20 December 2018.
    expect(byStart('2018-12-13').map((e) => e.category)).to.include('report');
    expect(byStart('2018-12-20').map((e) => e.category)).to.include('report');
    // The Section 7031(c) designation was on 20 July 2020 (not October 2019), naming his wife and two daughters.
    const designation = byStart('2020-07-20').find((e) => e.category === 'sanction')!;
    expect(designation.summary).to.match(/wife, Medni Kadyrova/).and.match(/daughters Aishat Kadyrova and Karina/);
    expect(designation.summary).not.to.match(/three/);
    // The 2017 Magnitsky Act designation, and the new purge known only to the month: some day of December 2018.
    expect(byStart('2017-12-20').map((e) => e.category)).to.include('sanction');
    expect(byStart('2018-12-XX').map((e) => [e.when.start.precision, e.when.start.unspecified])).to.deep.equal([['month', 'day']]);
  });

  it('says where the record is unsure, in EDTF (see data/README.md, "Open points")', () => {
    const byId = new Map(normalize(file).events.map((event) => [event.id, event]));
    // HRW dates the threats to 23 August, Caucasian Knot the speech to 22 August and the post to 23 August.
    expect(byId.get('2018-08-23-kadyrov-threatens-rights-defenders')!.start).to.equal('2018-08-22/2018-08-23');
    // Only a letter reported by the Austria Press Agency gives 6 November for Benedek's appointment.
    expect(byId.get('2018-11-06-benedek-appointed')!.when.start).to.include({ text: '2018-11-06?', precision: 'day', uncertain: true });
    // Seed 004's "Dec. 29" could not be confirmed: the purge began on a day of December 2018.
    expect(byId.get('2018-12-new-purge')!.start).to.equal('2018-12-XX');
  });
});
