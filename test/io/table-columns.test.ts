import { describe, expect, it } from 'vitest';
import { keptColumns, shaped } from '../../src/io/table-columns.js';

const rows = (...cells: string[][]) => cells.map((row, i) => ({ line: i + 2, cells: row }));

describe('keptColumns', () => {
  it('keeps named columns, and unnamed ones only when a row answers them, as Column N', () => {
    const columns = keptColumns(['Name', '', ' ', 'Notes'], rows(['Ann', '', 'x', 'a'], ['Bob', ' ']), false);
    expect(columns).toMatchObject({ kept: [0, 2, 3], dropped: [1], names: ['Name', 'Column 3', 'Notes'], width: 4, all: false });
  });

  it('takes the widest row for a worksheet, the header for delimited text (cells past it overflow)', () => {
    const data = rows(['Ann', 'a', 'typed past the header']);
    expect(keptColumns(['Name', 'Notes'], data, false)).toMatchObject({ width: 3, names: ['Name', 'Notes', 'Column 3'], overflow: false });
    expect(keptColumns(['Name', 'Notes'], data, true)).toMatchObject({ width: 2, names: ['Name', 'Notes'], overflow: true, all: true });
  });
});

describe('shaped', () => {
  it('pads a row to the width, cuts it to the kept columns, and keeps overflowing cells unless they are blank', () => {
    const all = keptColumns(['Name', 'Notes'], [], true);
    expect(shaped({ line: 2, cells: ['Ann'] }, all).cells).toEqual(['Ann', '']);
    expect(shaped({ line: 3, cells: ['Bob', 'b', ' '] }, all).cells).toEqual(['Bob', 'b']);
    expect(shaped({ line: 4, cells: ['Cy', 'c', 'shifted'] }, all).cells).toEqual(['Cy', 'c', 'shifted']);
    const some = keptColumns(['Name', '', 'Notes'], rows(['Ann', '', 'a']), true);
    expect(shaped({ line: 5, cells: ['Di', '', 'd', 'shifted'] }, some).cells).toEqual(['Di', 'd', 'shifted']);
  });
});
