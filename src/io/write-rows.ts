import { writeAtomically, writeNewFile } from './atomic.js';
import type { Cell, Sheet } from './sheet.js';
import { delimitedChunks } from './write-csv.js';
import { formatFromPath, writeTables } from './write-table.js';

/** Rows per batch handed to the CSV writer. */
const BATCH = 4096;

/**
 * Writes rows made one at a time (millions of candidate pairs) to `output`: CSV and TSV are
 * streamed, so memory stays flat; xlsx and JSON need them all at once.
 */
export async function writeRows(output: string, sheet: Omit<Sheet, 'rows'>, rows: Iterable<Record<string, Cell>>): Promise<void> {
  const format = formatFromPath(output);
  if (format !== 'csv' && format !== 'tsv') return writeTables(output, [{ ...sheet, rows: [...rows] }]);
  const delimiter = format === 'tsv' ? '\t' : ',';
  return writeAtomically(output, (temp) => writeNewFile(temp, batches(sheet, rows, delimiter)));
}

function* batches(sheet: Omit<Sheet, 'rows'>, rows: Iterable<Record<string, Cell>>, delimiter: ',' | '\t'): Generator<string> {
  let batch: Record<string, Cell>[] = [];
  let first = true;
  const flush = function* () {
    const chunks = delimitedChunks({ ...sheet, rows: batch }, delimiter);
    // Every batch starts with the header row; the file has it once.
    if (!first) chunks.next();
    first = false;
    yield* chunks;
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH) yield* flush();
  }
  if (first || batch.length > 0) yield* flush();
}
