import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSetColumn, hasValue, popcount, sharedCount, sharedValues, valuesOf } from '../../../src/core/match/sets.js';

describe('SetColumn', () => {
  it('counts and lists shared values across many words', () => {
    const many = Array.from({ length: 70 }, (_, i) => `v${String(i).padStart(2, '0')}`);
    const column = buildSetColumn([many.filter((_, i) => i % 2 === 0), many.filter((_, i) => i % 3 === 0), [], ['v05', 'v05']]);
    expect(column.words).toBe(2);
    expect(Array.from(column.count)).toEqual([35, 24, 0, 1]);
    expect(sharedCount(column, 0, 1)).toBe(12);
    expect(sharedValues(column, 0, 1)).toEqual(many.filter((_, i) => i % 6 === 0));
    expect(sharedCount(column, 0, 2)).toBe(0);
    expect(valuesOf(column, 3)).toEqual(['v05']);
  });

  it('keeps a given vocabulary order and ignores values outside it', () => {
    const column = buildSetColumn([['tue-lunch', 'mon-lunch', 'elsewhen']], ['mon-lunch', 'tue-lunch']);
    expect(valuesOf(column, 0)).toEqual(['mon-lunch', 'tue-lunch']);
    expect(hasValue(column, 0, -1)).toBe(false);
  });
});

describe('popcount', () => {
  it('counts the set bits of any 32-bit word, read signed or unsigned', () => {
    const bitByBit = (x: number) => Array.from({ length: 32 }, (_, b) => (x >>> b) & 1).reduce((a, b) => a + b, 0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (x) => {
        expect(popcount(x)).toBe(bitByBit(x));
        expect(popcount(x | 0)).toBe(bitByBit(x));
      }),
      { numRuns: 2000 },
    );
    expect([0, 1, 0x80000000, 0xffffffff, -1].map(popcount)).toEqual([0, 1, 1, 32, 32]);
  });
});
