import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { isatty } from 'node:tty';
import { InputError, UsageError } from '../errors.js';
import { compoundFileError, isCompoundFile } from './compound-file.js';
import { limitExceeded, type ReadLimits } from './limits.js';
import { refuseNumbersDocument, sniffFormat, type InputFormat } from './sniff-format.js';
import { readFailure } from './read-failure.js';
import { bufferBytes, FileBytes, type TextBytes } from './text-bytes.js';

/** Enough bytes to recognise every format (an ODS names its type within the first 100 bytes). */
const HEAD_BYTES = 4096;

/** An opened input: its format, and either its bytes or (for an xlsx or a text file, read as it is used) its path. */
export interface InputSource {
  file: string;
  format: InputFormat;
  bytes?: Buffer;
  path?: string;
  /** The size of the file at `path` when it was checked against the limits: what is read of it, no more. */
  size?: number;
}

/** The progress phase of reading an input: `reading responses.csv`, or `reading standard input` for `-`. */
export function readingPhase(file: string): string {
  return `reading ${file === '-' ? 'standard input' : basename(file)}`;
}

/** Reads stdin (`-`) or a file far enough to know its format; InputError for a missing or unreadable file. */
export async function openInput(
  input: string,
  stdin: NodeJS.ReadableStream | undefined,
  limits: ReadLimits,
): Promise<InputSource> {
  if (input === '-') return sourceOf(await readAll(stdin ?? process.stdin, limits), input);
  refuseNumbersDocument(input);
  try {
    const info = await stat(input);
    if (info.isDirectory()) {
      throw new InputError('this is a folder, not a file: name a .csv, .tsv, .xlsx or .json file', { file: input });
    }
    // A pipe (`<(curl …)`) or a device can be read only once, from its start, and a file of no size may still have
    // something in it (a /proc file): each is read whole, as stdin is.
    if (!info.isFile() || info.size === 0) return sourceOf(await readWhole(input, limits), input);
    if (info.size > limits.maxFileBytes) throw limitExceeded('maxFileBytes', limits, { file: input });
    const head = await readHead(input);
    // The whole file, to find the directory that says whether it is an .xls or a password-protected xlsx.
    if (isCompoundFile(head)) throw compoundFileError(await readFile(input), input);
    const format = sniffFormat(head, input);
    if (format === 'json') return { file: input, format, bytes: await readFile(input) };
    return { file: input, format, path: input, size: info.size };
  } catch (error) {
    throw readFailure(error, input);
  }
}

/** Calls `use` with the bytes of a text input: stdin's buffer, or its file, open for as long as `use` takes. */
export async function withTextBytes<T>(source: InputSource, use: (bytes: TextBytes) => Promise<T>): Promise<T> {
  if (source.path === undefined) return use(bufferBytes(source.bytes ?? Buffer.alloc(0)));
  let handle: FileHandle;
  try {
    handle = await open(source.path, 'r');
  } catch (error) {
    throw readFailure(error, source.file);
  }
  try {
    return await use(new FileBytes(handle.fd, source.size ?? 0, source.file));
  } finally {
    await handle.close();
  }
}

/** An input read whole into memory (stdin, a pipe), by its bytes. */
function sourceOf(bytes: Buffer, input: string): InputSource {
  if (isCompoundFile(bytes)) throw compoundFileError(bytes, input);
  return { file: input, format: sniffFormat(bytes.subarray(0, HEAD_BYTES), input), bytes };
}

/** A pipe, a device or a file read to its end; a terminal is refused, as it would wait for typing. */
async function readWhole(path: string, limits: ReadLimits): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    if (isatty(handle.fd)) throw new UsageError(`${path} is a terminal, and nothing is piped in: name a file, or add < responses.csv`);
    return await readAll(handle.createReadStream({ autoClose: false }), limits, path);
  } finally {
    await handle.close();
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readAll(stream: NodeJS.ReadableStream, limits: ReadLimits, file = '-'): Promise<Buffer> {
  if ((stream as { isTTY?: boolean }).isTTY) {
    throw new UsageError(
      'the input - means standard input, but nothing is piped in: name a file, or add < responses.csv',
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size > limits.maxFileBytes) throw limitExceeded('maxFileBytes', limits, { file });
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
