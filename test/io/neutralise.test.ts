import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralise, unneutralise } from '../../src/io/neutralise.js';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '\n', '\0'];
/** Text that may start with quotes, spaces and formula characters, the cases that matter. */
const tricky = fc
  .tuple(
    fc.constantFrom('', "'", "''"),
    fc.constantFrom('', ' ', '  ', '\u00a0'),
    fc.constantFrom('', ...DANGEROUS),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  )
  .map((parts) => parts.join(''));

describe('neutralise', () => {
  it.each([
    ['+44 7700 900123', "'+44 7700 900123"],
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['  =1+1', "'  =1+1"],
    ['\tx', "'\tx"],
    ['\0', "'\0"],
    ["'=1", "''=1"],
  ])('quotes %j', (text, expected) => {
    expect(neutralise(text)).toBe(expected);
    expect(unneutralise(expected)).toBe(text);
  });

  it.each(['Ann', '', "'quoted", 'a=b', 'e-mail', '07700 900123', "'"])('leaves %j alone', (text) => {
    expect(neutralise(text)).toBe(text);
    expect(unneutralise(text)).toBe(text);
  });

  it('never lets text start, even after spaces, with a formula character', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'grapheme' })), (text) => {
        expect(neutralise(text)).not.toMatch(/^[ \u00a0]*[=+\-@\t\r\n\0]/);
      }),
      { numRuns: 500 },
    );
  });

  it('is undone exactly by unneutralise, and leaves safe text unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'grapheme' })), (text) => {
        expect(unneutralise(neutralise(text))).toBe(text);
        if (!/^'*[ \u00a0]*[=+\-@\t\r\n\0]/.test(text)) expect(neutralise(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
