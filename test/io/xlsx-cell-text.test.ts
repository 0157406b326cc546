import { describe, expect, it } from 'vitest';
import { xlsxCellText } from '../../src/io/xlsx-cell-text.js';

const plain = { date1904: false };

describe('xlsxCellText', () => {
  it.each([
    [null, ''],
    ['mailto:ann@school.example', 'ann@school.example'],
    ['MAILTO:ann@school.example?subject=Hi', 'ann@school.example'],
    ['mailto: not an address', 'mailto: not an address'],
    [{ richText: [{ text: 'a' }, { text: 'b' }] }, 'ab'],
    [{ text: { richText: [{ text: 'rich link' }] }, hyperlink: 'https://x' }, 'rich link'],
    [{ formula: 'A1', result: { error: '#DIV/0!' } }, '#DIV/0!'],
    [{ sharedFormula: 'A1', result: 7 }, '7'],
    [{ formula: 'NA()', result: Number.NaN }, ''],
    [{ formula: 'A1' }, ''],
    [false, 'FALSE'],
    [1.2345678901234567e19, '12345678901234600000'],
  ])('%j → %j', (value, text) => {
    expect(xlsxCellText(value, plain)).toBe(text);
  });

  it('reads a number in a date format as a date', () => {
    expect(xlsxCellText(46349.5, { numFmt: 'dd/mm/yyyy hh:mm', date1904: false })).toBe('2026-11-23T12:00:00');
    expect(xlsxCellText({ formula: 'TODAY()', result: 46349 }, { numFmt: 'd-mmm', date1904: false })).toBe(
      '2026-11-23',
    );
  });
});
