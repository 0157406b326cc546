import { stringify } from 'csv-stringify/sync';
import { neutralise } from './neutralise.js';
import { safeCellText, type Sheet } from './sheet.js';

/** Rows stringified per chunk: big enough to be fast, small enough that no chunk gets huge. */
const ROWS_PER_CHUNK = 1000;

/**
 * A sheet as CSV (or TSV) text in chunks: UTF-8 without BOM, LF line ends, quotes only where needed, every
 * text cell neutralised against formulas.
 */
export function* delimitedChunks(sheet: Sheet, delimiter: ',' | '\t'): Generator<string> {
  const options = { delimiter, record_delimiter: '\n', quote_record_delimiter: true } as const;
  if (sheet.columns.length === 0) return;
  yield stringify([sheet.columns.map(neutralise)], options);
  for (let start = 0; start < sheet.rows.length; start += ROWS_PER_CHUNK) {
    const rows = sheet.rows.slice(start, start + ROWS_PER_CHUNK);
    yield stringify(
      rows.map((row) => sheet.columns.map((column) => safeCellText(row[column]))),
      options,
    );
  }
}
