import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unneutralise } from '../../src/io/neutralise.js';
import { readTable, readWorkbookSheets } from '../../src/io/read-table.js';
import { writeTables, type Sheet } from '../../src/io/write-table.js';
import { makeTempDir } from './helpers.js';

const COLUMNS = ['n', 'a', 'b', 'c'];
/** Text that stresses CSV and spreadsheets: quotes, separators, line breaks, emoji, formula prefixes. */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc
    .array(
      fc.constantFrom('"', ',', ';', '\t', '\n', '\r', "'", '=', '+', '-', '@', '\0', ' ', '😀', 'é', '_x0041_', 'a'),
      { maxLength: 10 },
    )
    .map((parts) => parts.join('')),
);
/** Rows whose first cell is never blank, so none is dropped as a blank row. */
const rows = fc.array(fc.tuple(nasty, nasty, nasty), { minLength: 1, maxLength: 6 });

function sheetOf(values: [string, string, string][]): Sheet {
  return { name: 'Data', columns: COLUMNS, rows: values.map(([a, b, c], i) => ({ n: `r${i}`, a, b, c })) };
}
/** What reading gives back for a written value: CR LF inside a cell is read as LF, by design. */
const asRead = (text: string) => text.replace(/\r\n/g, '\n');

describe('write then read', () => {
  it.each(['csv', 'tsv'])('gives back every %s cell after unneutralise', async (format) => {
    const dir = await makeTempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(rows, async (values) => {
        // A small file that is a tenth NUL characters is binary by design (see refuseBinary): one stray NUL is what a table holds.
        fc.pre(values.flat().join('').split('\0').length - 1 <= 1);
        const path = join(dir, `t${run++}.${format}`);
        await writeTables(path, [sheetOf(values)]);
        const [table] = await readTable(path);
        expect(table?.headers).toEqual(COLUMNS);
        expect(table?.rows.map((row) => row.cells.slice(1).map(unneutralise))).toEqual(
          values.map((row) => row.map(asRead)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('gives back every xlsx cell after unneutralise', async () => {
    const dir = await makeTempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(rows, async (values) => {
        const path = join(dir, `t${run++}.xlsx`);
        await writeTables(path, [sheetOf(values)]);
        const [table] = await readTable(path);
        expect(table?.rows.map((row) => row.cells.slice(1).map(unneutralise))).toEqual(
          values.map((row) => row.map(asRead)),
        );
      }),
      { numRuns: 15 },
    );
  });

  it('gives back numbers, booleans, lists and every sheet of a workbook and of JSON', async () => {
    const dir = await makeTempDir();
    const sheets: Sheet[] = [
      {
        name: 'Roster',
        columns: ['capacity', 'consent', 'subjects', 'big'],
        rows: [{ capacity: -2, consent: false, subjects: ['a', 'b'], big: 1e21 }],
      },
      { name: 'Rejects', columns: ['reason'], rows: [{ reason: '@mention' }] },
    ];
    for (const file of ['all.xlsx', 'all.json']) {
      const tables = await readWorkbookSheets(await writeThenPath(join(dir, file), sheets));
      expect(tables.map((t) => [t.sheet, t.headers, t.rows.map((r) => r.cells.map(unneutralise))])).toEqual([
        ['Roster', ['capacity', 'consent', 'subjects', 'big'], [['-2', 'false', 'a; b', '1000000000000000000000']]],
        ['Rejects', ['reason'], [['@mention']]],
      ]);
    }
  });
});

async function writeThenPath(path: string, sheets: Sheet[]): Promise<string> {
  await writeTables(path, sheets);
  return path;
}
