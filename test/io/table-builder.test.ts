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

  it('takes the empty fields a header row of delimited text ends in as unnamed columns, not as overflow', () => {
    const builder = new TableBuilder({ file: 'in.csv' }, resolveLimits({}), 'overflow');
    const rows = [['Email', 'Name', '', ''], ['a@x.example', 'Ann', 'called, keen', ''], ['b@x.example', 'Bob', '', ''], ['c@x.example', 'Cy', '', 'x', 'shifted']];
    rows.forEach((cells, i) => builder.add(i + 1, cells));
    const table = builder.finish();
    expect(table.headers).toEqual(['Email', 'Name', 'Column 3', 'Column 4']);
    // A row longer than the header as read is still a shifted one, its extra cell kept for the reject.
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['a@x.example', 'Ann', 'called, keen', ''],
      ['b@x.example', 'Bob', '', ''],
      ['c@x.example', 'Cy', '', 'x', 'shifted'],
    ]);
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

  it('counts a file of a few answers and many blank rows (formatted but empty) alike, header chosen at the end', () => {
    const blank = (n: number) => Array.from({ length: n }, () => ['', ' ', '']);
    const table = build([...blank(3), ['Name', 'Email'], ...blank(50_000), ['Ann', 'a@x.example'], ...blank(7)]);
    expect(table.headers).toEqual(['Name', 'Email']);
    expect(table.rows).toEqual([{ line: 50_005, cells: ['Ann', 'a@x.example'] }]);
    expect(table.blankRows).toBe(50_007);
    // A blank row's cells are still held to the size limit (a million spaces is over it).
    expect(() => build([['Name'], ['      ']], { maxCellChars: 5 })).toThrow(/maxCellChars/);
  });

  it('names a cell over the size limit by its column header, or `Column N` for a column with none or a runaway one', () => {
    const tooLong = (rows: string[][], maxCellChars = 5) => {
      try {
        build(rows, { maxCellChars });
      } catch (error) {
        return (error as InputError).context;
      }
      return undefined;
    };
    // A data row among the first rows, read before the header is chosen, and one read after it.
    expect(tooLong([['Name', 'Notes'], ['Ann', '123456']])).toMatchObject({ row: 2, column: 'Notes' });
    const many = Array.from({ length: 12 }, (_, i) => ['P', `${i}`]);
    expect(tooLong([['Name', 'Notes'], ...many, ['Ann', '123456']])).toMatchObject({ row: 14, column: 'Notes' });
    expect(tooLong([['Name', '', 'Role'], ['Ann', 'x', 'a'], ['Bob', '123456', 'b']])).toMatchObject({ row: 3, column: 'Column 2' });
    // In the header row itself, the cell would name itself.
    expect(tooLong([['Name', '123456'], ['Ann', 'x']])).toMatchObject({ row: 1, column: 'Column 2' });
    // A title row above the header is checked too, by the column it stands in.
    expect(tooLong([['123456'], ['Name', 'Notes'], ['Ann', 'x']])).toMatchObject({ row: 1, column: 'Name' });
    // A header too long to quote (a question pasted whole), and one too long even to clean.
    for (const header of ['h'.repeat(201), 'h '.repeat(1001)]) {
      expect(tooLong([['Name', header], ['Ann', 'x'.repeat(3001)]], 3000)).toMatchObject({ row: 2, column: 'Column 2' });
    }
    expect(tooLong([['Name', 'h'.repeat(200)], ['Ann', 'x'.repeat(3001)]], 3000)).toMatchObject({ column: 'h'.repeat(200) });
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

/** Rows given to a builder with a stream of `headRows`, and what the stream saw. */
function streamed(rows: string[][], headRows: number, { take = true, keep = true } = {}) {
  const seen: { head?: ReturnType<TableBuilder['finish']>; rows: string[][]; ended?: ReturnType<TableBuilder['finish']>; cancelled?: boolean } = {
    rows: [],
  };
  const stream = {
    headRows,
    open(head: ReturnType<TableBuilder['finish']>) {
      seen.head = head;
      if (!take) return undefined;
      return {
        add: (row: { cells: string[] }) => void seen.rows.push(row.cells),
        end: (table: ReturnType<TableBuilder['finish']>) => ((seen.ended = table), keep),
        cancel: () => void (seen.cancelled = true),
      };
    },
  };
  const builder = new TableBuilder({ file: 'in.csv' }, resolveLimits({}), 'overflow', stream);
  rows.forEach((cells, i) => builder.add(i + 1, cells));
  return { table: builder.end(), seen };
}

describe('TableBuilder with a stream', () => {
  /** Ten filled rows for the header to be chosen from as they arrive, as in any file worth a stream. */
  const filler = Array.from({ length: 8 }, (_, i) => [`F${i}`, 'f']);
  const rows = [['Name', 'Notes', ''], ['Ann', 'a', ''], [''], ['Bob', 'b'], ...filler, ['Cy', 'c', ' ', 'shifted'], ['Di', '', '']];

  it('gives the head as a table, then each later row in the head\'s columns, and a table without them', () => {
    const { table, seen } = streamed(rows, 2);
    expect(seen.head?.rows).toEqual([{ line: 2, cells: ['Ann', 'a'] }, { line: 4, cells: ['Bob', 'b'] }]);
    // The header's third field is an unnamed column, blank in the head, so it is left out of every row.
    expect(seen.rows).toEqual([...filler, ['Cy', 'c', 'shifted'], ['Di', '']]);
    expect(table).toEqual({ file: 'in.csv', headers: ['Name', 'Notes'], rows: [], blankRows: 1 });
    expect(seen.ended).toEqual(table);
  });

  it('reads what a builder without a stream reads when the sink turns the stream down, or the head is the whole table', () => {
    const plain = new TableBuilder({ file: 'in.csv' }, resolveLimits({}), 'overflow');
    rows.forEach((cells, i) => plain.add(i + 1, cells));
    expect(streamed(rows, 2, { take: false }).table).toEqual(plain.finish());
    expect(streamed(rows, 20).table).toEqual(streamed(rows, 2, { take: false }).table);
    expect(streamed(rows, 20).seen.head).toBeUndefined();
  });

  it('opens no stream for a table whose header is only chosen at the end (fewer than ten filled rows)', () => {
    const { table, seen } = streamed(rows.slice(0, 6), 1);
    expect(seen.head).toBeUndefined();
    expect(table?.rows.map((row) => row.cells[0])).toEqual(['Ann', 'Bob', 'F0', 'F1']);
  });

  it('gives no table when the sink cannot use its rows, or a column the head dropped is answered later', () => {
    expect(streamed(rows, 2, { keep: false }).table).toBeUndefined();
    const gap = [['Name', '', 'Notes'], ['Ann', '', 'a'], ['Bob', ' ', 'b'], ...filler.map(([name]) => [name ?? '', '', 'f'])];
    expect(streamed(gap, 2).table?.headers).toEqual(['Name', 'Notes']);
    const { table, seen } = streamed([...gap, ['Ed', 'an answer', 'e']], 2);
    expect(seen.head?.headers).toEqual(['Name', 'Notes']);
    expect(table).toBeUndefined();
    expect(seen.ended).toBeUndefined();
    expect(seen.cancelled).toBe(true);
  });

  it('counts the rows a sink took against the row limit', () => {
    let taken = 0;
    const builder = new TableBuilder({ file: 'in.csv' }, resolveLimits({ maxRows: 14 }), 'overflow', {
      headRows: 12,
      open: () => ({ add: () => void taken++, end: () => true, cancel: () => undefined }),
    });
    const add = (i: number) => builder.add(i + 1, [`p${i}`, 'x']);
    Array.from({ length: 15 }, (_, i) => i).forEach(add);
    expect(taken).toBe(2);
    expect(() => add(15)).toThrow(InputError);
  });
});
