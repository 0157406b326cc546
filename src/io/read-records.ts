import type { Table } from '../core/types.js';
import { InputError } from '../errors.js';
import { unneutralise } from './neutralise.js';
import { readWorkbookSheets, type ReadOptions } from './read-table.js';

/** A sheet of one of edumentor's own outputs, as records keyed by header. */
export interface SheetRecords {
  file: string;
  sheet?: string;
  records: Record<string, string>[];
  /** Spreadsheet row number of each record. */
  lines: number[];
}

/**
 * Reads the sheet `sheetName` of a workbook (or the only table of a CSV/TSV/JSON) and checks it has the
 * `required` columns; `what` names the sheet in messages ("match sheet").
 */
export async function readSheetRecords(
  file: string,
  options: { sheetName: string; required: readonly string[]; what: string } & Omit<ReadOptions, 'sheet'>,
): Promise<SheetRecords> {
  const tables = await readWorkbookSheets(file, options);
  const table = pickTable(tables, options.sheetName);
  if (!table) throw new InputError(`expected a ${options.what}, found an empty file`, { file });
  const missing = options.required.filter((c) => !table.headers.includes(c));
  if (missing.length > 0) {
    throw new InputError(
      `this is not a ${options.what}: it lacks the column(s) ${missing.join(', ')} (found: ${table.headers.slice(0, 12).join(', ')}${table.headers.length > 12 ? ', …' : ''}). ` +
        `Give the ${options.what} edumentor wrote, or rename the columns.`,
      { file, sheet: table.sheet },
    );
  }
  return { file, sheet: table.sheet, records: table.rows.map((row) => recordOf(table, row.cells)), lines: table.rows.map((r) => r.line) };
}

/** The table named `sheetName` (case-insensitive) or, failing that, the first. */
export function pickTable(tables: readonly Table[], sheetName: string): Table | undefined {
  const wanted = sheetName.toLowerCase();
  return tables.find((t) => t.sheet?.toLowerCase() === wanted) ?? tables[0];
}

function recordOf(table: Table, cells: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  table.headers.forEach((header, i) => {
    record[header] = unneutralise(cells[i] ?? '').trim();
  });
  return record;
}
