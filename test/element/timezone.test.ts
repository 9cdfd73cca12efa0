import { expect } from '@open-wc/testing';
import { utc } from '../../src/model/dates.js';
import { expectedScale, plotExtent, shadow, timelineWith } from '../helpers/timeline.js';

const HOUR = 3_600_000;

/**
 * The IANA zone this page was asked to run in, set by the time-zone groups in
 * web-test-runner.config.mjs; undefined in the default group, which runs in the machine's zone.
 */
const emulated = (window as Window & { __emulatedTimeZone?: string }).__emulatedTimeZone;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const EVENTS = [
  { id: 'day', start: '2018-12-13', title: 'Report published' },
  { id: 'month', start: '2018-12', title: 'Detentions reported' },
  { id: 'time', start: '2018-12-13T23:30:00+03:00', title: 'Statement at night' },
];

describe(`date-only values in the time zone ${zone}${emulated ? ' (emulated)' : ' (of the machine)'}`, () => {
  if (emulated) {
    it(`runs in ${emulated}, whose local dates differ from UTC`, () => {
      expect(zone).to.equal(emulated);
      expect(new Date(2018, 11, 13).getTimezoneOffset()).to.not.equal(0);
      // Local midnight of December 13 is another instant than UTC midnight here.
      expect(new Date(2018, 11, 13).getTime()).to.not.equal(utc(2018, 11, 13));
    });
  }

  it('shows "2018-12-13" as December 13, 2018', async () => {
    const el = await timelineWith(EVENTS);
    const time = shadow(el).querySelector('[data-id="day"] time')!;
    expect(time.textContent).to.equal('December 13, 2018');
    expect(time.getAttribute('datetime')).to.equal('2018-12-13');
  });

  it('centres the dot of "2018-12-13" on noon UTC of that day, within 1 px', async () => {
    const el = await timelineWith(EVENTS);
    const scale = expectedScale(el);
    const marker = shadow(el).querySelector('[data-id="day"] [part="marker"]')!;
    expect(plotExtent(el, marker).centre).to.be.closeTo(scale(utc(2018, 11, 13) + 12 * HOUR), 1);
  });

  it('shows "2018-12" as December 2018, on a band from December 1 to January 1 UTC', async () => {
    const el = await timelineWith(EVENTS);
    const scale = expectedScale(el);
    const button = shadow(el).querySelector('[data-id="month"]')!;
    expect(button.querySelector('time')!.textContent).to.equal('December 2018');
    const band = plotExtent(el, button.querySelector('[part="range"]')!);
    expect(band.left).to.be.closeTo(scale(utc(2018, 11, 1)), 1);
    expect(band.right).to.be.closeTo(scale(utc(2019, 0, 1)), 1);
  });

  it('places "2018-12-13T23:30:00+03:00" at its instant, 20:30 UTC, and shows it in its own offset', async () => {
    const el = await timelineWith(EVENTS);
    const scale = expectedScale(el);
    const marker = shadow(el).querySelector('[data-id="time"] [part="marker"]')!;
    expect(plotExtent(el, marker).centre).to.be.closeTo(scale(utc(2018, 11, 13, 20, 30)), 1);
    const shown = shadow(el).querySelector('[data-id="time"] time')!.textContent!;
    expect(shown).to.contain('December 13, 2018').and.contain('11:30');
  });
});
