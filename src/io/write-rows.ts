import { writeAtomically, writeNewFile } from './atomic.js';
import { neutralise } from './neutralise.js';
import type { Cell, Sheet } from './sheet.js';
import { delimitedField } from './write-csv.js';
import { formatFromPath, writeTables } from './write-table.js';

/** Text gathered before each write. */
const CHUNK_CHARS = 1 << 16;

/**
 * Writes rows made one at a time (millions of candidate pairs) to `output`: CSV and TSV are
 * streamed, so memory stays flat; xlsx and JSON need them all at once. The CSV is the same, byte
 * for byte, as `writeTables` writes.
 */
export async function writeRows(output: string, sheet: Omit<Sheet, 'rows'>, rows: Iterable<Record<string, Cell>>): Promise<void> {
  const format = formatFromPath(output);
  if (format !== 'csv' && format !== 'tsv') return writeTables(output, [{ ...sheet, rows: [...rows] }]);
  const delimiter = format === 'tsv' ? '\t' : ',';
  return writeAtomically(output, (temp) => writeNewFile(temp, delimitedText(sheet, rows, delimiter)));
}

function* delimitedText(sheet: Omit<Sheet, 'rows'>, rows: Iterable<Record<string, Cell>>, delimiter: ',' | '\t'): Generator<string> {
  const cell = cellWriter(delimiter);
  let text = `${sheet.columns.map((c) => delimitedField(neutralise(c), delimiter)).join(delimiter)}\n`;
  for (const row of rows) {
    text += `${sheet.columns.map((c) => cell(row[c])).join(delimiter)}\n`;
    if (text.length >= CHUNK_CHARS) {
      yield text;
      text = '';
    }
  }
  yield text;
}

/** One cell as CSV text; the same values come back again and again (a pair list names each person thousands of times), so texts are remembered. */
function cellWriter(delimiter: ',' | '\t'): (cell: Cell | undefined) => string {
  const known = new Map<string | number, string>();
  return (cell) => {
    if (typeof cell !== 'string' && typeof cell !== 'number') return delimitedField(cell, delimiter);
    let written = known.get(cell);
    if (written === undefined) {
      written = delimitedField(cell, delimiter);
      if (known.size < 1_000_000) known.set(cell, written);
    }
    return written;
  };
}
