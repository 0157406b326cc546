import { extname } from 'node:path';
import { Readable } from 'node:stream';
import type { OnProgress, Table } from '../core/types.js';
import { InputError } from '../errors.js';
import { decodeChunks, detectEncoding, utf8TextSlices, type DecodeOptions } from './detect-encoding.js';
import { detectDelimiter } from './delimiter.js';
import type { ReadLimits } from './limits.js';
import { CsvRecordScanner } from './read-csv-records.js';
import { readingPhase } from './read-source.js';
import type { RowStream } from './row-stream.js';
import type { TextBytes } from './text-bytes.js';
import { TableBuilder, type TableOrigin } from './table-builder.js';

/**
 * What ends a record outside quotes: any line break, as in Excel and Python's csv, not only the first one found, so a
 * file whose lines end one way and another (a title typed in Notepad above an export) still reads line by line.
 */
const LINE_BREAKS = ['\r\n', '\n', '\r'];

/** Text is read in slices of this many bytes: small enough for a progress bar that moves smoothly. */
const PROGRESS_SLICE_BYTES = 1 << 20;

/** A text file with this share of NUL characters at its start is binary (or UTF-16 without a BOM), not a table. */
const BINARY_NUL_SHARE = 0.1;
/**
 * …as is one with this share of the other control characters no table holds, or undecodable bytes: random
 * bytes have about 11 %, typed text none. At least BINARY_MIN_COUNT of them, so a stray one is still read.
 */
const BINARY_CONTROL_SHARE = 0.05;
const BINARY_MIN_COUNT = 16;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\x01-\x08\x0e-\x1f\x7f\ufffd]/g;

/**
 * Reads a CSV, TSV or tab/semicolon-separated text export in any encoding that spreadsheet programs save:
 * ragged rows survive, quoted cells may span lines, row numbers are those a spreadsheet would show. Well-formed
 * text takes a fast path; text with stray quotes is read (or refused) by csv-parse, with the same result.
 * With a `stream`, well-formed text hands its rows after the head to the stream's sink as they are read (the
 * table returned has none of them), unless the sink turns them down at the end: then the text is read again whole.
 */
export async function readDelimited(
  bytes: TextBytes,
  origin: TableOrigin,
  limits: ReadLimits,
  onProgress?: OnProgress,
  stream?: RowStream,
): Promise<Table> {
  const detected = detectEncoding(bytes);
  const phase = readingPhase(origin.file);
  let shown = false;
  const tell: OnProgress | undefined =
    onProgress &&
    ((...report) => {
      shown = true;
      onProgress(...report);
    });
  const slices = utf8TextSlices(bytes, detected, slicing(phase, bytes.length, tell));
  const first = slices.next();
  if (first.done) return new TableBuilder(origin, limits).finish();
  // The first slice (a megabyte) is the sample the binary check and the delimiter are taken from.
  const sample = first.value.toString('utf8');
  refuseBinary(sample, origin);
  const delimiter = extname(origin.file).toLowerCase() === '.tsv' ? '\t' : detectDelimiter(sample);
  let plain = readPlain([first.value], slices, delimiter, origin, limits, stream);
  // Reading again after a first reading has shown how far it got: a bar of its own, so it does not seem to start over.
  const again = slicing(shown ? `${phase} again` : phase, bytes.length, onProgress);
  if (plain === READ_AGAIN) {
    // The same text again, whole, with the encoding and delimiter already found (finding them reads the file too).
    plain = readPlain([], utf8TextSlices(bytes, detected, again), delimiter, origin, limits, undefined);
  }
  return plain !== undefined && plain !== READ_AGAIN ? plain : readRelaxed(decodeChunks(bytes, detected, again), delimiter, origin, limits);
}

/** How text is sliced, each slice read told to `onProgress` under `phase`. */
function slicing(phase: string, total: number, onProgress: OnProgress | undefined): DecodeOptions {
  return { sliceBytes: PROGRESS_SLICE_BYTES, onDone: onProgress && ((done: number) => onProgress(phase, done, total)) };
}

/** What `readPlain` says when a stream's sink turned down the rows it took: read the text again without it. */
const READ_AGAIN = Symbol('read again');

/**
 * Well-formed text through the fast scanner (the slices taken already, then the rest); undefined when it needs
 * csv-parse's relaxed rules after all (a sink given rows by then is told they do not count: the table csv-parse reads
 * has them all).
 */
function readPlain(
  taken: readonly Buffer[],
  rest: Iterator<Buffer>,
  delimiter: string,
  origin: TableOrigin,
  limits: ReadLimits,
  stream: RowStream | undefined,
): Table | typeof READ_AGAIN | undefined {
  const builder = new TableBuilder(origin, limits, 'overflow', stream);
  let line = 0;
  const scanner = new CsvRecordScanner(delimiter, (cells) => builder.add(++line, cells));
  // Each slice is read before the next is asked for: a file's slices share one buffer.
  let read = taken.every((slice) => scanner.push(slice));
  // No slice is asked for once the scanner has given up: asking reads (and tells the progress of) one more.
  while (read) {
    const next = rest.next();
    if (next.done) break;
    read = scanner.push(next.value);
  }
  if (!read || !scanner.end()) {
    builder.cancel();
    return undefined;
  }
  return builder.end() ?? READ_AGAIN;
}

/** Any text csv-parse can read, with its relaxed quoting; an InputError naming the row where it cannot. */
async function readRelaxed(
  chunks: Iterable<string>,
  delimiter: string,
  origin: TableOrigin,
  limits: ReadLimits,
): Promise<Table> {
  // csv-parse reads only the irregular files the fast path hands over, so it is loaded only then.
  const { CsvError, parse } = await import('csv-parse');
  const parser = parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, record_delimiter: LINE_BREAKS });
  const text = Readable.from(chunks);
  const builder = new TableBuilder(origin, limits, 'overflow');
  let line = 0;
  try {
    for await (const record of text.pipe(parser)) builder.add(++line, record as string[]);
  } catch (error) {
    // The parser's count of finished records is ahead of the rows this loop has taken.
    if (!(error instanceof CsvError)) throw error;
    throw csvFailure(error, origin, (typeof error.records === 'number' ? error.records : line) + 1);
  } finally {
    text.destroy();
  }
  return builder.finish();
}

function refuseBinary(text: string, origin: TableOrigin): void {
  const head = text.slice(0, 4096);
  const nuls = head.split('\0').length - 1;
  const controls = head.match(CONTROL_CHARACTERS)?.length ?? 0;
  if (nuls > head.length * BINARY_NUL_SHARE || controls > Math.max(BINARY_MIN_COUNT, head.length * BINARY_CONTROL_SHARE)) {
    throw new InputError(
      'this does not look like a text table (it holds binary data): export it from its program as .csv or .xlsx',
      { ...origin },
    );
  }
}

function csvFailure(error: import('csv-parse').CsvError, origin: TableOrigin, row: number): InputError {
  const hint =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quoted cell ("…) is never closed: look for a stray double quote at or after this row'
      : `the text could not be read as a table (${error.message}): check the quoting around this row`;
  return new InputError(hint, { ...origin, row, cause: error });
}
