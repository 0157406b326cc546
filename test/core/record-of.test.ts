import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../../src/core/record-of.js';

describe('recordOf', () => {
  it('gives what Object.fromEntries gives: keys in order, the last value of a repeated key', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'email', '', ' x ', '__proto__', 'constructor', '0', '10', '2')), (keys) => {
        const record = recordOf(keys, (key, i) => `${key}#${i}`);
        const expected = Object.fromEntries(keys.map((key, i) => [key, `${key}#${i}`]));
        expect(Object.entries(record)).toEqual(Object.entries(expected));
        expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      }),
    );
  });

  it('keeps a column named __proto__ as a column, not as the prototype', () => {
    const record = recordOf(['__proto__', 'name'], (key) => (key === 'name' ? 'Jo' : 'x'));
    expect(Object.keys(record)).toEqual(['__proto__', 'name']);
    expect(JSON.stringify(record)).toBe('{"__proto__":"x","name":"Jo"}');
  });
});
