import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { readWorkbookSheets } from '../../src/io/read-table.js';
import { writeXlsxFile } from '../../src/io/write-xlsx.js';
import type { Sheet } from '../../src/io/sheet.js';
import { makeTempDir } from './helpers.js';

async function written(sheets: Sheet[]): Promise<string> {
  const path = join(await makeTempDir(), 'out.xlsx');
  await writeXlsxFile(path, sheets);
  return path;
}

async function writeAndOpen(sheets: Sheet[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await written(sheets));
  return workbook;
}

/** Text that needs care in XML and in OOXML: entities, edge spaces, line breaks, control characters, escapes. */
const AWKWARD = [' padded ', 'a & b < c > d "q"', 'two\nlines\n', 'tab\tin', 'cr\r\nlf', 'bell\u0007', 'A_x0041_', 'é 😀 ü'];

describe('writeXlsxFile', () => {
  it('writes a bold, frozen, filtered header and readable column widths', async () => {
    const notes = 'n'.repeat(200);
    const workbook = await writeAndOpen([
      { name: 'Matches', columns: ['id', 'why', 'x'], rows: [{ id: 'm1', why: notes, x: '' }, { id: 'm2', why: 'short', x: '' }] },
    ]);
    const sheet = workbook.getWorksheet('Matches');
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(sheet?.autoFilter).toBe('A1:C3');
    expect(workbook.definedNames.model).toEqual([{ name: '_xlnm._FilterDatabase', ranges: ['Matches!$A$1:$C$3'] }]);
    expect(sheet?.columns.map((column) => column.width)).toEqual([8, 60, 8]);
  });

  it('keeps numbers as numbers, writes booleans and lists as text, and neutralises text', async () => {
    const workbook = await writeAndOpen([
      {
        name: 'Roster',
        columns: ['capacity', 'delta', 'consent', 'subjects', 'phone', 'empty', 'nan'],
        rows: [
          {
            capacity: 2,
            delta: -1.5,
            consent: true,
            subjects: ['maths', '=x'],
            phone: '+44 7700 900123',
            empty: null,
            nan: Number.NaN,
          },
        ],
      },
    ]);
    const row = workbook.getWorksheet('Roster')?.getRow(2);
    expect([1, 2, 3, 4, 5, 6, 7].map((column) => row?.getCell(column).value ?? null)).toEqual([
      2,
      -1.5,
      'true',
      'maths; =x',
      "'+44 7700 900123",
      null,
      null,
    ]);
  });

  it('keeps awkward text exactly, as Excel reads it (exceljs) and as edumentor reads it', async () => {
    const columns = AWKWARD.map((_, i) => `c${i}`);
    const row = Object.fromEntries(AWKWARD.map((text, i) => [`c${i}`, text]));
    const path = await written([{ name: 'Text', columns, rows: [row] }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const cells = columns.map((_, i) => workbook.getWorksheet('Text')?.getRow(2).getCell(i + 1).value);
    // Texts are shared strings, whose _xHHHH_ escapes exceljs decodes as Excel does (it leaves them in inline ones).
    expect(cells).toEqual(AWKWARD);
    const [table] = await readWorkbookSheets(path);
    // edumentor's reader decodes entities twice (exceljs' stream parser), so `&` texts are left to the exceljs
    // check; it reads CR LF in a cell as LF, by design.
    const asRead = AWKWARD.map((text) => text.replace('\r\n', '\n'));
    expect(table?.rows[0]?.cells.filter((_, i) => i !== 1)).toEqual(asRead.filter((_, i) => i !== 1));
  });

  it('writes one worksheet per sheet under names Excel accepts, and an empty workbook as one sheet', async () => {
    const sheet = (name: string): Sheet => ({ name, columns: ['a'], rows: [] });
    const workbook = await writeAndOpen([sheet('Pairs: 2026/27'), sheet('pairs- 2026-27'), sheet("Bob's & co")]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Pairs- 2026-27', 'pairs- 2026-27 (2)', "Bob's & co"]);
    expect(workbook.worksheets.map((w) => w.autoFilter)).toEqual(['A1:A1', 'A1:A1', 'A1:A1']);
    const empty = await written([]);
    expect((await readWorkbookSheets(empty)).map((table) => table.sheet)).toEqual(['Sheet1']);
  });

  it('reads back through edumentor every sheet, row and column of a large workbook', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: `p${i}`, n: i, note: i % 7 === 3 ? null : `note ${i}` }));
    const path = await written([
      { name: 'People', columns: ['id', 'n', 'note'], rows },
      { name: 'Settings', columns: ['key', 'value'], rows: [{ key: 'version', value: '1' }] },
    ]);
    const [people, settings] = await readWorkbookSheets(path);
    expect(people?.rows).toHaveLength(20_000);
    expect(people?.rows[19_999]?.cells).toEqual(['p19999', '19999', 'note 19999']);
    expect(people?.rows[10]?.cells).toEqual(['p10', '10', '']);
    expect(settings?.rows.map((row) => row.cells)).toEqual([['version', '1']]);
  });

  it('gives the same bytes for the same sheets, every run', async () => {
    const sheets: Sheet[] = [{ name: 'People', columns: ['name', 'n'], rows: [{ name: 'Ada', n: 1 }] }];
    expect(await readFile(await written(sheets))).toEqual(await readFile(await written(sheets)));
  });

  it("refuses what Excel cannot hold: a cell over 32,767 characters, a sheet over 1,048,576 rows", async () => {
    const dir = await makeTempDir();
    const long = writeXlsxFile(join(dir, 'long.xlsx'), [{ name: 'Notes', columns: ['n'], rows: [{ n: 'x'.repeat(32_768) }] }]);
    await expect(long).rejects.toThrow(OutputError);
    await expect(long).rejects.toThrow(/sheet "Notes" holds 32768 characters, more than Excel's 32767: write \.csv/);
    const many: Sheet = { name: 'People', columns: ['n'], rows: new Array<Record<string, null>>(1_048_576).fill({}) };
    const tall = writeXlsxFile(join(dir, 'tall.xlsx'), [many]);
    await expect(tall).rejects.toThrow(/the sheet "People" has 1048576 rows, more than an Excel sheet holds/);
    // Refused before anything is written.
    await expect(access(join(dir, 'tall.xlsx'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
