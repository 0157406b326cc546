import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOoxmlText, encodeOoxmlText } from '../../src/io/ooxml-text.js';

describe('OOXML text escapes', () => {
  it('decodes what Excel writes', () => {
    expect(decodeOoxmlText('a_x000D_b')).toBe('a\rb');
    expect(decodeOoxmlText('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeOoxmlText('plain_text')).toBe('plain_text');
  });

  it('escapes control characters and literal escapes, and nothing else', () => {
    expect(encodeOoxmlText('a\rb\u0001')).toBe('a_x000D_b_x0001_');
    expect(encodeOoxmlText('_x0041_')).toBe('_x005F_x0041_');
    expect(encodeOoxmlText('tab\tand\nline é')).toBe('tab\tand\nline é');
  });

  it('round-trips any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc
        .array(fc.constantFrom('_x', '0041', '005F', '_', 'x', '\r', '\u0001', 'A'), { maxLength: 12 })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(decodeOoxmlText(encodeOoxmlText(value))).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
