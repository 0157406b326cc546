import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { OutputError } from '../errors.js';
import { neutralise } from './neutralise.js';
import { encodeOoxmlText } from './ooxml-text.js';
import { cellText, type Cell, type Sheet } from './sheet.js';
import { excelSheetNames } from './sheet-names.js';
import { pinZipDates } from './zip-dates.js';

/** Excel's limits: longer cells or more rows make it report the file as damaged. */
const MAX_CELL_CHARS = 32_767;
const MAX_ROWS = 1_048_576;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * Writes sheets as an xlsx file with exceljs' streaming writer: one worksheet per sheet, a bold frozen
 * header row with an autofilter, column widths from the content, numbers as numbers, text neutralised.
 */
export async function writeXlsxFile(path: string, sheets: readonly Sheet[]): Promise<void> {
  const file = createWriteStream(path, { flags: 'wx' });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: file,
    useStyles: true,
    useSharedStrings: false,
    created: FIXED_DATE,
    modified: FIXED_DATE,
  } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  const all = sheets.length > 0 ? sheets : [{ name: 'Sheet1', columns: [], rows: [] }];
  const names = excelSheetNames(all.map((sheet) => sheet.name));
  try {
    all.forEach((sheet, i) => writeWorksheet(workbook, names[i] ?? sheet.name, sheet));
    await workbook.commit();
    if (!file.closed) await once(file, 'close');
    await pinZipDates(path);
  } catch (error) {
    // Release the half-written file before the caller removes it (Windows refuses to delete open files).
    if (!file.closed) await Promise.all([once(file, 'close'), file.destroy()]).catch(() => undefined);
    throw error;
  }
}

/** Same data, same bytes: a workbook records no write time (see also pinZipDates). */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

function writeWorksheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, sheet: Sheet): void {
  if (sheet.rows.length >= MAX_ROWS) {
    throw new OutputError(
      `the sheet "${sheet.name}" has ${sheet.rows.length} rows, more than an Excel sheet holds: write .csv instead`,
    );
  }
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columnWidths(sheet).map((width) => ({ width }));
  const header = worksheet.addRow(sheet.columns.map((column) => xlsxValue(column, sheet)));
  header.font = { bold: true };
  header.commit();
  if (sheet.columns.length > 0) {
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  for (const row of sheet.rows) worksheet.addRow(sheet.columns.map((column) => xlsxValue(row[column], sheet))).commit();
  worksheet.commit();
}

/** Numbers stay numbers; everything else becomes neutralised text (empty cells stay empty). */
function xlsxValue(cell: Cell | undefined, sheet: Sheet): string | number | null {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  const text = neutralise(cellText(cell));
  if (text.length > MAX_CELL_CHARS) {
    throw new OutputError(
      `a cell of the sheet "${sheet.name}" holds ${text.length} characters, more than Excel's ${MAX_CELL_CHARS}: ` +
        'write .csv or .json instead',
    );
  }
  return text === '' ? null : encodeOoxmlText(text);
}

/** Readable widths: the longest line in each column (header included), clamped so no column is absurd. */
function columnWidths(sheet: Sheet): number[] {
  return sheet.columns.map((column) => {
    let longest = column.length;
    for (const row of sheet.rows) {
      for (const line of cellText(row[column]).split('\n')) longest = Math.max(longest, line.length);
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}
