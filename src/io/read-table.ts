import type { OnProgress, Table } from '../core/types.js';
import { UsageError } from '../errors.js';
import { resolveLimits, type ReadLimits } from './limits.js';
import { readDelimited } from './read-delimited.js';
import { openInput, withTextBytes } from './read-source.js';
import type { RowStream } from './row-stream.js';
import type { SheetPicker, SheetRequest } from './sheet-choice.js';

export type { ReadLimits } from './limits.js';
export { DEFAULT_READ_LIMITS, LIMIT_OPTIONS } from './limits.js';

/** How to read inputs: which sheet of a workbook, where stdin comes from, and size limits. */
export interface ReadOptions {
  /** Sheet name or 1-based number; the first visible sheet when absent. */
  sheet?: string;
  /** Read for the input `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  limits?: Partial<ReadLimits>;
  /** Told how far reading has got (phase `reading FILE`): bytes of a text file, compressed bytes of a workbook's parts. */
  onProgress?: OnProgress;
  /** Offered to a delimited text input or a single sheet of a workbook, which may hand it its rows as they are read (see RowStream). */
  stream?: RowStream;
}

/** One Table per input, in order (`-` is stdin, which can be read only once). */
export async function readTables(inputs: readonly string[], options: ReadOptions = {}): Promise<Table[]> {
  if (inputs.filter((input) => input === '-').length > 1) {
    throw new UsageError('standard input (-) can be read only once: name it once among the inputs');
  }
  const tables: Table[] = [];
  for (const input of inputs) tables.push(...(await readTable(input, options)));
  return tables;
}

/** One input as one Table (for a workbook, the chosen sheet); CSV, TSV, text, xlsx or JSON. */
export async function readTable(input: string, options: ReadOptions = {}): Promise<Table[]> {
  return read(input, { sheet: options.sheet }, options);
}

/** Every sheet of a workbook (or of a JSON object of sheets); a CSV gives its one table. */
export async function readWorkbookSheets(input: string, options: Omit<ReadOptions, 'sheet'> = {}): Promise<Table[]> {
  return read(input, { all: true }, options);
}

/** The sheet named `sheetName` (any case) of a workbook, read alone; failing that, every sheet, as `readWorkbookSheets`. */
export async function readNamedSheet(input: string, sheetName: string, options: Omit<ReadOptions, 'sheet'> = {}): Promise<Table[]> {
  return read(input, { all: true, prefer: sheetName }, options);
}

/** The sheets `readPickedSheets` read, and the names of all the sheets that hold a table, read or not. */
export interface PickedSheets {
  tables: Table[];
  /** In the workbook's order; absent for a file that is one table (CSV, TSV, text, a JSON array). */
  sheetNames?: string[];
}

/** The sheets of a workbook that `pick` chooses from the names of those that hold a table; a CSV gives its one table. */
export async function readPickedSheets(input: string, pick: SheetPicker, options: Omit<ReadOptions, 'sheet'> = {}): Promise<PickedSheets> {
  let sheetNames: string[] | undefined;
  const remember: SheetPicker = (names) => {
    sheetNames = [...names];
    return pick(names);
  };
  const tables = await read(input, { all: true, pick: remember }, options);
  return { tables, sheetNames };
}

async function read(input: string, request: SheetRequest, options: ReadOptions): Promise<Table[]> {
  const limits = resolveLimits(options.limits);
  const source = await openInput(input, options.stdin, limits);
  // Each format's reader loads when a file needs it: most runs read one format, and modules cost start-up time.
  if (source.format === 'xlsx') return (await import('./read-xlsx.js')).readXlsx(source, request, limits, options.onProgress, options.stream);
  if (source.format === 'json') return (await import('./read-json.js')).readJson(source.bytes ?? Buffer.alloc(0), source.file, request, limits);
  return [await withTextBytes(source, (bytes) => readDelimited(bytes, { file: source.file }, limits, options.onProgress, options.stream))];
}
