import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeAtomically, writeNewFile } from './atomic.js';
import { delimitedChunks } from './write-csv.js';
import { jsonText } from './write-json.js';
import { writeToStream } from './write-stream.js';
import type { OutputSheet, TableProgress } from './sheet.js';

export { writeAtomically, writeFileAtomic } from './atomic.js';
export type { Cell, Sheet } from './sheet.js';

/** The table formats `-o` can write. */
export type TableFormat = 'csv' | 'tsv' | 'xlsx' | 'json';

const FORMATS: Readonly<Record<string, TableFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.xlsx': 'xlsx',
  '.json': 'json',
};

/** The format for an output path by its extension; `-` or no output means CSV on stdout. UsageError otherwise. */
export function formatFromPath(output: string | undefined): TableFormat {
  if (output === undefined || output === '-') return 'csv';
  const format = FORMATS[extname(output).toLowerCase()];
  if (format) return format;
  throw new UsageError(
    `cannot tell which format to write "${output}" in: expected a name ending in .csv, .tsv, .xlsx or .json`,
    { file: output },
  );
}

/** UsageError when the output is the same file as an input (by device and inode: symlinks, hard links, case). */
export function assertNotAnInput(output: string | undefined, inputs: readonly string[]): void {
  if (output === undefined || output === '-') return;
  const target = fileIdentity(output);
  if (target === undefined) return;
  const clash = inputs.find((input) => input !== '-' && fileIdentity(input) === target);
  if (clash === undefined) return;
  throw new UsageError(
    `the output "${output}" is also an input ("${clash}"): writing it would overwrite the data being read. ` +
      'Choose another output file.',
    { file: output },
  );
}

/**
 * UsageError when two outputs (by option, e.g. `{ '-o': 'out.xlsx', '--intros': 'out.xlsx' }`) name one file, or both
 * standard output (`-`): the second written would replace or run into the first.
 */
export function assertDistinctOutputs(outputs: Readonly<Record<string, string | undefined>>): void {
  const byPath = new Map<string, string>();
  for (const [option, output] of Object.entries(outputs)) {
    if (output === undefined) continue;
    const key = output === '-' ? '-' : resolve(output);
    const first = byPath.get(key);
    if (first === undefined) {
      byPath.set(key, option);
      continue;
    }
    const where = output === '-' ? 'standard output (-)' : `"${output}"`;
    throw new UsageError(`${where} is given to both ${first} and ${option}: the second would overwrite the first; give each output its own file`, {
      file: output,
    });
  }
}

/**
 * UsageError for an output (by option) that is also an input, or for two outputs on one file or both on standard
 * output: each command's outputs, named once, checked before anything is read or written.
 */
export function assertOutputFiles(outputs: Readonly<Record<string, string | undefined>>, inputs: readonly string[]): void {
  for (const output of Object.values(outputs)) assertNotAnInput(output, inputs);
  assertDistinctOutputs(outputs);
}

function fileIdentity(path: string): string | undefined {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Writes sheets to `output` in the format its extension names (atomically), or as CSV to stdout for `-` or
 * no output. CSV and TSV hold only the first sheet; xlsx one worksheet per sheet; JSON all of them.
 */
export async function writeTables(
  output: string | undefined,
  sheets: readonly OutputSheet[],
  options: { stdout?: NodeJS.WritableStream; onProgress?: TableProgress } = {},
): Promise<void> {
  const format = formatFromPath(output);
  const first = sheets[0] ?? { name: 'Sheet1', columns: [], rows: [] };
  const { onProgress } = options;
  const onRows = onProgress && ((rows: number) => onProgress(rows, first.rows.length));
  if (output === undefined || output === '-') {
    return writeToStream(options.stdout ?? process.stdout, delimitedChunks(first, ',', onRows));
  }
  if (format === 'xlsx') {
    // The workbook writer (zip, deflate, XML) is loaded only for a workbook: a CSV run does not wait for it.
    const { writeXlsxFile } = await import('./write-xlsx.js');
    return writeAtomically(output, (temp) => writeXlsxFile(temp, sheets, onProgress));
  }
  if (format === 'json') return writeAtomically(output, (temp) => writeNewFile(temp, [jsonText(sheets)]));
  return writeAtomically(output, (temp) => writeNewFile(temp, delimitedChunks(first, format === 'tsv' ? '\t' : ',', onRows)));
}
