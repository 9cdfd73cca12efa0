import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settle, shadow, timelineWith } from '../helpers/timeline.js';

/** `n` daily events from 1 January 2018, in a narrow (vertical) timeline. */
async function longChronology(n: number) {
  const events = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, start: new Date(Date.UTC(2018, 0, 1 + i)).toISOString().slice(0, 10), title: `Event ${i}` }));
  return timelineWith(events, 400);
}

const cards = (el: Awaited<ReturnType<typeof longChronology>>) => [...shadow(el).querySelectorAll<HTMLElement>('.card')];
const pageButtons = (el: Awaited<ReturnType<typeof longChronology>>) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.page-button')];

describe('<sanctions-timeline> vertical pages', () => {
  it('draws a long chronology 100 cards at a time, with a button for the later events', async () => {
    const el = await longChronology(250);
    expect(cards(el)).to.have.length(100);
    expect(cards(el)[0]!.dataset.id).to.equal('e0');
    expect(pageButtons(el).map((button) => button.textContent!.trim())).to.deep.equal(['Show later events (150 more)']);
    await expect(el).to.be.accessible();
  });

  it('turns the page forward and back, moving focus to the first card of the page', async () => {
    const el = await longChronology(250);
    pageButtons(el)[0]!.click();
    await settle(el);
    expect(cards(el).map((card) => card.dataset.id)).to.include.members(['e100', 'e199']).and.have.length(100);
    expect((shadow(el).activeElement as HTMLElement).dataset.id).to.equal('e100');
    expect(pageButtons(el).map((button) => button.textContent!.trim())).to.deep.equal(['Show earlier events (100 more)', 'Show later events (50 more)']);
    pageButtons(el)[0]!.click();
    await settle(el);
    expect(cards(el)[0]!.dataset.id).to.equal('e0');
    await expect(el).to.be.accessible();
  });

  it('follows the keyboard to the page of the focused event: End shows the last page', async () => {
    const el = await longChronology(250);
    cards(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(cards(el).map((card) => card.dataset.id)).to.have.length(50);
    expect((shadow(el).activeElement as HTMLElement).dataset.id).to.equal('e249');
    await expect(el).to.be.accessible();
  });

  it('has no page buttons for 100 events or fewer', async () => {
    const el = await longChronology(100);
    expect(cards(el)).to.have.length(100);
    expect(pageButtons(el)).to.have.length(0);
  });
});
