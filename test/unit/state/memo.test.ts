import { expect } from '@open-wc/testing';
import { memoizeLast } from '../../../src/state/memo.js';

describe('memoizeLast', () => {
  it('memoizeLast(f) returns the last result while every argument is the same object', () => {
    let calls = 0;
    const sum = memoizeLast((numbers: readonly number[], offset: number) => {
      calls++;
      return numbers.reduce((total, n) => total + n, offset);
    });
    const list = [1, 2, 3];
    expect(sum(list, 1)).to.equal(7);
    expect(sum(list, 1)).to.equal(7);
    expect(calls).to.equal(1);
    expect(sum([1, 2, 3], 1)).to.equal(7);
    expect(calls, 'an equal but new array is a new argument').to.equal(2);
    expect(sum([1, 2, 3], 2)).to.equal(8);
    expect(calls).to.equal(3);
  });
});
