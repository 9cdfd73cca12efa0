import { expect } from '@open-wc/testing';
import { utc } from '../../../../src/model/dates.js';
import { dateOf, fromTimelineJs2, timeOf } from '../../../../src/model/formats/timelinejs-v2.js';
import { normalize } from '../../../../src/model/normalize.js';

describe('dateOf (TimelineJS 2 dates)', () => {
  const cases: Array<[unknown, unknown]> = [
    ['2011,3,23', { year: '2011', month: '3', day: '23' }],
    ['2011,12,10,07,02,10', { year: '2011', month: '12', day: '10', hour: '07', minute: '02', second: '10' }],
    ['2011,3', { year: '2011', month: '3' }],
    ['2011,0,0', { year: '2011' }],
    ['2011,3,0', { year: '2011', month: '3' }],
    ['3/23/2011', { year: '2011', month: '3', day: '23' }],
    ['3/2011', { year: '2011', month: '3' }],
    ['1/17/2019 3:45 PM', { year: '2019', month: '1', day: '17', hour: '15', minute: '45' }],
    ['2011-03-23', { year: '2011', month: '03', day: '23' }],
    ['2011', { year: '2011' }],
    ['-500', { year: '-500' }],
    [1944, { year: 1944 }],
    ['now', { year: 'now' }],
    ['', undefined],
  ];
  for (const [written, date] of cases) {
    it(`dateOf(${JSON.stringify(written)}) is ${JSON.stringify(date)}`, () => {
      expect(dateOf(written)).to.deep.equal(date);
    });
  }
});

describe('timeOf (spreadsheet times)', () => {
  const cases: Array<[string, unknown]> = [
    ['10:30', { hour: '10', minute: '30' }],
    ['10:30:15', { hour: '10', minute: '30', second: '15' }],
    ['10:30:15.25', { hour: '10', minute: '30', second: '15', millisecond: '250' }],
    ['10:30 PM', { hour: '22', minute: '30' }],
    ['12:05 am', { hour: '0', minute: '05' }],
    ['12 p.m.', { hour: '12' }],
    ['1030', { hour: '10', minute: '30' }],
    ['25:00', undefined],
    ['13:00 PM', undefined],
    ['noon', undefined],
  ];
  for (const [written, time] of cases) {
    it(`timeOf('${written}') is ${JSON.stringify(time)}`, () => {
      expect(timeOf(written)).to.deep.equal(time);
    });
  }
});

describe('fromTimelineJs2', () => {
  it('fromTimelineJs2 of a whole file, normalized: every slide and the era drawn but the one dated "now", at the precision written', async () => {
    const file = (await (await fetch('/test/fixtures/timelinejs2.json')).json()) as object;
    const data = normalize(fromTimelineJs2(file));
    expect(data.title).to.equal('The OSCE Moscow Mechanism on Chechnya');
    expect(data.description).to.equal('A TimelineJS 2 file — as that version published them.');
    expect(data.inputCount).to.equal(7);
    expect(data.events.map((event) => [event.title, event.start, event.end, event.when.start.precision, event.group ?? event.category])).to.deep.equal([
      ['16 OSCE states invoke the Moscow Mechanism', '2018-11-01', undefined, 'day', 'statement'],
      ['Moscow Mechanism inquiry', '2018-11-01', '2018-12-20', 'day', 'era'],
      ['New wave of anti-LGBT detentions begins', '2018-12', undefined, 'month', 'persecution'],
      ['Report delivered, then presented', '2018-12-13T10:30Z', '2018-12-20', 'time', 'report'],
      ['Report presented to the Permanent Council', '2018-12-20', undefined, 'day', undefined],
      ['A year with no headline', '2019', undefined, 'year', undefined],
    ]);
    expect(data.events[2]!.when.lo).to.equal(utc(2018, 11));
    expect(data.events[3]!.media).to.deep.equal({ url: 'https://example.org/media/report-cover.jpg', caption: 'The report’s cover', credit: 'OSCE', href: 'https://example.org/media/report-cover.jpg' });
    expect(data.events[2]!.media).to.deep.include({ url: 'https://vimeo.com/123456789', thumbnail: 'https://example.org/media/thumb.jpg' });
    expect(data.problems.map((p) => [p.index, p.severity ?? 'error', p.message.replace(/ \(expected e\.g\..*$/, '')])).to.deep.equal([
      [4, 'warning', 'the slide has no headline; its title was made from the start of its text'],
      [5, 'error', "start: 'now' is not a date"],
    ]);
  });
});
