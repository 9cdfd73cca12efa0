import { expect } from '@open-wc/testing';
import { parseDate } from '../../../src/model/dates.js';
import { formatDate, formatSpan } from '../../../src/model/format-date.js';
import type { ParsedDate } from '../../../src/model/types.js';

// These read the same in every time zone: run the suite with TZ=America/Los_Angeles or
// TZ=Pacific/Kiritimati to see that date-only values never move to the previous or next day.

function date(text: string): ParsedDate {
  const result = parseDate(text);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('formatDate', () => {
  it("formatDate(parseDate('2018-12-13'), 'en-US') is 'December 13, 2018'", () => {
    expect(formatDate(date('2018-12-13'), 'en-US')).to.equal('December 13, 2018');
  });

  it("formatDate(parseDate('2018-12-13'), 'en-GB') is '13 December 2018'", () => {
    expect(formatDate(date('2018-12-13'), 'en-GB')).to.equal('13 December 2018');
  });

  it("formatDate(parseDate('2018-01-01'), 'en-US') stays on New Year's Day (UTC calendar date)", () => {
    expect(formatDate(date('2018-01-01'), 'en-US')).to.equal('January 1, 2018');
    expect(formatDate(date('2018-12-31'), 'en-US')).to.equal('December 31, 2018');
  });

  it("formatDate(parseDate('2018-12'), 'en-US') is 'December 2018' (no day is invented)", () => {
    expect(formatDate(date('2018-12'), 'en-US')).to.equal('December 2018');
  });

  it("formatDate(parseDate('2018'), 'en-US') is '2018'", () => {
    expect(formatDate(date('2018'), 'en-US')).to.equal('2018');
  });

  it("formatDate(parseDate('-0044'), 'en-US') is '45 BC'", () => {
    expect(formatDate(date('-0044'), 'en-US')).to.equal('45 BC');
  });

  it("formatDate(parseDate('0000'), 'en-US') is '1 BC' and parseDate('0001') is '1' without an era", () => {
    expect(formatDate(date('0000'), 'en-US')).to.equal('1 BC');
    expect(formatDate(date('0001'), 'en-US')).to.equal('1');
  });

  it("formatDate(parseDate('-0044-03-15'), 'en-US') names the day and the era", () => {
    expect(formatDate(date('-0044-03-15'), 'en-US')).to.equal('March 15, 45 BC');
  });

  it("formatDate(parseDate('0044'), 'en-US') is '44', not 1944", () => {
    expect(formatDate(date('0044'), 'en-US')).to.equal('44');
  });

  it("formatDate(parseDate('2018-12'), 'ru') uses the Russian month name", () => {
    expect(formatDate(date('2018-12'), 'ru')).to.equal('декабрь 2018 г.');
  });

  it("formatDate(parseDate('2018-12-13'), 'ru') declines the month", () => {
    expect(formatDate(date('2018-12-13'), 'ru')).to.equal('13 декабря 2018 г.');
  });

  it("formatDate(parseDate('2018-12-13'), 'de') is '13. Dezember 2018'", () => {
    expect(formatDate(date('2018-12-13'), 'de')).to.equal('13. Dezember 2018');
  });

  it("formatDate(parseDate('2018-12-13T10:00Z'), 'en-GB') shows 10:00 in UTC", () => {
    expect(formatDate(date('2018-12-13T10:00Z'), 'en-GB')).to.equal('13 December 2018 at 10:00 UTC');
  });

  it("formatDate(parseDate('2018-12-13T10:00+03:00'), 'en-GB') shows the time as written, in its own offset", () => {
    expect(formatDate(date('2018-12-13T10:00+03:00'), 'en-GB')).to.equal('13 December 2018 at 10:00 GMT+3');
  });

  it("formatDate(parseDate('2018-12-13T23:30-05:00'), 'en-GB') keeps the writer's calendar day", () => {
    expect(formatDate(date('2018-12-13T23:30-05:00'), 'en-GB')).to.equal('13 December 2018 at 23:30 GMT-5');
  });

  it("formatDate(parseDate('2018-12-13T10:00+05:45'), 'en-US') shows a quarter-hour offset", () => {
    expect(formatDate(date('2018-12-13T10:00+05:45'), 'en-US')).to.equal('December 13, 2018 at 10:00 AM GMT+5:45');
  });
});

describe('formatSpan', () => {
  it("formatSpan('2018-12', '2019-01', 'en-US') is 'December 2018 – January 2019'", () => {
    expect(formatSpan(date('2018-12'), date('2019-01'), 'en-US')).to.equal('December 2018 – January 2019');
  });

  it("formatSpan('2014', '2018-12-13', 'en-GB') shows each end at its own precision", () => {
    expect(formatSpan(date('2014'), date('2018-12-13'), 'en-GB')).to.equal('2014 – 13 December 2018');
  });

  it("formatSpan('2018-12-13', undefined) is just the start date", () => {
    expect(formatSpan(date('2018-12-13'), undefined, 'en-US')).to.equal('December 13, 2018');
  });

  it("formatSpan('2018-12-13', '2018-12-13') is not repeated", () => {
    expect(formatSpan(date('2018-12-13'), date('2018-12-13'), 'en-US')).to.equal('December 13, 2018');
  });
});
