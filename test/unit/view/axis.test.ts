import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { axisTicks, type Tick } from '../../../src/layout/ticks.js';
import { utc } from '../../../src/model/dates.js';
import { renderAxis, tickLabel } from '../../../src/view/axis.js';

const at = (...parts: Parameters<typeof utc>) => new Date(utc(...parts));

/** What the axis writes under a tick, in `locale`. */
const label = (tick: Tick, locale = 'en-US') => tickLabel(new Date(tick.time), tick.unit, locale);

/** The labels of the ticks of `[from, to]` drawn `width` px wide, in en-US. */
const labelsOver = (from: number, to: number, width = 800) => axisTicks([from, to], width).map((tick) => label(tick));

describe('tickLabel', () => {
  it("tickLabel(2018-01-01, 'year', 'en-US') is '2018'", () => {
    expect(tickLabel(at(2018), 'year', 'en-US')).to.equal('2018');
  });

  it("tickLabel(2018-12-01, 'month', 'en-US') is 'Dec'", () => {
    expect(tickLabel(at(2018, 11, 1), 'month', 'en-US')).to.equal('Dec');
  });

  it("tickLabel(2018-12-13, 'day', 'en-US') is 'Dec 13'", () => {
    expect(tickLabel(at(2018, 11, 13), 'day', 'en-US')).to.equal('Dec 13');
  });

  it("tickLabel(2018-12-13T14:00Z, 'hour') is '2:00 PM' in en-US and '14:00' in de", () => {
    expect(tickLabel(at(2018, 11, 13, 14), 'hour', 'en-US')).to.equal('2:00 PM');
    expect(tickLabel(at(2018, 11, 13, 14), 'hour', 'de')).to.equal('14:00');
  });

  it("tickLabel in 'de' reads 'Dez' and '13. Dez.'; in 'ru' 'дек.'", () => {
    expect(tickLabel(at(2018, 11, 1), 'month', 'de')).to.equal('Dez');
    expect(tickLabel(at(2018, 11, 13), 'day', 'de')).to.equal('13. Dez.');
    expect(tickLabel(at(2018, 11, 1), 'month', 'ru')).to.equal('дек.');
  });

  it("tickLabel(-0044-01-01, 'year', 'en-US') is '45 BC' and tickLabel(0044-01-01) is '44'", () => {
    expect(tickLabel(at(-44), 'year', 'en-US')).to.equal('45 BC');
    expect(tickLabel(at(44), 'year', 'en-US')).to.equal('44');
  });

  it('tickLabel uses the UTC calendar date, not the local one', () => {
    expect(tickLabel(at(2019), 'year', 'en-US')).to.equal('2019');
    expect(tickLabel(at(2018, 11, 31, 23, 59), 'day', 'en-US')).to.equal('Dec 31');
  });

  // The ticks axisTicks picks, labelled by their unit: what the axis shows at each span.
  it("tickLabel of axisTicks([2012, mid-2018], 800) reads '2012' … '2018'", () => {
    expect(labelsOver(utc(2012), utc(2018, 6))).to.deep.equal(['2012', '2013', '2014', '2015', '2016', '2017', '2018']);
  });

  it('tickLabel of axisTicks([2012, 2018], 1600) names the years, and the quarters by month', () => {
    const ticks = axisTicks([utc(2012), utc(2018)], 1600);
    expect(ticks.filter((t) => t.unit === 'year').map((t) => label(t))).to.include.members(['2012', '2015', '2018']);
    for (const tick of ticks.filter((t) => t.unit === 'month')) expect(label(tick)).to.be.oneOf(['Apr', 'Jul', 'Oct']);
  });

  it("tickLabel of the first of axisTicks([Oct 2018, Jan 2019], 800) is 'Oct 7'", () => {
    expect(labelsOver(utc(2018, 9, 1), utc(2019, 0, 1))[0]).to.equal('Oct 7');
  });

  it('tickLabel of axisTicks over two days gives hours, with the day at midnight', () => {
    expect(labelsOver(utc(2018, 11, 13), utc(2018, 11, 15))).to.deep.equal([
      'Dec 13', '6:00 AM', '12:00 PM', '6:00 PM', 'Dec 14', '6:00 AM', '12:00 PM', '6:00 PM', 'Dec 15',
    ]);
  });
});

describe('renderAxis', () => {
  // The locale reaches the labels through renderAxis now that axisTicks no longer formats.
  it("renderAxis(axisTicks([2018, 2019], 800), 'de') labels in German", async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    render(renderAxis(axisTicks([utc(2018), utc(2019)], 800), 'de'), container);
    const labels = [...container.querySelectorAll('.tick-label')].map((node) => node.textContent!.trim());
    expect(labels).to.include('2018');
    expect(labels).to.include('Mär');
    expect(labels).to.include('Dez');
  });
});
