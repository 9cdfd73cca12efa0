import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  NO_FILTER,
  applyFilter,
  categoryCounts,
  foldText,
  highlightRanges,
  type EventFilter,
} from '../../../src/state/filter.js';
import { normalize } from '../../../src/model/normalize.js';
import type { NormalizedEvent } from '../../../src/model/types.js';

const EVENTS = normalize([
  { id: 'chechnya', start: '2017-01', title: 'Purge in Čečnya', category: 'persecution', actors: ['Ramzan Kadyrov'] },
  { id: 'report', start: '2018-12-13', title: 'Moscow Mechanism report', category: 'report', summary: 'OSCE rapporteur Wolfgang Benedek' },
  { id: 'ezhov', start: '2019-02', title: 'Ёжиков Павел задержан', tags: ['Грозный'] },
  { id: 'designation', start: '2020-07-20', title: 'State Department designates Kadyrov', category: 'sanction', tags: ['7031(c)'] },
  { id: 'threat', start: '2020-08', title: 'Threat against Tumso Abdurakhmanov', category: 'threat' },
  { id: 'sanction2', start: '2020-12', title: 'Treasury designation', category: 'sanction', actors: ['OFAC'] },
]).events;

const byId = (id: string): NormalizedEvent => EVENTS.find((event) => event.id === id)!;
const LABELS: Record<string, string> = { sanction: 'Санкция', persecution: 'Преследование', report: 'Доклад', threat: 'Угроза' };
const label = (key: string) => LABELS[key] ?? key;
const filter = (hidden: string[], query = ''): EventFilter => ({ hiddenCategories: new Set(hidden), query });
/**
 * Whether searching `query` (not blank) with nothing hidden finds the event `id`: one event at a
 * time, as matching is decided per event.
 */
const found = (id: string, query: string, categoryLabel?: (key: string) => string): boolean =>
  applyFilter([byId(id)], filter([], query), categoryLabel).matches!.has(id);
/** The substrings `ranges` cover. */
const marked = (text: string, ranges: Array<[number, number]>) => ranges.map(([start, end]) => text.slice(start, end));

describe('foldText', () => {
  it("foldText('  Čečnya ') is 'cecnya': case and diacritics folded, trimmed", () => {
    expect(foldText('  Čečnya ')).to.equal('cecnya');
  });

  it("foldText folds Cyrillic ё to е and й to и, and lower-cases Cyrillic", () => {
    expect(foldText('Ёжиков')).to.equal('ежиков');
    expect(foldText('Грозный')).to.equal('грозныи');
  });

  it("foldText folds letters without a decomposition: 'Straße' → 'strasse', 'Łódź' → 'lodz', 'Øresund' → 'oresund'", () => {
    expect(foldText('Straße')).to.equal('strasse');
    expect(foldText('Łódź')).to.equal('lodz');
    expect(foldText('Øresund')).to.equal('oresund');
  });

  it('foldText treats composed and decomposed accents alike, and folds compatibility forms (ﬁ, full-width)', () => {
    expect(foldText('C\u030Cec\u030Cnya')).to.equal(foldText('Čečnya'));
    expect(foldText('ﬁle ＡＢＣ')).to.equal('file abc');
  });

  it("foldText('İstanbul') is 'istanbul' (no stray combining dot), and final sigma folds like sigma", () => {
    expect(foldText('İstanbul')).to.equal('istanbul');
    expect(foldText('ΟΔΟΣ')).to.equal(foldText('οδοσ'));
  });
});

describe('applyFilter: what a query matches', () => {
  it('applyFilter(events, { query: "" }) and a blank query search nothing: matches is undefined, every event shown', () => {
    for (const query of ['', '   ']) {
      const { shown, matches } = applyFilter(EVENTS, filter([], query));
      expect(matches).to.equal(undefined);
      expect(shown.map((e) => e.id)).to.deep.equal(EVENTS.map((e) => e.id));
    }
  });

  it("applyFilter finds 'cecnya' in 'Purge in Čečnya' and 'ежиков' in 'Ёжиков'", () => {
    expect(found('chechnya', 'cecnya')).to.equal(true);
    expect(found('chechnya', 'ČEČNYA')).to.equal(true);
    expect(found('ezhov', 'ежиков')).to.equal(true);
  });

  it('applyFilter needs every word, each anywhere in the searched fields, in any order', () => {
    expect(found('designation', 'kadyrov state')).to.equal(true);
    expect(found('designation', 'kadyrov treasury')).to.equal(false);
    expect(found('designation', 'design')).to.equal(true);
  });

  it('applyFilter searches title, summary, actors and tags', () => {
    expect(found('report', 'benedek')).to.equal(true);
    expect(found('sanction2', 'ofac')).to.equal(true);
    expect(found('ezhov', 'грозныи')).to.equal(true);
    expect(found('designation', '7031(c)')).to.equal(true);
  });

  it('applyFilter searches the category label when given categoryLabel, else the key', () => {
    expect(found('threat', 'угроза', label)).to.equal(true);
    expect(found('threat', 'угроза')).to.equal(false);
    expect(found('threat', 'threat against')).to.equal(true);
    expect(found('report', 'report', () => 'Доклад')).to.equal(true); // in the title
    expect(found('chechnya', 'persecution')).to.equal(true);
  });

  it('applyFilter does not match a word across two fields', () => {
    // title ends "Kadyrov", tags start "7031(c)": "kadyrov7031" spans both.
    expect(found('designation', 'kadyrov7031')).to.equal(false);
  });
});

describe('categoryCounts', () => {
  it('categoryCounts lists declared categories first (declaration order), then undeclared ones as met, then no category last', () => {
    const counts = categoryCounts(EVENTS, { sanction: { label: 'Sanction' }, report: { label: 'Report' }, legal: { label: 'Legal' } });
    expect(counts).to.deep.equal([
      { key: 'sanction', label: 'Sanction', count: 2 },
      { key: 'report', label: 'Report', count: 1 },
      { key: 'persecution', label: 'persecution', count: 1 },
      { key: 'threat', label: 'threat', count: 1 },
      { key: '', label: '', count: 1 },
    ]);
  });

  it('categoryCounts leaves out declared categories without events, and is empty for no events', () => {
    expect(categoryCounts(EVENTS, { legal: { label: 'Legal' } }).map((c) => c.key)).to.not.include('legal');
    expect(categoryCounts([], { legal: { label: 'Legal' } })).to.deep.equal([]);
  });

  it("categoryCounts ignores inherited keys such as 'constructor' and uses the key when a label is blank", () => {
    const events = normalize([{ start: '2020', title: 'x', category: 'constructor' }, { start: '2020', title: 'y', category: 'threat' }]).events;
    expect(categoryCounts(events, { threat: { label: '' } })).to.deep.equal([
      { key: 'threat', label: 'threat', count: 1 },
      { key: 'constructor', label: 'constructor', count: 1 },
    ]);
  });

  it('categoryCounts counts add up to the number of events', () => {
    const total = categoryCounts(EVENTS, {}).reduce((sum, c) => sum + c.count, 0);
    expect(total).to.equal(EVENTS.length);
  });
});

describe('applyFilter', () => {
  it('applyFilter(events, NO_FILTER) shows everything, in order, with matches undefined', () => {
    const { shown, matches } = applyFilter(EVENTS, NO_FILTER);
    expect(shown.map((e) => e.id)).to.deep.equal(EVENTS.map((e) => e.id));
    expect(shown).to.not.equal(EVENTS);
    expect(matches).to.equal(undefined);
  });

  it('applyFilter hides the events of hidden categories, and "" hides the events without a category', () => {
    expect(applyFilter(EVENTS, filter(['sanction', 'threat'])).shown.map((e) => e.id)).to.deep.equal(['chechnya', 'report', 'ezhov']);
    expect(applyFilter(EVENTS, filter([''])).shown.map((e) => e.id)).to.not.include('ezhov');
  });

  it('applyFilter with a query gives the ids of the shown events that match', () => {
    const { shown, matches } = applyFilter(EVENTS, filter(['threat'], 'kadyrov'));
    expect(shown).to.have.length(5);
    expect([...matches!]).to.deep.equal(['chechnya', 'designation']);
  });

  it('applyFilter keeps "found nothing" (an empty set) apart from "no search" (undefined)', () => {
    expect(applyFilter(EVENTS, filter([], 'nothing-like-this')).matches!.size).to.equal(0);
    expect(applyFilter(EVENTS, filter([], '  ')).matches).to.equal(undefined);
  });

  it('applyFilter searches category labels through categoryLabel', () => {
    expect([...applyFilter(EVENTS, filter([], 'санкция'), label).matches!]).to.deep.equal(['designation', 'sanction2']);
  });

  it('applyFilter does not mutate its input', () => {
    const before = EVENTS.map((e) => e.id);
    applyFilter(EVENTS, filter(['sanction'], 'x'));
    expect(EVENTS.map((e) => e.id)).to.deep.equal(before);
  });
});

describe('highlightRanges', () => {
  it("highlightRanges('Purge in Čečnya', 'cecnya') covers 'Čečnya' in the original text", () => {
    const text = 'Purge in Čečnya';
    expect(highlightRanges(text, 'cecnya')).to.deep.equal([[9, 15]]);
    expect(marked(text, highlightRanges(text, 'ečn'))).to.deep.equal(['ečn']);
  });

  it('highlightRanges maps back through decomposed accents, keeping the marks with their letters', () => {
    const text = 'C\u030Cec\u030Cnya Ve\u0301c\u030C';
    expect(marked(text, highlightRanges(text, 'cecnya'))).to.deep.equal(['C\u030Cec\u030Cnya']);
    expect(marked(text, highlightRanges(text, 'ce'))).to.deep.equal(['C\u030Ce']);
    expect(marked(text, highlightRanges(text, 've'))).to.deep.equal(['Ve\u0301']);
    // The last "C" is followed only by its mark: the mark is part of the highlight.
    expect(highlightRanges(text, 'c').at(-1)).to.deep.equal([text.length - 2, text.length]);
  });

  it("highlightRanges maps back through expansions: 'strasse' and 'ss' both cover 'ß'", () => {
    const text = 'Große Straße';
    expect(marked(text, highlightRanges(text, 'strasse'))).to.deep.equal(['Straße']);
    expect(marked(text, highlightRanges(text, 'ss'))).to.deep.equal(['ß', 'ß']);
    expect(marked(text, highlightRanges(text, 'grosse'))).to.deep.equal(['Große']);
  });

  it("highlightRanges finds Cyrillic ё by е: 'ежиков' in 'Ёжиков Павел'", () => {
    const text = 'Задержан Ёжиков Павел';
    expect(marked(text, highlightRanges(text, 'ежиков павел'))).to.deep.equal(['Ёжиков', 'Павел']);
  });

  it('highlightRanges keeps offsets right after astral characters (surrogate pairs)', () => {
    const text = '🇷🇺 Kadyrov 😀 kadyrov';
    expect(marked(text, highlightRanges(text, 'KADYROV'))).to.deep.equal(['Kadyrov', 'kadyrov']);
  });

  it('highlightRanges merges overlapping and touching matches and sorts them', () => {
    expect(highlightRanges('abcdef', 'cd abc')).to.deep.equal([[0, 4]]);
    expect(highlightRanges('abcdef', 'ef ab')).to.deep.equal([[0, 2], [4, 6]]);
    expect(highlightRanges('aaaa', 'aa')).to.deep.equal([[0, 4]]);
  });

  it('highlightRanges is empty for a blank query or no match', () => {
    expect(highlightRanges('Kadyrov', '')).to.deep.equal([]);
    expect(highlightRanges('Kadyrov', ' \t ')).to.deep.equal([]);
    expect(highlightRanges('Kadyrov', 'putin')).to.deep.equal([]);
    expect(highlightRanges('', 'x')).to.deep.equal([]);
  });

  it('highlightRanges gives sorted, disjoint ranges inside the text, each holding a match, exactly when one exists (property)', () => {
    const alphabet = fc.constantFrom('a', 'A', 'á', 'ß', 'S', 's', 'ё', 'Е', 'е', 'C\u030C', 'č', ' ', '😀', 'ﬁ', 'İ', 'Σ');
    const text = fc.array(alphabet, { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (haystack, query) => {
        const ranges = highlightRanges(haystack, query);
        let previous = -1;
        for (const [start, end] of ranges) {
          expect(start).to.be.greaterThan(previous);
          expect(end).to.be.greaterThan(start).and.at.most(haystack.length);
          previous = end;
        }
        // There is a range exactly when some word occurs, and each range holds an occurrence.
        const words = foldText(query).split(/\s+/).filter(Boolean);
        expect(ranges.length > 0).to.equal(words.some((word) => foldText(haystack).includes(word)));
        for (const [start, end] of ranges) {
          const piece = foldText(haystack.slice(start, end));
          expect(words.some((word) => piece.includes(word))).to.equal(true);
        }
      }),
    );
  });
});
