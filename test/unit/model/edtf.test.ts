import { expect } from '@open-wc/testing';
import { parseDate, utc } from '../../../src/model/dates.js';
import type { ParsedDate } from '../../../src/model/types.js';

/** The parse, asserted to have succeeded. */
function parsed(text: string): ParsedDate {
  const result = parseDate(text);
  if ('error' in result) throw new Error(`expected ${text} to parse, got: ${result.error}`);
  return result;
}

/** The error, asserted. */
function failure(text: string): string {
  const result = parseDate(text);
  if (!('error' in result)) throw new Error(`expected ${text} to be rejected, got ${JSON.stringify(result)}`);
  return result.error;
}

/** [start, end) as ISO strings, to read extents at a glance. */
function extent(text: string): [string, string] {
  const date = parsed(text);
  return [new Date(date.start).toISOString(), new Date(date.end).toISOString()];
}

const NOT_A_DATE = 'is not a date (expected e.g. 2018, 2018-12, 2018-12-13, 2018~, 201X, 2018-12/2019-01)';

describe('parseDate: EDTF level 1 (ISO 8601-2)', () => {
  describe('qualification of a date', () => {
    it("parseDate('1984?') (the specification's example) is the year 1984, uncertain, not approximate", () => {
      const date = parsed('1984?');
      expect(date).to.include({ text: '1984?', precision: 'year', uncertain: true, start: utc(1984), end: utc(1985) });
      expect(date.approximate).to.equal(undefined);
    });

    it("parseDate('2004-06~') is June 2004, approximate; its extent is still the whole month", () => {
      const date = parsed('2004-06~');
      expect(date).to.include({ precision: 'month', approximate: true, start: utc(2004, 5), end: utc(2004, 6) });
      expect(date.uncertain).to.equal(undefined);
    });

    it("parseDate('2004-06-11%') is 11 June 2004, approximate and uncertain", () => {
      expect(parsed('2004-06-11%')).to.include({ precision: 'day', approximate: true, uncertain: true, start: utc(2004, 5, 11), end: utc(2004, 5, 12) });
    });

    it('a qualifier applies once, at the end: 2018~~, 2018?~, ~2018 and 2018 ~ are rejected, naming the value and the forms', () => {
      expect(failure('2018~~')).to.equal(`'2018~~' ${NOT_A_DATE}`);
      for (const text of ['2018?~', '~2018', '2018 ~', '2018-12-13T10:00Z~']) expect(failure(text), text).to.equal(`'${text}' ${NOT_A_DATE}`);
    });
  });

  describe('unspecified digits (X)', () => {
    it("parseDate('201X') is the 2010s: 2010-01-01 to 2020-01-01, known to the decade", () => {
      expect(parsed('201X').precision).to.equal('decade');
      expect(extent('201X')).to.deep.equal(['2010-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z']);
    });

    it("parseDate('20XX') is some year 2000–2099, known to the century", () => {
      expect(parsed('20XX').precision).to.equal('century');
      expect(extent('20XX')).to.deep.equal(['2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z']);
    });

    it("parseDate('-201X') counts away from zero: the years -2019 to -2010", () => {
      const date = parsed('-201X');
      expect([date.start, date.end]).to.deep.equal([utc(-2019), utc(-2009)]);
    });

    it("parseDate('2004-XX') is a month of 2004: the whole year, known to the year, the month unspecified", () => {
      expect(parsed('2004-XX')).to.include({ precision: 'year', unspecified: 'month', start: utc(2004), end: utc(2005) });
    });

    it("parseDate('1985-04-XX') is a day of April 1985: the whole of April, known to the month", () => {
      expect(parsed('1985-04-XX')).to.include({ precision: 'month', unspecified: 'day', start: utc(1985, 3), end: utc(1985, 4) });
    });

    it("parseDate('1985-XX-XX') is a day of 1985: the whole year", () => {
      expect(parsed('1985-XX-XX')).to.include({ precision: 'year', unspecified: 'day', start: utc(1985), end: utc(1986) });
    });

    it("parseDate('2017-02-XX') covers February to its last day, 28th or 29th (leap years)", () => {
      expect(extent('2017-02-XX')).to.deep.equal(['2017-02-01T00:00:00.000Z', '2017-03-01T00:00:00.000Z']);
      expect(extent('2016-02-XX')).to.deep.equal(['2016-02-01T00:00:00.000Z', '2016-03-01T00:00:00.000Z']);
    });

    it('X stands only where level 1 allows it; level 2 forms are rejected, naming the value', () => {
      for (const text of ['1XXX', 'XXXX', '2X18', '201X-05', '20XX-12-25', '2004-XX-15', '2004-1X', '1985-04-1X', '201x']) {
        expect(failure(text), text).to.equal(`'${text}' ${NOT_A_DATE}`);
      }
    });

    it('X and a qualifier together read as both ("possibly the 2010s")', () => {
      expect(parsed('201X?')).to.include({ precision: 'decade', uncertain: true });
    });
  });

  describe('years beyond four digits', () => {
    it("parseDate('Y17000') and parseDate('Y-17000') are years 17000 and -17000", () => {
      expect(new Date(parsed('Y17000').start).getUTCFullYear()).to.equal(17000);
      expect(parsed('Y-17000')).to.include({ precision: 'year', start: utc(-17000), end: utc(-16999) });
    });

    it("parseDate('Y170000002') (the specification's example) is outside what JavaScript dates hold: a clear problem", () => {
      expect(failure('Y170000002')).to.equal("'Y170000002' is outside the dates that can be drawn (years -271820 to 275759)");
      expect(failure('Y-170000002')).to.contain('outside the dates that can be drawn');
    });

    it("Y is only for more than four digits, and stands alone: 'Y2018' and 'Y17000-01' are rejected", () => {
      expect(failure('Y2018')).to.equal("'Y2018' is not a date: Y takes a year of more than four digits, without + or leading zeros (Y17000, Y-17000)");
      expect(failure('Y17000-01')).to.equal(`'Y17000-01' ${NOT_A_DATE}`);
    });
  });

  describe('leap days', () => {
    it('29 February exists in 2020, 2000 and 2016 (qualified too), not in 2019 or 1900', () => {
      expect(extent('2020-02-29~')).to.deep.equal(['2020-02-29T00:00:00.000Z', '2020-03-01T00:00:00.000Z']);
      expect(parsed('2000-02-29?').start).to.equal(utc(2000, 1, 29));
      expect(parsed('2016-02-29/2016-03').from!.start).to.equal(utc(2016, 1, 29));
      for (const text of ['2019-02-29~', '1900-02-29?', '2019-02-29/2019-03']) expect(failure(text), text).to.match(/^'(2019|1900)-02-29/);
    });
  });

  describe('intervals', () => {
    it("parseDate('2018-12/2019-01') runs from 1 December 2018 to the end of January 2019, each side at its precision", () => {
      const date = parsed('2018-12/2019-01');
      expect(extent('2018-12/2019-01')).to.deep.equal(['2018-12-01T00:00:00.000Z', '2019-02-01T00:00:00.000Z']);
      expect(date.from).to.include({ text: '2018-12', precision: 'month' });
      expect(date.to).to.include({ text: '2019-01', precision: 'month' });
    });

    it("level 0's interval examples parse: 1964/2008, 2004-06/2006-08, 2004-02-01/2005-02-08, 2004-02-01/2005-02, 2004-02-01/2005, 2005/2006-02", () => {
      expect(extent('1964/2008')).to.deep.equal(['1964-01-01T00:00:00.000Z', '2009-01-01T00:00:00.000Z']);
      expect(extent('2004-02-01/2005-02-08')).to.deep.equal(['2004-02-01T00:00:00.000Z', '2005-02-09T00:00:00.000Z']);
      for (const text of ['2004-06/2006-08', '2004-02-01/2005-02', '2004-02-01/2005', '2005/2006-02']) expect(parsed(text).from, text).to.not.equal(undefined);
    });

    it("an open end ('1985-04-12/..') and an unknown one ('1985-04-12/') are sides without a date", () => {
      expect(parsed('1985-04-12/..').to).to.include({ text: '..', undated: 'open' });
      expect(parsed('1985-04-12/').to).to.include({ text: '', undated: 'unknown' });
      expect(parsed('1985/..').end).to.be.NaN;
    });

    it("an open start ('../1985-04-12') and an unknown one ('/1985-04') likewise", () => {
      expect(parsed('../1985-04-12').from).to.include({ undated: 'open' });
      expect(parsed('/1985-04').from).to.include({ undated: 'unknown', precision: 'month' });
      expect(parsed('../1985').start).to.be.NaN;
    });

    it('sides may be qualified: 1984~/2004-06, 1984?/2004%, 1984-06-02?/2004-08-08~', () => {
      expect(parsed('1984~/2004-06').from).to.include({ approximate: true });
      expect(parsed('1984?/2004%').to).to.include({ approximate: true, uncertain: true });
      expect(parsed('1984-06-02?/2004-08-08~').to).to.include({ precision: 'day', approximate: true });
    });

    it('an interval whose end comes before its start is rejected; an end inside the start unit is allowed', () => {
      expect(failure('2019/2018')).to.equal("'2019/2018' ends before it starts");
      expect(failure('2018-12-13/2018-12-12')).to.equal("'2018-12-13/2018-12-12' ends before it starts");
      expect(parsed('2018-12-13/2018-12').to!.text).to.equal('2018-12');
    });

    it('an interval needs a date on one side at least, one slash, and dates on its sides', () => {
      expect(failure('../..')).to.equal("'../..' has no date on either side");
      expect(failure('/')).to.equal("'/' has no date on either side");
      expect(failure('2018/2019/2020')).to.equal(`'2018/2019/2020' ${NOT_A_DATE}`);
      expect(failure('2018/soon')).to.equal(`'soon' ${NOT_A_DATE}`);
    });
  });

  describe('seasons', () => {
    it("parseDate('2001-21') (spring) is refused with why: where a season begins depends on the hemisphere", () => {
      expect(failure('2001-21')).to.equal(
        "'2001-21' is a season, which is not drawn: when one begins depends on the hemisphere; give its months instead (e.g. 2001-03/2001-05)",
      );
      expect(failure('2001-24')).to.contain('is a season');
      expect(failure('2001-25')).to.equal(`'2001-25' ${NOT_A_DATE}`);
    });
  });

  it('plain ISO 8601 dates carry no EDTF flags', () => {
    const date = parsed('2018-12-13');
    for (const key of ['approximate', 'uncertain', 'unspecified', 'undated', 'from', 'to']) expect(date, key).to.not.have.property(key);
  });
});
