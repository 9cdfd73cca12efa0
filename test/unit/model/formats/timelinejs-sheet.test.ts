import { expect } from '@open-wc/testing';
import { utc } from '../../../../src/model/dates.js';
import { fromTimelineJs } from '../../../../src/model/formats/timelinejs.js';
import { fromTimelineJsSheet } from '../../../../src/model/formats/timelinejs-sheet.js';
import { normalize } from '../../../../src/model/normalize.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/${name}`)).text();

describe('fromTimelineJsSheet', () => {
  it('reads the template as exported: the title row, an era row, times, an empty headline, embed codes; every row drawn', async () => {
    const data = normalize(fromTimelineJsSheet(await fixture('timelinejs-sheet.csv')));
    expect(data.title).to.equal('The OSCE Moscow Mechanism on Chechnya');
    expect(data.description).to.equal('From the invocation by 16 states to the rapporteur’s report.\n\nSecond paragraph.');
    expect(data.inputCount).to.equal(8);
    expect(data.events.map((event) => [event.title, event.start, event.end, event.when.start.precision, event.group ?? event.category])).to.deep.equal([
      ['Deportation of the Chechens and Ingush begins', '1944-02-23', undefined, 'day', 'history'],
      ['Moscow Mechanism inquiry', '2018-11-01', '2018-12-20', 'day', 'era'],
      ['16 OSCE states invoke the Moscow Mechanism', '2018-11-01T22:30Z', undefined, 'time', 'statement'],
      ['A new wave of detentions of men suspected of being gay began at the end of…', '2018-12', undefined, 'month', 'persecution'],
      ['Report delivered, then presented', '2018-12-13T10:30:15Z', '2018-12-20T18:00Z', 'time', 'report'],
      ['Video: the Russian LGBT Network speaks', '2019-01-14', undefined, 'day', 'report'],
      ['Kadyrov replies to Pompeo', '2020-07-20', undefined, 'day', 'statement'],
      ["Treasury sanctions Kadyrov's network", '2020-12-10', undefined, 'day', 'sanction'],
    ]);
    expect(data.events[2]!.when.lo).to.equal(Date.UTC(2018, 10, 1, 22, 30));
    expect(data.problems.map((p) => [p.index, p.field, p.severity ?? 'error'])).to.deep.include.members([
      [4, 'title', 'warning'],
      [7, 'media', 'warning'],
    ]);
    expect(data.problems.filter((p) => p.severity !== 'warning')).to.deep.equal([]);
  });

  it('the template\'s text keeps its paragraphs; its links are sources; Media, Media Credit, Media Caption and Alt Text are the media', async () => {
    const { events } = normalize(fromTimelineJsSheet(await fixture('timelinejs-sheet.csv')));
    const invoke = events.find((event) => event.title.startsWith('16 OSCE'))!;
    expect(invoke.summary).to.equal('Sixteen participating States set up an expert mission.\n\nSee the request & the Helsinki Commission.');
    expect(invoke.sources.map((source) => [source.url, source.title])).to.deep.equal([
      ['https://example.org/osce/request', 'the request'],
      ['https://www.csce.gov/press-releases/helsinki-commission-leaders-welcome-invocation/', 'Helsinki Commission'],
    ]);
    const report = events.find((event) => event.title.startsWith('Report delivered'))!;
    expect(report.media).to.deep.equal({
      url: 'https://example.org/media/report-cover.jpg',
      caption: 'The report\'s cover',
      credit: 'Photo: OSCE/Micky Kroell',
      alt: 'Cover of the OSCE report, blue with white text',
      href: 'https://example.org/media/report-cover.jpg',
    });
    const video = events.find((event) => event.title.startsWith('Video'))!;
    expect(video.media).to.deep.include({ url: 'https://www.youtube.com/embed/abc123XYZ_0', caption: 'Interview, January 2019', thumbnail: 'https://example.org/media/thumb.jpg' });
    const tweet = events.find((event) => event.title.startsWith('Kadyrov replies'))!;
    expect(tweet.media!.url).to.equal('https://twitter.com/example/status/1285227777770000000?ref_src=twsrc%5Etfw');
    expect(tweet.quote).to.deep.equal({ text: 'Pompeo, we accept the fight! pic.twitter.com/abc', by: 'Example Account (@example)' });
    expect(JSON.stringify(events)).not.to.match(/<\/?[a-z]|&[a-z]+;|&#/i);
  });

  it('the reader sets displayDate from Display Date (entities decoded), for the dates issue\'s field', async () => {
    const { items } = fromTimelineJs(fromTimelineJsSheet(await fixture('timelinejs-sheet.csv')));
    expect(items.map((item) => (item as { displayDate?: string }).displayDate).filter(Boolean)).to.deep.equal(['13–20 December 2018', 'Winter 2018–19']);
  });

  it('reads the older sheet: Start Date and End Date as TimelineJS read them, Tag as the group (the lane)', async () => {
    const data = normalize(fromTimelineJsSheet(await fixture('timelinejs-sheet-v1.csv')));
    expect(data.title).to.equal('Kadyrov’s Chechnya');
    expect(data.events.map((event) => [event.title, event.start, event.end ?? null, event.group ?? null])).to.deep.equal([
      ['Anti-gay purge in Chechnya', '2017-02-01', '2017-04-30', 'persecution'],
      ['U.S. Treasury designates Kadyrov', '2017-12-20', null, 'sanction'],
      ['A year only', '2018', null, null],
      ['An ISO date', '2019-01-14', null, 'report'],
      ['A date with a time', '2019-01-17T15:45Z', null, 'statement'],
    ]);
    expect(data.events[1]!.media).to.deep.include({ url: 'https://ofac.treasury.gov/recent-actions/20171220_33', credit: 'OFAC', caption: 'Recent actions' });
    expect(data.problems).to.deep.equal([]);
  });

  it('a time that is not one is passed on as written and reported; a year of "-1,500" is 1501 BC', () => {
    const csv = 'Year,Month,Day,Time,Headline\n2018,12,13,noon,Bad time\n"-1,500",,,,Ancient\n';
    const data = normalize(fromTimelineJsSheet(csv));
    expect(data.events.map((event) => [event.title, event.start])).to.deep.equal([['Ancient', '-1500']]);
    expect(new Date(data.events[0]!.when.lo).getUTCFullYear()).to.equal(-1500);
    expect(data.events[0]!.when.lo).to.equal(utc(-1500));
    expect(data.problems.map((p) => p.message.replace(/ \(expected e\.g\..*$/, ''))).to.deep.equal(["start: '2018-12-13 noon' is not a date"]);
  });

  it('a header with no rows is an error', () => {
    expect(() => fromTimelineJsSheet('Year,Month,Day,Headline\n\n')).to.throw('the TimelineJS spreadsheet has a header but no rows');
  });
});
