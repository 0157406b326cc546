import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { resolveLimits } from '../../src/io/limits.js';
import { TableBuilder } from '../../src/io/table-builder.js';

function build(rows: string[][], limits = {}) {
  const builder = new TableBuilder({ file: 'in.csv' }, resolveLimits(limits));
  rows.forEach((cells, i) => builder.add(i + 1, cells));
  return builder.finish();
}

describe('TableBuilder', () => {
  it('pads short rows, trims trailing empty cells, and turns CR LF into LF', () => {
    const table = build([['Name', 'Notes', 'Extra'], ['Ann', 'a\r\nb', ''], ['Bob']]);
    expect(table.rows).toEqual([
      { line: 2, cells: ['Ann', 'a\nb', ''] },
      { line: 3, cells: ['Bob', '', ''] },
    ]);
  });

  it('keeps cells past the header of delimited text (a shifted row), unless they are blank', () => {
    const builder = new TableBuilder({ file: 'in.csv' }, resolveLimits({}), 'overflow');
    [['Name', 'Notes'], ['Ann', 'a', ' ', ''], ['Bob', 'b', ' ', 'shifted'], ['Cy', 'c', '\u00a0']].forEach((cells, i) => builder.add(i + 1, cells));
    expect(builder.finish().rows.map((row) => row.cells)).toEqual([['Ann', 'a'], ['Bob', 'b', ' ', 'shifted'], ['Cy', 'c']]);
  });

  it('drops unnamed columns with no data anywhere, keeps named empty ones', () => {
    const table = build([['Name', '', 'Empty', '', ''], ['Ann', ' ', '', '', 'x']]);
    expect(table.headers).toEqual(['Name', 'Empty', 'Column 5']);
    expect(table.rows[0]?.cells).toEqual(['Ann', '', 'x']);
  });

  it('decides the header from the first ten filled rows, then streams the rest', () => {
    const rows = [['Title'], ...Array.from({ length: 30 }, (_, i) => (i === 0 ? ['a', 'b'] : [`${i}`, 'x']))];
    const table = build(rows);
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows).toHaveLength(29);
    expect(table.rows[0]?.line).toBe(3);
  });

  it('counts blank rows after the header only', () => {
    expect(build([[], ['a'], [''], ['1'], ['  ']]).blankRows).toBe(2);
  });

  it('carries the sheet into the table and into limit errors', () => {
    const origin = { file: 'in.xlsx', sheet: 'Form1' };
    const fits = new TableBuilder(origin, resolveLimits({ maxRows: 1 }));
    [['a'], ['1']].forEach((cells, i) => fits.add(i + 1, cells));
    expect(fits.finish()).toMatchObject({ sheet: 'Form1', rows: [{ line: 2 }] });
    const over = new TableBuilder(origin, resolveLimits({ maxRows: 1 }));
    [['a'], ['1'], ['2']].forEach((cells, i) => over.add(i + 1, cells));
    const error = (() => {
      try {
        return over.finish();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).describe()).toMatch(/^in\.xlsx, sheet "Form1", row 3: .*maxRows/);
  });
});
