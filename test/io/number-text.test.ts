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
    expect(plainNumber(1234567890123456, 15)).toBe('1234567890123460');
    expect(plainNumber(1.5e-7, 15)).toBe('0.00000015');
    expect(plainNumber(Number.MAX_VALUE, 15)).toBe(plainNumber(Number.MAX_VALUE));
  });

  it('rounds as toPrecision does, also when it takes the short way for numbers already that short', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer().map((n) => n / 100),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => 46000 + n / 86400),
      fc.constantFrom(1e15 - 1, 1e15 + 1, 2 ** 53, 123456789012345.6, 0.1 + 0.2, 5e-324),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 17 }), (number, digits) => {
        const rounded = Number(number.toPrecision(digits));
        expect(plainNumber(number, digits)).toBe(plainNumber(Number.isFinite(rounded) ? rounded : number));
      }),
      { numRuns: 2000 },
    );
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
