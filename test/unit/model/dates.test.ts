import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describe as describeValue, parseDate, utc, type DateParse } from '../../../src/model/dates.js';
import type { ParsedDate } from '../../../src/model/types.js';

/** The parse, asserted to have succeeded. */
function parsed(value: unknown): ParsedDate {
  const result = parseDate(value);
  if ('error' in result) throw new Error(`expected ${String(value)} to parse, got: ${result.error}`);
  return result;
}

/** The error message, asserted to have failed. */
function failure(value: unknown): string {
  const result: DateParse = parseDate(value);
  if (!('error' in result)) throw new Error(`expected ${String(value)} to be rejected, got ${result.text}`);
  return result.error;
}

const HOUR = 3_600_000;

describe('utc', () => {
  it('utc(2018, 11, 13) equals Date.UTC(2018, 11, 13)', () => {
    expect(utc(2018, 11, 13)).to.equal(Date.UTC(2018, 11, 13));
  });

  it('utc(44) keeps year 44 (Date.UTC would shift it to 1944)', () => {
    expect(new Date(utc(44)).getUTCFullYear()).to.equal(44);
    expect(Date.UTC(44, 0, 1)).to.not.equal(utc(44));
  });

  it('utc(-44) is year -44 (45 BC)', () => {
    expect(new Date(utc(-44)).getUTCFullYear()).to.equal(-44);
  });
});

describe('parseDate', () => {
  describe('year precision', () => {
    it("parseDate('2018') covers [2018-01-01, 2019-01-01) with year precision", () => {
      const date = parsed('2018');
      expect(date.precision).to.equal('year');
      expect(date.text).to.equal('2018');
      expect(date.start).to.equal(utc(2018, 0, 1));
      expect(date.end).to.equal(utc(2019, 0, 1));
    });

    it("parseDate('-0044') is year -44 (45 BC), covering one year", () => {
      const date = parsed('-0044');
      expect(date.precision).to.equal('year');
      expect(new Date(date.start).getUTCFullYear()).to.equal(-44);
      expect(date.start).to.equal(utc(-44, 0, 1));
      expect(date.end).to.equal(utc(-43, 0, 1));
    });

    it("parseDate('0044') is year 44 AD, not 1944", () => {
      const date = parsed('0044');
      expect(new Date(date.start).getUTCFullYear()).to.equal(44);
      expect(date.end).to.equal(utc(45, 0, 1));
    });

    it("parseDate('0000') is year 0 (1 BC) and parseDate('0099') is year 99", () => {
      expect(new Date(parsed('0000').start).getUTCFullYear()).to.equal(0);
      expect(new Date(parsed('0099').start).getUTCFullYear()).to.equal(99);
    });

    it("parseDate('+012018') reads an expanded, signed year", () => {
      expect(new Date(parsed('+012018').start).getUTCFullYear()).to.equal(12018);
    });

    it("parseDate('201812') is rejected: years of more than four digits need a sign", () => {
      expect(failure('201812')).to.equal(
        "'201812' is not a date (expected e.g. 2018, 2018-12, 2018-12-13, 2018~, 201X, 2018-12/2019-01)",
      );
    });

    it("parseDate('999999') is rejected as out of range instead of giving NaN instants", () => {
      expect(failure('+999999')).to.contain("'+999999' is outside the dates that can be drawn");
      expect(failure('-300000-01-01')).to.contain('outside the dates that can be drawn');
    });
  });

  describe('month precision', () => {
    it("parseDate('2018-12') has month precision and covers all of December", () => {
      const date = parsed('2018-12');
      expect(date.precision).to.equal('month');
      expect(date.start).to.equal(utc(2018, 11, 1));
      expect(date.end).to.equal(utc(2019, 0, 1));
    });

    it("parseDate('2019-02') ends on 2019-03-01 (28 days)", () => {
      const date = parsed('2019-02');
      expect(date.end - date.start).to.equal(28 * 24 * HOUR);
    });

    it("parseDate('2018-00') and parseDate('2018-13') are not dates, and the message shows the forms that are", () => {
      expect(failure('2018-00')).to.equal("'2018-00' is not a date (expected e.g. 2018, 2018-12, 2018-12-13, 2018~, 201X, 2018-12/2019-01)");
      expect(failure('2018-13')).to.equal("'2018-13' is not a date (expected e.g. 2018, 2018-12, 2018-12-13, 2018~, 201X, 2018-12/2019-01)");
    });
  });

  describe('day precision', () => {
    it("parseDate('2018-12-13') covers [Dec 13, Dec 14) UTC with day precision", () => {
      const date = parsed('2018-12-13');
      expect(date.precision).to.equal('day');
      expect(date.start).to.equal(Date.UTC(2018, 11, 13));
      expect(date.end).to.equal(Date.UTC(2018, 11, 14));
      expect(date.offsetMinutes).to.equal(undefined);
    });

    it("parseDate('2018-12-31') ends at 2019-01-01", () => {
      expect(parsed('2018-12-31').end).to.equal(utc(2019, 0, 1));
    });

    it("parseDate('2020-02-29') is a valid leap day", () => {
      const date = parsed('2020-02-29');
      expect(date.start).to.equal(utc(2020, 1, 29));
      expect(date.end).to.equal(utc(2020, 2, 1));
    });

    it("parseDate('2019-02-29') is not a date (2019 is not a leap year)", () => {
      expect(failure('2019-02-29')).to.equal("'2019-02-29' is not a date");
    });

    it("parseDate('1900-02-29') is not a date but parseDate('2000-02-29') is", () => {
      expect(failure('1900-02-29')).to.equal("'1900-02-29' is not a date");
      expect(parsed('2000-02-29').start).to.equal(utc(2000, 1, 29));
    });

    it("parseDate('2018-13-01') is not a date", () => {
      expect(failure('2018-13-01')).to.equal("'2018-13-01' is not a date");
    });

    it("parseDate('2018-04-31') and parseDate('2018-04-00') are not dates", () => {
      expect(failure('2018-04-31')).to.equal("'2018-04-31' is not a date");
      expect(failure('2018-04-00')).to.equal("'2018-04-00' is not a date");
    });

    it("parseDate('-0044-03-15') is the Ides of March, 44 BC by astronomical numbering", () => {
      const date = parsed('-0044-03-15');
      const d = new Date(date.start);
      expect([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]).to.deep.equal([-44, 2, 15]);
      expect(date.end - date.start).to.equal(24 * HOUR);
    });

    it("parseDate('0012-06-01') stays in year 12, not 1912", () => {
      expect(new Date(parsed('0012-06-01').start).getUTCFullYear()).to.equal(12);
    });

    it("parseDate('  2018-12-13 ') trims white space, also in the text it keeps", () => {
      const date = parsed('  2018-12-13 ');
      expect(date.text).to.equal('2018-12-13');
      expect(date.start).to.equal(utc(2018, 11, 13));
    });
  });

  describe('date-times', () => {
    it("parseDate('2018-12-13T10:00Z') is the instant 10:00 UTC with time precision", () => {
      const date = parsed('2018-12-13T10:00Z');
      expect(date.precision).to.equal('time');
      expect(date.start).to.equal(utc(2018, 11, 13, 10));
      expect(date.end).to.equal(date.start);
      expect(date.offsetMinutes).to.equal(0);
    });

    it("parseDate('2018-12-13T10:00+03:00') is 07:00 UTC and remembers offset 180", () => {
      const date = parsed('2018-12-13T10:00+03:00');
      expect(date.start).to.equal(utc(2018, 11, 13, 7));
      expect(date.offsetMinutes).to.equal(180);
    });

    it("parseDate('2018-12-13T10:00-05:30') is 15:30 UTC with offset -330", () => {
      const date = parsed('2018-12-13T10:00-05:30');
      expect(date.start).to.equal(utc(2018, 11, 13, 15, 30));
      expect(date.offsetMinutes).to.equal(-330);
    });

    it("parseDate('2018-12-13T10:00+0300') and '+03' are the same instant as '+03:00'", () => {
      const expected = utc(2018, 11, 13, 7);
      expect(parsed('2018-12-13T10:00+0300').start).to.equal(expected);
      expect(parsed('2018-12-13T10:00+03').start).to.equal(expected);
    });

    it("parseDate('2018-12-13T23:30-01:00') falls on the next UTC day", () => {
      expect(parsed('2018-12-13T23:30-01:00').start).to.equal(utc(2018, 11, 14, 0, 30));
    });

    it("parseDate('2018-12-13T10:00:05.25Z') keeps seconds and milliseconds", () => {
      expect(parsed('2018-12-13T10:00:05.25Z').start).to.equal(utc(2018, 11, 13, 10, 0, 5, 250));
      expect(parsed('2018-12-13T10:00:05.123456Z').start).to.equal(utc(2018, 11, 13, 10, 0, 5, 123));
    });

    it("parseDate('2018-12-13 10:00z') accepts a space and lower-case z", () => {
      expect(parsed('2018-12-13 10:00z').start).to.equal(utc(2018, 11, 13, 10));
    });

    it("parseDate('2018-12-13T10:00') is rejected with a message naming the missing offset", () => {
      expect(failure('2018-12-13T10:00')).to.equal(
        "'2018-12-13T10:00' has no time zone offset: add Z or an offset such as +03:00",
      );
    });

    it("parseDate('2018-12-13T24:00Z') and '…T10:60Z' are not dates, and say why", () => {
      expect(failure('2018-12-13T24:00Z')).to.equal("'2018-12-13T24:00Z' is not a date: 24:00 is the next day's 00:00; write that");
      expect(failure('2018-12-13T10:60Z')).to.equal("'2018-12-13T10:60Z' is not a date: there is no minute 60");
    });

    it("parseDate('2018-12-13T10:00+24:00') is not a date (offset out of range), and says why", () => {
      expect(failure('2018-12-13T10:00+24:00')).to.equal("'2018-12-13T10:00+24:00' is not a date: the offset +24:00 is beyond ±23:59");
    });

    it("parseDate('2018-02-30T10:00Z') is not a date", () => {
      expect(failure('2018-02-30T10:00Z')).to.equal("'2018-02-30T10:00Z' is not a date");
    });
  });

  describe('other text', () => {
    for (const text of ['', 'yesterday', '13.12.2018', '12/13/2018', '2018-1-5', '18', '2018-12-13T10Z', '20181213']) {
      it(`parseDate('${text}') names the text and shows accepted forms`, () => {
        expect(failure(text)).to.equal(
          `'${text}' is not a date (expected e.g. 2018, 2018-12, 2018-12-13, 2018~, 201X, 2018-12/2019-01)`,
        );
      });
    }
  });

  describe('values that are not strings', () => {
    it('parseDate(2018) says it wants a string and got a number', () => {
      expect(failure(2018)).to.equal('must be an ISO 8601 date string, got a number');
    });

    it('parseDate(null), parseDate(undefined), parseDate({}), parseDate([]), parseDate(true) name the type', () => {
      expect(failure(null)).to.equal('must be an ISO 8601 date string, got null');
      expect(failure(undefined)).to.equal('must be an ISO 8601 date string, got nothing');
      expect(failure({})).to.equal('must be an ISO 8601 date string, got an object');
      expect(failure([])).to.equal('must be an ISO 8601 date string, got a list');
      expect(failure(true)).to.equal('must be an ISO 8601 date string, got a boolean');
    });

    it('parseDate(new Date(…)) is that instant with time precision and offset 0', () => {
      const instant = utc(2018, 11, 13, 10, 30);
      const date = parsed(new Date(instant));
      expect(date.precision).to.equal('time');
      expect(date.start).to.equal(instant);
      expect(date.end).to.equal(instant);
      expect(date.offsetMinutes).to.equal(0);
      expect(date.text).to.equal('2018-12-13T10:30:00.000Z');
    });

    it('parseDate(new Date(…)).text parses back to the same instant', () => {
      const date = parsed(new Date(utc(-44, 2, 15, 12)));
      expect(parsed(date.text).start).to.equal(date.start);
    });

    it("parseDate(new Date('nonsense')) is an invalid Date", () => {
      expect(failure(new Date('nonsense'))).to.equal('is an invalid Date');
    });
  });

  it('parseDate never throws for odd values', () => {
    for (const value of [Symbol('x'), () => 1, 10n, NaN, Object.create(null)]) {
      expect(() => parseDate(value)).to.not.throw();
      expect('error' in parseDate(value)).to.equal(true);
    }
  });
});

describe('describe', () => {
  it('describe(value) names the type the way messages read', () => {
    expect(describeValue(null)).to.equal('null');
    expect(describeValue([1])).to.equal('a list');
    expect(describeValue({})).to.equal('an object');
    expect(describeValue(undefined)).to.equal('nothing');
    expect(describeValue(1)).to.equal('a number');
    expect(describeValue('x')).to.equal('a string');
  });
});

describe('parseDate: plain calendar dates (the fast path)', () => {
  it('parseDate reads YYYY, YYYY-MM and YYYY-MM-DD of any year 0000–9999 to the unit they name (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const y = String(year).padStart(4, '0');
        const m = String(month).padStart(2, '0');
        const d = String(day).padStart(2, '0');
        expect(parseDate(y)).to.deep.equal({ text: y, precision: 'year', start: utc(year), end: utc(year + 1) });
        expect(parseDate(`${y}-${m}`)).to.deep.equal({ text: `${y}-${m}`, precision: 'month', start: utc(year, month - 1), end: utc(year, month) });
        const lastDay = new Date(utc(year, month, 1) - 86_400_000).getUTCDate();
        const dayDate = parseDate(`${y}-${m}-${d}`);
        if (day <= lastDay) expect(dayDate).to.deep.equal({ text: `${y}-${m}-${d}`, precision: 'day', start: utc(year, month - 1, day), end: utc(year, month - 1, day + 1) });
        else expect(dayDate).to.have.property('error');
      }),
      { numRuns: 500 },
    );
  });

  it('parseDate refuses what only looks like a plain date: letters, a wrong separator, month 00 or 13', () => {
    for (const text of ['20l8-12-13', '2018/12/13', '2018-00', '2018-13-01', '2018-12-00', '2018-1-01']) expect(parseDate(text), text).to.have.property('error');
  });
});
