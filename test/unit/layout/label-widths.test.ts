import { expect } from '@open-wc/testing';
import { labelWidths } from '../../../src/layout/label-widths.js';

/** A font where every letter is 7 px and "W" is 12: whole texts and letters measure alike. */
const measure = (text: string) => [...text].reduce((width, letter) => width + (letter === 'W' ? 12 : 7), 0);

describe('labelWidths', () => {
  it('labelWidths measures each title whole for up to 2,000 titles', () => {
    let calls = 0;
    const counting = (text: string) => (calls++, measure(text));
    expect([...labelWidths(['Wa', 'abc'], counting)]).to.deep.equal([19, 21]);
    expect(calls).to.equal(2);
  });

  it('labelWidths sums letter widths beyond 2,000 titles, measuring each letter once', () => {
    const titles = Array.from({ length: 3000 }, (_, i) => (i % 2 ? 'Wa' : 'abc'));
    const measured = new Set<string>();
    const widths = labelWidths(titles, (text) => (measured.add(text), measure(text)));
    expect([widths[0], widths[1], widths[2999]]).to.deep.equal([21, 19, 19]);
    expect([...measured].sort()).to.deep.equal(['W', 'a', 'b', 'c']);
  });
});
