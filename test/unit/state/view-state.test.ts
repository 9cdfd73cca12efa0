import { expect } from '@open-wc/testing';
import { utc } from '../../../src/model/dates.js';
import { NO_FILTER } from '../../../src/state/filter.js';
import { fromLink, INITIAL_VIEW, isoInstant, toLink, windowFrom, WindowAttributes } from '../../../src/state/view-state.js';

describe('windowFrom', () => {
  it("windowFrom('2018-08', '2018-12') runs from 1 August to the end of December (end inclusive of its unit)", () => {
    expect(windowFrom('2018-08', '2018-12')).to.deep.equal([utc(2018, 7, 1), utc(2019, 0, 1)]);
  });

  it('windowFrom(date-times) runs from instant to instant, and takes Dates', () => {
    expect(windowFrom('2018-08-01T10:00Z', '2018-08-01T12:00Z')).to.deep.equal([utc(2018, 7, 1, 10), utc(2018, 7, 1, 12)]);
    expect(windowFrom(new Date(utc(2018)), new Date(utc(2019)))).to.deep.equal([utc(2018), utc(2019)]);
  });

  it('windowFrom is undefined for a text that is not a date, an empty one, or an end before the start', () => {
    expect(windowFrom('soon', '2018')).to.equal(undefined);
    expect(windowFrom('', '2018')).to.equal(undefined);
    expect(windowFrom('2019', '2018')).to.equal(undefined);
  });
});

describe('isoInstant', () => {
  it('isoInstant(time) is the ISO date-time in UTC, also for years before 1', () => {
    expect(isoInstant(utc(2018, 11, 13, 10, 30))).to.equal('2018-12-13T10:30:00.000Z');
    expect(isoInstant(utc(-44, 2, 15))).to.equal('-000044-03-15T00:00:00.000Z');
  });
});

describe('toLink and fromLink', () => {
  const view = {
    ...INITIAL_VIEW,
    selected: 'report',
    focus: 'report',
    window: [utc(2018), utc(2019, 6)] as const,
    filter: { hiddenCategories: new Set(['threat', '']), query: 'purge' },
  };

  it('toLink(view) keeps the open event, the window as instants, the hidden categories and the query', () => {
    expect(toLink(view)).to.deep.equal({
      selected: 'report',
      start: '2018-01-01T00:00:00.000Z',
      end: '2019-07-01T00:00:00.000Z',
      hidden: ['threat', ''],
      query: 'purge',
    });
  });

  it('toLink(INITIAL_VIEW) is empty: a default view leaves no trace in the URL', () => {
    expect(toLink(INITIAL_VIEW)).to.deep.equal({});
  });

  it('fromLink(view, toLink(view)) gives back the window, selection and filter exactly', () => {
    const back = fromLink(INITIAL_VIEW, toLink(view));
    expect(back.selected).to.equal('report');
    expect(back.window).to.deep.equal(view.window);
    expect([...back.filter.hiddenCategories]).to.deep.equal(['threat', '']);
    expect(back.filter.query).to.equal('purge');
  });

  it('toLink and fromLink keep the collapsed lanes and a link\'s choice of rows', () => {
    const lanes = { ...INITIAL_VIEW, collapsed: new Set(['OFAC', '']), lanes: 'actors' as const };
    expect(toLink(lanes)).to.deep.equal({ collapsed: ['OFAC', ''], lanes: 'actors' });
    const back = fromLink(INITIAL_VIEW, toLink(lanes));
    expect([[...back.collapsed], back.lanes]).to.deep.equal([['OFAC', ''], 'actors']);
  });

  it('fromLink(view, {}) returns to the default view, keeping the tab stop', () => {
    const back = fromLink(view, {});
    expect(back.selected).to.equal('');
    expect(back.window).to.equal(undefined);
    expect(back.filter.hiddenCategories.size).to.equal(0);
    expect(back.filter.query).to.equal(NO_FILTER.query);
    expect(back.focus).to.equal('report');
  });
});

describe('windowFrom with EDTF dates (the start/end attributes, zoomTo, links)', () => {
  it('reads any date with a known extent: a qualifier changes nothing, 201X starts in 2010 and ends with 2019', () => {
    expect(windowFrom('2018~', '2019-03?')).to.deep.equal([utc(2018), utc(2019, 3)]);
    expect(windowFrom('201X', '201X')).to.deep.equal([utc(2010), utc(2020)]);
    expect(windowFrom('2018-12/2019-01', '2019-06-XX')).to.deep.equal([utc(2018, 11), utc(2019, 6)]);
  });

  it('refuses a side that is open or unknown: it bounds no window', () => {
    expect(windowFrom('2018/..', '2020')).to.equal(undefined);
    expect(windowFrom('2018', '2019/')).to.equal(undefined);
    expect(windowFrom('../2018', '2020')).to.equal(undefined);
  });
});

describe('WindowAttributes', () => {
  it('write(view, side, text) keeps the first side as text until the second makes a window', () => {
    const attributes = new WindowAttributes();
    const half = attributes.write(INITIAL_VIEW, 'start', '2018-08');
    expect(half.window).to.equal(undefined);
    expect(attributes.read(half, 'start')).to.equal('2018-08');
    const whole = attributes.write(half, 'end', '2018-12');
    expect(whole.window).to.deep.equal([utc(2018, 7, 1), utc(2019, 0, 1)]);
    expect(attributes.read(whole, 'start')).to.equal('2018-08-01T00:00:00.000Z');
    expect(attributes.read(whole, 'end')).to.equal('2019-01-01T00:00:00.000Z');
  });

  it('write(view, side, text) moves one side of a window the reader chose, and an empty side shows all events', () => {
    const attributes = new WindowAttributes();
    const view = { ...INITIAL_VIEW, window: [utc(2018), utc(2019)] as const };
    expect(attributes.write(view, 'end', '2020').window).to.deep.equal([utc(2018), utc(2021)]);
    const cleared = attributes.write(view, 'start', '');
    expect(cleared.window).to.equal(undefined);
    expect(attributes.read(cleared, 'start')).to.equal('');
    expect(attributes.read(cleared, 'end')).to.equal('2019-01-01T00:00:00.000Z');
  });

  it('forget() drops a half-written side', () => {
    const attributes = new WindowAttributes();
    const half = attributes.write(INITIAL_VIEW, 'start', '2018-08');
    attributes.forget();
    expect(attributes.read(half, 'start')).to.equal('');
  });
});
