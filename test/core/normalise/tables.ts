import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Table } from '../../../src/core/types.js';

/** A table from literal rows; rows are numbered from 2, below the header. */
export function table(headers: string[], rows: string[][], extra: Partial<Table> = {}): Table {
  return {
    file: 'form.csv',
    headers,
    rows: rows.map((cells, i) => ({ line: i + 2, cells: headers.map((_, c) => cells[c] ?? '') })),
    blankRows: 0,
    ...extra,
  };
}

/** A CSV fixture as the reader would give it: header row 1, blank rows dropped and counted. */
export function csvTable(path: string, file = path.split('/').pop() ?? path): Table {
  const records: string[][] = parse(readFileSync(path), { bom: true, relax_column_count: true });
  const [headers = [], ...data] = records;
  return fromRecords(file, headers, data);
}

/** An xlsx fixture's first sheet as the reader would give it: dates as ISO text, links as their text. */
export async function xlsxTable(path: string, file = path.split('/').pop() ?? path): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${path} has no sheet`);
  const records: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    records.push(Array.from({ length: sheet.columnCount }, (_, c) => cellText(row.getCell(c + 1).value)));
  }
  const [headers = [], ...data] = records;
  return { ...fromRecords(file, headers, data), sheet: sheet.name };
}

function fromRecords(file: string, headers: string[], data: string[][]): Table {
  const rows: Table['rows'] = [];
  let blankRows = 0;
  data.forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === '')) blankRows++;
    else rows.push({ line: i + 2, cells: headers.map((_, c) => cells[c] ?? '') });
  });
  return { file, headers, rows, blankRows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 19);
  if (typeof value === 'object' && 'text' in value) return String(value.text).replace(/^mailto:/i, '');
  return String(value);
}
