import { expect } from '@open-wc/testing';
import { fromFollowTheMoney } from '../../../../src/model/formats/ftm.js';
import { normalize, problemCount } from '../../../../src/model/normalize.js';
import type { NormalizedData, NormalizedEvent } from '../../../../src/model/types.js';

/** One line of FtM JSON: an entity with the given schema, id and properties (every value a list). */
function line(schema: string, id: string, properties: Record<string, string[]>, more: Record<string, unknown> = {}): string {
  return JSON.stringify({ id, schema, properties, datasets: ['eu_fsf'], referents: [], target: false, ...more });
}

const ivan = line('Person', 'p-1', { name: ['Ivan EXAMPLE'] }, { caption: 'Ivan EXAMPLE', target: true });

/** A designation of Ivan EXAMPLE (p-1) with these properties, normalized alone. */
function designation(properties: Record<string, string[]>, more: Record<string, unknown> = {}): NormalizedData {
  return normalize(fromFollowTheMoney([line('Sanction', 's-1', { entity: ['p-1'], ...properties }, more), ivan].join('\n')));
}

const only = (data: NormalizedData): NormalizedEvent => {
  expect(data.events).to.have.length(1);
  return data.events[0]!;
};

/** `dates` as "label date" text, in order. */
const datesOf = (event: NormalizedEvent): string[] => (event.dates ?? []).map(({ label, date }) => `${label} ${date}`);

const fetchText = async (file: string): Promise<string> => (await fetch(`/test/fixtures/${file}`)).text();

describe('fromFollowTheMoney', () => {
  describe('start, end and dates', () => {
    it('start is the earliest startDate; the listing date is kept in dates', () => {
      const event = only(designation({ startDate: ['2022-02-28'], listingDate: ['2022-03-01'] }));
      expect(event.start).to.equal('2022-02-28');
      expect(datesOf(event)).to.deep.equal(['Listed 2022-03-01']);
    });

    it('without startDate, start is the earliest listingDate; the later ones are "Listed"', () => {
      const event = only(designation({ listingDate: ['2023-05-10', '2022-03-15', '2022-03-15'] }));
      expect(event.start).to.equal('2022-03-15');
      expect(datesOf(event)).to.deep.equal(['Listed 2023-05-10']);
    });

    it('several startDates: the earliest starts, the others are kept as "Starts"', () => {
      const event = only(designation({ startDate: ['2022-06-03', '2022-04-08'] }));
      expect(event.start).to.equal('2022-04-08');
      expect(datesOf(event)).to.deep.equal(['Starts 2022-06-03']);
    });

    it('without startDate or listingDate, start is date, at its precision (a month stays a month)', () => {
      const event = only(designation({ date: ['2022-04'] }));
      expect(event.start).to.equal('2022-04');
      expect(event.when.start.precision).to.equal('month');
    });

    it('end is the earliest endDate, even years ahead; later ones and modifiedAt are dates, in time order', () => {
      const event = only(designation({ startDate: ['2022-03-15'], endDate: ['2036-01-01', '2031-12-31'], modifiedAt: ['2024-01-10'] }));
      expect(event.end).to.equal('2031-12-31');
      expect(datesOf(event)).to.deep.equal(['Amended 2024-01-10', 'Ends 2036-01-01']);
    });

    it('an endDate before the start is kept as "Ends", not drawn as a span, with a warning', () => {
      const data = designation({ startDate: ['2022-03-15'], endDate: ['2021-01-01'] });
      const event = only(data);
      expect(event.end).to.equal(undefined);
      expect(datesOf(event)).to.deep.equal(['Ends 2021-01-01']);
      expect(data.problems).to.deep.include({
        index: 0,
        id: 's-1',
        field: 'end',
        message: "endDate (2021-01-01) is before the designation's start (2022-03-15); kept as a date, not drawn as a span",
        severity: 'warning',
      });
    });

    it('an endDate in the year the designation starts is not before it', () => {
      expect(only(designation({ startDate: ['2022-03-15'], endDate: ['2022'] })).end).to.equal('2022');
    });

    it('a date-time without a zone keeps its calendar day and says so', () => {
      const data = designation({ startDate: ['2022-02-28T23:30:00'] });
      expect(only(data).start).to.equal('2022-02-28');
      expect(data.problems.map((p) => p.message)).to.deep.equal(["startDate '2022-02-28T23:30:00' has no time zone; kept as the day 2022-02-28"]);
    });

    it('first_seen, last_seen and last_change never date a designation: without a date it is reported by name', () => {
      const text = [
        line('Sanction', 's-9', { entity: ['c-9'], program: ['Ukraine'] }, { first_seen: '2022-03-01T10:00:00', last_seen: '2025-03-31T14:57:02', last_change: '2023-01-01T00:00:00' }),
        line('Company', 'c-9', { name: ['LLC CST'] }, { caption: 'LLC CST' }),
      ].join('\n');
      const data = normalize(fromFollowTheMoney(text));
      expect(data.events).to.deep.equal([]);
      expect(data.inputCount).to.equal(1);
      expect(data.problems).to.deep.equal([
        { index: 0, id: 's-9', field: 'start', message: 'LLC CST — eu_fsf: no designation date (startDate, listingDate or date)' },
      ]);
    });

    it('a bad date is reported by normalize() like any start, with the designation\'s id', () => {
      const data = designation({ startDate: ['2022-13-45'] });
      expect(data.events).to.deep.equal([]);
      expect(data.problems[0]).to.include({ index: 0, id: 's-1', field: 'start' });
    });
  });

  describe('title, actors and targets', () => {
    it("the title is the target's caption, never the programme code the Sanction's own caption holds", () => {
      const event = only(designation({ program: ['EU-UKR'], startDate: ['2022'] }, { caption: 'EU-UKR' }));
      expect(event.title).to.equal('Ivan EXAMPLE');
      expect(event.actors).to.deep.equal(['Ivan EXAMPLE']);
    });

    it('a target after its designation in the file is found', () => {
      const text = [line('Sanction', 's-1', { entity: ['p-1'], startDate: ['2022'] }), line('Address', 'a-1', { full: ['Moscow'] }), ivan].join('\n');
      expect(only(normalize(fromFollowTheMoney(text))).title).to.equal('Ivan EXAMPLE');
    });

    it('a target known by its name property (no caption) is found', () => {
      const text = [line('Sanction', 's-1', { entity: ['v-1'], startDate: ['2022'] }), line('Vessel', 'v-1', { name: ['NORTHERN SAMPLE'] })].join('\n');
      expect(only(normalize(fromFollowTheMoney(text))).title).to.equal('NORTHERN SAMPLE');
    });

    it('a target written with spaces and escapes, or with its keys in another order, is read by its caption', () => {
      const text = [
        line('Sanction', 's-1', { entity: ['p-1'], startDate: ['2022'] }),
        line('Sanction', 's-2', { entity: ['p-2'], startDate: ['2023'] }),
        '{"id": "p-1", "caption": "\\u0418van \\"the\\" EXAMPLE", "schema": "Person", "properties": {"name": ["x"]}, "referents": [ ]}',
        '{"properties": {"name": ["Olga SAMPLE"]}, "schema": "Person", "caption": "Olga SAMPLE", "id": "p-2"}',
      ].join('\n');
      expect(normalize(fromFollowTheMoney(text)).events.map((e) => e.title)).to.deep.equal(['Иvan "the" EXAMPLE', 'Olga SAMPLE']);
    });

    it('a designation pointing at an id merged into its target (a referent) finds the target', () => {
      const merged = line('Person', 'NK-1', { name: ['Ivan EXAMPLE'] }, { caption: 'Ivan EXAMPLE', referents: ['gb-1'] });
      const text = [line('Sanction', 's-1', { entity: ['gb-1'], startDate: ['2022'] }), merged].join('\n');
      expect(only(normalize(fromFollowTheMoney(text))).title).to.equal('Ivan EXAMPLE');
    });

    it("a missing target is drawn titled by its id, with a warning", () => {
      const data = normalize(fromFollowTheMoney(line('Sanction', 's-1', { entity: ['gone-1'], startDate: ['2023-06-01'] })));
      const event = only(data);
      expect(event.title).to.equal('gone-1');
      expect(event.actors).to.deep.equal([]);
      expect(data.problems).to.deep.equal([
        { index: 0, id: 's-1', field: 'title', message: "its target 'gone-1' is not in the file; titled by the target's id", severity: 'warning' },
      ]);
    });

    it('entities that are not designations are not input items', () => {
      const text = [ivan, line('Address', 'a-1', { full: ['Moscow'] }), line('Ownership', 'o-1', { owner: ['p-1'], asset: ['c-1'] })].join('\n');
      const data = normalize(fromFollowTheMoney(text));
      expect(data.inputCount).to.equal(0);
      expect(data.problems).to.deep.equal([]);
    });
  });

  describe('category, summary, tags and sources', () => {
    it('category is who designated (country), labelled in English, in alphabetical order; without a country, the dataset', () => {
      const text = [
        line('Sanction', 's-1', { entity: ['p-1'], country: ['eu'], startDate: ['2022'] }),
        line('Sanction', 's-2', { entity: ['p-1'], country: ['us'], startDate: ['2022'] }),
        line('Sanction', 's-3', { entity: ['p-1'], startDate: ['2022'] }, { datasets: ['fr_tresor_gels_avoir'] }),
        ivan,
      ].join('\n');
      const data = normalize(fromFollowTheMoney(text));
      expect(data.events.map((e) => e.category)).to.deep.equal(['eu', 'us', 'fr_tresor_gels_avoir']);
      expect(Object.keys(data.categories!)).to.deep.equal(['eu', 'fr_tresor_gels_avoir', 'us']);
      expect(data.categories).to.deep.equal({
        eu: { label: 'European Union' },
        us: { label: 'United States' },
        fr_tresor_gels_avoir: { label: 'fr_tresor_gels_avoir' },
      });
    });

    it('summary: authority (with its reference), programme (with its id), reason, provisions, status, one a line', () => {
      const event = only(
        designation({
          startDate: ['2022'],
          authority: ['Office of Financial Sanctions Implementation'],
          authorityId: ['RUS0999'],
          program: ['Russia'],
          programId: ['GB-RUS'],
          reason: ['Involved in destabilising Ukraine.'],
          provisions: ['Asset freeze', 'Travel ban'],
          status: ['Active'],
        }),
      );
      expect(event.summary).to.equal(
        [
          'Authority: Office of Financial Sanctions Implementation (RUS0999)',
          'Programme: Russia (GB-RUS)',
          'Reason: Involved in destabilising Ukraine.',
          'Provisions: Asset freeze; Travel ban',
          'Status: Active',
        ].join('\n'),
      );
      expect(event.tags).to.deep.equal(['GB-RUS', 'Active', 'eu_fsf']);
    });

    it('sources: sourceUrl, then programUrl titled by the programme, the authority as publisher; only http(s) become links', () => {
      const data = designation({
        startDate: ['2022'],
        authority: ['European Union'],
        program: ['EU-UKR'],
        sourceUrl: ['https://eur-lex.europa.eu/eli/reg/2022/336', 'javascript:alert(1)'],
        programUrl: ['https://www.sanctionsmap.eu/'],
      });
      const { sources } = only(data);
      expect(sources.map(({ url, title, publisher, href }) => ({ url, title, publisher, href }))).to.deep.equal([
        { url: 'https://eur-lex.europa.eu/eli/reg/2022/336', title: undefined, publisher: 'European Union', href: 'https://eur-lex.europa.eu/eli/reg/2022/336' },
        { url: 'javascript:alert(1)', title: undefined, publisher: 'European Union', href: undefined },
        { url: 'https://www.sanctionsmap.eu/', title: 'EU-UKR', publisher: 'European Union', href: 'https://www.sanctionsmap.eu/' },
      ]);
    });

    it("the designation's own summary and description follow the facts after a blank line", () => {
      const event = only(designation({ startDate: ['2022'], status: ['Expired'], summary: ['Delisted on appeal.'], description: ['See the court ruling.'] }));
      expect(event.summary).to.equal('Status: Expired\n\nDelisted on appeal.\n\nSee the court ruling.');
    });

    it('text is kept as text: markup in a reason is not parsed', () => {
      const event = only(designation({ startDate: ['2022'], reason: ['<img src=x onerror=alert(1)>'] }));
      expect(event.summary).to.equal('Reason: <img src=x onerror=alert(1)>');
    });
  });

  describe('shapes', () => {
    it('reads the nested shape: designations inside their target, titled by it', () => {
      const nested = JSON.stringify({
        id: 'p-1',
        schema: 'Person',
        caption: 'Ivan EXAMPLE',
        properties: { name: ['Ivan EXAMPLE'], sanctions: [{ id: 's-1', schema: 'Sanction', properties: { entity: ['p-1'], country: ['eu'], startDate: ['2022-02-28'] } }] },
        target: true,
      });
      const event = only(normalize(fromFollowTheMoney(nested)));
      expect(event).to.include({ id: 's-1', title: 'Ivan EXAMPLE', start: '2022-02-28', category: 'eu' });
    });

    it('reads a JSON array of entities, parsed or as text', () => {
      const entities = [JSON.parse(line('Sanction', 's-1', { entity: ['p-1'], startDate: ['2022'] })), JSON.parse(ivan)];
      expect(only(normalize(fromFollowTheMoney(entities))).title).to.equal('Ivan EXAMPLE');
    });

    it('a line that is not JSON is one input item, reported with its line number; the others are read', () => {
      const text = [line('Sanction', 's-1', { entity: ['p-1'], startDate: ['2022'] }), '{"id": "s-2", "schema": "Sanc', '', ivan, ''].join('\r\n');
      const data = normalize(fromFollowTheMoney(text));
      expect(data.events.map((e) => e.id)).to.deep.equal(['s-1']);
      expect(data.inputCount).to.equal(2);
      expect(data.problems).to.have.length(1);
      expect(data.problems[0]).to.include({ index: 1 });
      expect(data.problems[0]!.message).to.match(/^line 2 is not valid JSON: .+; skipped$/);
    });

    it('the flat and nested fixtures hold the same designations; every one drawn or reported', async () => {
      const flat = normalize(fromFollowTheMoney(await fetchText('entities.ftm.json')));
      const nested = normalize(fromFollowTheMoney(await fetchText('targets.nested.json')));
      const summary = (data: NormalizedData) => data.events.map((e) => `${e.id} ${e.start} ${e.title} | ${e.category} | ${e.group}`);
      expect(summary(flat)).to.deep.equal([
        'fx-s-eu-1 2022-02-28 Ivan EXAMPLE | EU-UKR | European Union',
        'fx-s-gb-1 2022-03-15 Ivan EXAMPLE | Russia | Office of Financial Sanctions Implementation',
        'fx-s-ch-1 2022-04 LLC Sample Trade | Ukraine | State Secretariat for Economic Affairs',
        'fx-s-ua-1 2023-06-01 fx-missing-target | Sanctions of Ukraine | National Security and Defense Council',
      ]);
      expect(summary(nested)).to.deep.equal(summary(flat).filter((text) => !text.startsWith('fx-s-ua-1')));
      for (const data of [flat, nested]) {
        expect(data.events.length + problemCount(data.problems)).to.equal(data.inputCount);
        expect(data.problems.filter((p) => p.severity !== 'warning')).to.deep.equal([
          { index: 2, id: 'fx-s-us-1', field: 'start', message: 'LLC Sample Trade — us_ofac_sdn: no designation date (startDate, listingDate or date)' },
        ]);
      }
      expect(flat.inputCount).to.equal(5);
      expect(nested.inputCount).to.equal(4);
    });
  });
});
