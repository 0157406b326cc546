import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber } from '../../src/io/number-text.js';

describe('plainNumber', () => {
  it.each([
    [3, '3'],
    [-0, '0'],
    [2.5, '2.5'],
    [1e21, '1000000000000000000000'],
    [-1.25e-7, '-0.000000125'],
    [1.5e22, '15000000000000000000000'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('writes %s as %j', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });

  it('rounds to the digits a spreadsheet shows when asked', () => {
    expect(plainNumber(0.1 + 0.2, 15)).toBe('0.3');
    expect(plainNumber(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('never uses an exponent and reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainNumber(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 300 },
    );
  });
});
