import { expect } from '@open-wc/testing';
import { readCategories, unwrap } from '../../../src/model/unwrap.js';

describe('unwrap', () => {
  it('unwrap([a, b]) is the array itself, counting 2', () => {
    const items = [{ start: '2018' }, 5];
    const result = unwrap(items);
    expect(result.items).to.equal(items);
    expect(result.count).to.equal(2);
    expect(result.problems).to.deep.equal([]);
  });

  it('unwrap({ title, description, categories, events }) reads the container, text fields as text', () => {
    const categories = { threat: 'Threat' };
    const result = unwrap({ title: 2018, description: 'D', categories, events: [{}] });
    expect(result.title).to.equal('2018');
    expect(result.description).to.equal('D');
    expect(result.categories).to.equal(categories);
    expect(result.count).to.equal(1);
  });

  it('unwrap({ title: {…}, events }) drops a title that is not text, silently', () => {
    const result = unwrap({ title: { a: 1 }, events: [] });
    expect(result.title).to.equal(undefined);
    expect(result.problems).to.deep.equal([]);
  });

  it('unwrap(TimelineJS JSON) converts slides and counts them', () => {
    const result = unwrap({ events: [{ start_date: { year: 2018 }, text: { headline: 'H' } }] });
    expect(result.items).to.deep.equal([{ start: '2018', title: 'H' }]);
    expect(result.count).to.equal(1);
  });

  it("unwrap('not json') counts the text as one rejected item", () => {
    const result = unwrap('not json');
    expect(result.items).to.deep.equal([]);
    expect(result.count).to.equal(1);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]!.field).to.equal('events');
    expect(result.problems[0]!.message).to.match(/^events is not valid JSON: /);
  });

  it("unwrap('null') and unwrap(null) are empty", () => {
    expect(unwrap('null')).to.deep.equal({ items: [], count: 0, problems: [] });
    expect(unwrap(null)).to.deep.equal({ items: [], count: 0, problems: [] });
  });

  it('unwrap({ events: {} }) is rejected: events must be a list', () => {
    const result = unwrap({ events: {} });
    expect(result.count).to.equal(1);
    expect(result.problems[0]!.message).to.equal('expected a list of events or { "events": [...] }, got an object');
  });
});

describe('readCategories', () => {
  it('readCategories({ key: { label, color } }) keeps label and colour, trimmed', () => {
    expect(readCategories({ threat: { label: ' Threat ', color: ' #c00 ' } })).to.deep.equal({
      threat: { label: 'Threat', color: '#c00' },
    });
  });

  it("readCategories({ key: 'Label' }) takes a string as the label", () => {
    expect(readCategories({ report: 'Report' })).to.deep.equal({ report: { label: 'Report' } });
  });

  it('readCategories uses the key when the label is missing or blank, and drops a blank colour', () => {
    expect(readCategories({ a: {}, b: { label: ' ', color: '' }, c: null, d: 3 })).to.deep.equal({
      a: { label: 'a' },
      b: { label: 'b' },
      c: { label: 'c' },
      d: { label: 'd' },
    });
  });

  it('readCategories of a list, text or nothing is undefined', () => {
    expect(readCategories([])).to.equal(undefined);
    expect(readCategories('x')).to.equal(undefined);
    expect(readCategories(undefined)).to.equal(undefined);
  });
});
