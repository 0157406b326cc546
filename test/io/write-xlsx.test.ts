import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsxFile } from '../../src/io/write-xlsx.js';
import type { Sheet } from '../../src/io/sheet.js';
import { makeTempDir } from './helpers.js';

async function writeAndOpen(sheets: Sheet[]): Promise<ExcelJS.Workbook> {
  const path = join(await makeTempDir(), 'out.xlsx');
  await writeXlsxFile(path, sheets);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('writeXlsxFile', () => {
  it('writes a bold, frozen, filtered header and readable column widths', async () => {
    const notes = 'n'.repeat(200);
    const workbook = await writeAndOpen([
      { name: 'Matches', columns: ['id', 'why', 'x'], rows: [{ id: 'm1', why: notes, x: '' }] },
    ]);
    const sheet = workbook.getWorksheet('Matches');
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBeTruthy();
    expect(sheet?.columns.map((column) => column.width)).toEqual([8, 60, 8]);
  });

  it('keeps numbers as numbers, writes booleans and lists as text, and neutralises text', async () => {
    const workbook = await writeAndOpen([
      {
        name: 'Roster',
        columns: ['capacity', 'delta', 'consent', 'subjects', 'phone', 'empty'],
        rows: [
          { capacity: 2, delta: -1.5, consent: true, subjects: ['maths', '=x'], phone: '+44 7700 900123', empty: null },
        ],
      },
    ]);
    const row = workbook.getWorksheet('Roster')?.getRow(2);
    expect([1, 2, 3, 4, 5, 6].map((column) => row?.getCell(column).value ?? null)).toEqual([
      2,
      -1.5,
      'true',
      'maths; =x',
      "'+44 7700 900123",
      null,
    ]);
  });

  it('writes one worksheet per sheet under names Excel accepts, and an empty workbook as one sheet', async () => {
    const sheet = (name: string): Sheet => ({ name, columns: ['a'], rows: [] });
    const workbook = await writeAndOpen([sheet('Pairs: 2026/27'), sheet('pairs- 2026-27')]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Pairs- 2026-27', 'pairs- 2026-27 (2)']);
    expect((await writeAndOpen([])).worksheets).toHaveLength(1);
  });
});
