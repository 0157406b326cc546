import type { OnProgress, Table } from '../core/types.js';
import { InputError } from '../errors.js';
import { unneutralise } from './neutralise.js';
import { readNamedSheet } from './read-table.js';

/** A sheet of one of edumentor's own outputs, as records keyed by header. */
export interface SheetRecords {
  file: string;
  sheet?: string;
  records: Record<string, string>[];
  /** Spreadsheet row number of each record. */
  lines: number[];
}

/**
 * The sheet `sheetName` of one of edumentor's own outputs (a workbook's sheet of that name, or the only table of a
 * CSV/TSV/JSON), with the writer's formula-guard quotes removed; `what` names it in messages ("match sheet").
 * `onProgress` is told how far reading a workbook has got.
 */
export async function readOwnSheet(
  file: string,
  sheetName: string,
  what: string,
  stdin?: NodeJS.ReadableStream,
  onProgress?: OnProgress,
): Promise<Table> {
  const table = pickTable(await readNamedSheet(file, sheetName, { stdin, onProgress }), sheetName);
  if (!table) throw new InputError(`expected a ${what}; found an empty file`, { file });
  return { ...table, rows: table.rows.map((row) => ({ ...row, cells: row.cells.map(unneutralise) })) };
}

/** Like `readOwnSheet`, as trimmed records, checking the sheet has the `required` columns. */
export async function readSheetRecords(
  file: string,
  options: { sheetName: string; required: readonly string[]; what: string; stdin?: NodeJS.ReadableStream },
): Promise<SheetRecords> {
  const table = await readOwnSheet(file, options.sheetName, options.what, options.stdin);
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
    record[header] = (cells[i] ?? '').trim();
  });
  return record;
}
