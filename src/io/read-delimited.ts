import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { Table } from '../core/types.js';
import { InputError } from '../errors.js';
import { decodeChunks, detectEncoding } from './detect-encoding.js';
import { detectDelimiter } from './delimiter.js';
import type { ReadLimits } from './limits.js';
import { TableBuilder, type TableOrigin } from './table-builder.js';

/** A text file with this share of NUL characters at its start is binary, not a table. */
const BINARY_NUL_SHARE = 0.1;

/**
 * Reads a CSV, TSV or tab/semicolon-separated text export in any encoding that spreadsheet programs save:
 * ragged rows survive, quoted cells may span lines, row numbers are those a spreadsheet would show.
 */
export async function readDelimited(bytes: Buffer, origin: TableOrigin, limits: ReadLimits): Promise<Table> {
  const detected = detectEncoding(bytes);
  const chunks = decodeChunks(bytes, detected);
  const first = chunks.next();
  if (first.done) return new TableBuilder(origin, limits).finish();
  refuseBinary(first.value, origin);
  const delimiter = extname(origin.file).toLowerCase() === '.tsv' ? '\t' : detectDelimiter(first.value);
  const parser = parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  const text = Readable.from((function* () {
    yield first.value;
    yield* chunks;
  })());
  const builder = new TableBuilder(origin, limits);
  let line = 0;
  try {
    for await (const record of text.pipe(parser)) builder.add(++line, record as string[]);
  } catch (error) {
    throw error instanceof CsvError ? csvFailure(error, origin, line + 1) : error;
  } finally {
    text.destroy();
  }
  return builder.finish();
}

function refuseBinary(text: string, origin: TableOrigin): void {
  const head = text.slice(0, 4096);
  const nuls = head.split('\0').length - 1;
  if (nuls > head.length * BINARY_NUL_SHARE) {
    throw new InputError(
      'this does not look like a text table (it holds binary data): export it from its program as .csv or .xlsx',
      { ...origin },
    );
  }
}

function csvFailure(error: CsvError, origin: TableOrigin, row: number): InputError {
  const hint =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quoted cell ("…) is never closed: look for a stray double quote at or after this row'
      : `the text could not be read as a table (${error.message}): check the quoting around this row`;
  return new InputError(hint, { ...origin, row, cause: error });
}
