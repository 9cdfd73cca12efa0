import { expect } from '@open-wc/testing';
import { parseDate } from '../../../src/model/dates.js';
import { formatDate, formatSpan, machineDate } from '../../../src/model/format-date.js';
import { ENGLISH, loadStrings } from '../../../src/strings.js';
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

describe('formatDate and formatSpan: EDTF in words', () => {
  // Without words, formatDate speaks the locale's built-in texts as loaded: load the Russian ones.
  before(() => loadStrings('ru'));
  const say = (text: string, locale: string) => formatDate(date(text), locale);

  it('qualifiers: "about 2018", "possibly March 2019", "possibly about 4 May 2016"', () => {
    expect(say('2018~', 'en-GB')).to.equal('about 2018');
    expect(say('2019-03?', 'en-GB')).to.equal('possibly March 2019');
    expect(say('2016-05-04%', 'en-GB')).to.equal('possibly about 4 May 2016');
  });

  it('qualifiers in Russian, with the month in the nominative Intl gives', () => {
    expect(say('2019-03?', 'ru')).to.equal('возможно, март 2019 г.');
    expect(say('2016-05-04%', 'ru')).to.equal('возможно, примерно 4 мая 2016 г.');
  });

  it('unspecified digits: "the 2010s", "a year in 2000 – 2099", "a month in 2004", "a day in June 2017"', () => {
    expect(say('201X', 'en-GB')).to.equal('the 2010s');
    expect(say('201X', 'ru')).to.equal('2010-е годы');
    expect(say('20XX', 'en-GB')).to.match(/^a year in 2000\s?–\s?2099$/);
    expect(say('2004-XX', 'en-GB')).to.equal('a month in 2004');
    expect(say('2017-06-XX', 'en-GB')).to.equal('a day in June 2017');
    expect(say('2017-06-XX', 'ru')).to.equal('июнь 2017 г., день не указан');
    expect(say('1985-XX-XX', 'en-GB')).to.equal('a day in 1985');
  });

  it('a decade before 1 AD is said as its years, with the era', () => {
    expect(say('-201X', 'en-GB')).to.match(/^a year in 2020\s?–\s?2011 BC$/);
  });

  it('intervals: "December 2018 – January 2019", "since 20 July 2020 (ongoing)", unknown sides', () => {
    expect(say('2018-12/2019-01', 'en-GB')).to.equal('December 2018 – January 2019');
    expect(say('2020-07-20/..', 'en-GB')).to.equal('since 20 July 2020 (ongoing)');
    expect(say('2020-07-20/..', 'ru')).to.equal('20 июля 2020 г. — по настоящее время');
    expect(say('2020-07-20/', 'en-GB')).to.equal('from 20 July 2020, end unknown');
    expect(say('../2019-01', 'en-GB')).to.equal('until January 2019');
    expect(say('/2019-01', 'ru')).to.equal('начало неизвестно — январь 2019 г.');
    expect(say('1984~/2004-06?', 'en-GB')).to.equal('about 1984 – possibly June 2004');
  });

  it('takes replacement words (the strings property passes them)', () => {
    expect(formatDate(date('2018~'), 'en-GB', { ...ENGLISH, approximate: 'c. {date}' })).to.equal('c. 2018');
  });

  it('formatSpan says an open end of an event the same way', () => {
    const [start, end] = [date('2020-07-20'), { ...date('2020-07-20/..').to! }];
    expect(formatSpan(start, end, 'en-US')).to.equal('since July 20, 2020 (ongoing)');
  });
});

describe('machineDate', () => {
  it('gives <time datetime> the ISO form of what is known, none for decades and undated sides', () => {
    expect(['2018~', '2019-03?', '1985-04-XX', '1985-XX-XX', '2004-XX', 'Y17000', '2018-12-13T10:00Z'].map((text) => machineDate(date(text)))).to.deep.equal([
      '2018',
      '2019-03',
      '1985-04',
      '1985',
      '2004',
      '17000',
      '2018-12-13T10:00Z',
    ]);
    expect(machineDate(date('201X'))).to.equal(undefined);
    expect(machineDate(date('2020/..').to!)).to.equal(undefined);
  });
});
