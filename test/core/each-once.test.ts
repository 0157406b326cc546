import { describe, expect, it } from 'vitest';
import { eachOnce } from '../../src/core/each-once.js';
import { isoDate } from '../../src/core/report/iso-week.js';

describe('eachOnce', () => {
  it('works each text out once, null results included, and gives the same answers', () => {
    const seen: string[] = [];
    const dateOf = eachOnce((text: string) => {
      seen.push(text);
      return isoDate(text);
    });
    expect(['2027-01-04', 'soon', '2027-01-04', 'soon', '2027-01-11'].map(dateOf)).toEqual(['2027-01-04', null, '2027-01-04', null, '2027-01-11']);
    expect(seen).toEqual(['2027-01-04', 'soon', '2027-01-11']);
  });
  it('past its limit, works new texts out each time rather than remembering them', () => {
    let calls = 0;
    const lengthOf = eachOnce((text: string) => (calls++, text.length), 1);
    expect([lengthOf('ab'), lengthOf('abc'), lengthOf('abc'), lengthOf('ab')]).toEqual([2, 3, 3, 2]);
    expect(calls).toBe(3);
  });
});
