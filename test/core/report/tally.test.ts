import { describe, expect, it } from 'vitest';
import { countKeys, humanise, plural, toTallies } from '../../../src/core/report/tally.js';

describe('humanise', () => {
  it('turns slugs into words, keeping acronyms and number hyphens', () => {
    expect(humanise('north-west')).toBe('North west');
    expect(humanise('post-16')).toBe('Post-16');
    expect(humanise('send')).toBe('SEND');
    expect(humanise('ect-induction')).toBe('ECT induction');
    expect(humanise('')).toBe('(not given)');
  });
});

describe('countKeys and toTallies', () => {
  it('count each key of an item once, most frequent first, ties by label', () => {
    const counts = countKeys([['b', 'b', 'a'], ['a'], ['c']], (keys) => keys);
    expect(toTallies(counts).map((t) => [t.key, t.count])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 1],
    ]);
  });
});

describe('plural', () => {
  it('adds an s except for one', () => {
    expect([plural(0, 'pair'), plural(1, 'pair'), plural(2, 'pair')]).toEqual(['0 pairs', '1 pair', '2 pairs']);
  });
});
