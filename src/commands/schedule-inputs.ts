import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  holidaysFromTable,
  pairsFromMatchTable,
  parseHolidayCalendar,
  rotaFromTable,
  type Holiday,
  type MatchSheetPairs,
  type RotaRead,
  type RowProblem,
} from '../core/schedule/index.js';
import { recordOf } from '../core/record-of.js';
import type { OnProgress, Person } from '../core/types.js';
import { InputError } from '../errors.js';
import { readOwnSheet } from '../io/read-records.js';
import { readTable } from '../io/read-table.js';

/**
 * The pairs of a match sheet (its `Matches` sheet in a workbook), the roster supplying free times, and the sheet's
 * rows as records (for introductions). `onProgress` is told how far reading a workbook and its pairs has got.
 */
export async function readMatchSheet(
  file: string,
  roster: readonly Person[],
  stdin?: NodeJS.ReadableStream,
  onProgress?: OnProgress,
): Promise<MatchSheetPairs & { records: Record<string, string>[] }> {
  const table = await readOwnSheet(file, 'Matches', 'match sheet', stdin, onProgress);
  const keys = table.headers.map((h) => h.trim().toLowerCase());
  const records = table.rows.map((row) => recordOf(keys, (_, i) => row.cells[i] ?? ''));
  return { ...pairsFromMatchTable(table, roster, onProgress), records };
}

/**
 * The meetings of a rota (its `Rota` sheet in a workbook), the rows that could not be read, and feedback not
 * understood. `onProgress` is told how far reading a workbook has got.
 */
export async function readRota(file: string, stdin?: NodeJS.ReadableStream, onProgress?: OnProgress): Promise<RotaRead> {
  return rotaFromTable(await readOwnSheet(file, 'Rota', 'rota', stdin, onProgress));
}

/** Holidays from every file: a `.ics` is read as a term-dates calendar, anything else as a table of ranges. */
export async function readHolidayFiles(files: readonly string[]): Promise<{ holidays: Holiday[]; problems: RowProblem[] }> {
  const result = { holidays: [] as Holiday[], problems: [] as RowProblem[] };
  for (const file of files) {
    const read = extname(file).toLowerCase() === '.ics' ? parseHolidayCalendar(await readText(file), file) : await readHolidayTable(file);
    result.holidays.push(...read.holidays);
    result.problems.push(...read.problems);
  }
  return result;
}

async function readHolidayTable(file: string): Promise<{ holidays: Holiday[]; problems: RowProblem[] }> {
  const [table] = await readTable(file);
  if (!table) throw new InputError('expected a holiday file with start, end and name columns; found an empty file', { file });
  return holidaysFromTable(table);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    throw new InputError(`cannot read the holiday calendar: ${(cause as Error).message}. Check the path, or leave --holidays out.`, { file, cause });
  }
}
