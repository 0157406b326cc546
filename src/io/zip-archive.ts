import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { PassThrough, Readable, Transform, pipeline } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { crc32Check } from './crc32.js';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Bytes zlib hands on at a time: fewer, larger pieces for a reader than its 16 KiB default. */
const INFLATE_CHUNK = 64 * 1024;
/** The end-of-directory record (22 bytes) plus the longest possible zip comment. */
const TAIL_BYTES = 22 + 0xffff;

/** One file inside a zip, as its central directory describes it. */
interface ZipEntry {
  method: number;
  crc: number;
  compressedSize: number;
  /** The unzipped size the directory declares (a hostile zip may lie: `text` counts as well). */
  size: number;
  headerOffset: number;
}

/** Why a zip cannot be read; the xlsx reader turns it into an InputError. */
export class ZipError extends Error {}

/** A part that unzips to more than the archive's `maxPartBytes` (a "zip bomb", or a workbook too big to read). */
export class ZipPartTooLargeError extends ZipError {
  constructor(
    readonly part: string,
    readonly maxPartBytes: number,
  ) {
    super(`the part ${part} unzips to more than ${maxPartBytes} bytes`);
  }
}

/** How far a zip may be unzipped. */
export interface ZipLimits {
  /** The most bytes one part may unzip to; reading stops (ZipPartTooLargeError) rather than going further. */
  maxPartBytes: number;
}

/** Random access to the bytes of a file on disk or of a buffer (stdin). */
interface Bytes {
  size: number;
  read(start: number, length: number): Promise<Buffer>;
  stream(start: number, end: number): Readable;
  close(): Promise<void>;
}

/**
 * A zip read through its central directory (as Excel does), so every part can be opened in any order and a
 * truncated file is recognised at once. Parts stream from disk through zlib; nothing is held whole.
 */
export class ZipArchive {
  private constructor(
    private readonly bytes: Bytes,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly limits: ZipLimits,
  ) {}

  /** Opens a zip file, or a zip already in memory; ZipError when it is truncated or not a zip. */
  static async open(source: string | Buffer, limits: ZipLimits = { maxPartBytes: Infinity }): Promise<ZipArchive> {
    const bytes = typeof source === 'string' ? await fileBytes(source) : bufferBytes(source);
    try {
      return new ZipArchive(bytes, await readDirectory(bytes), limits);
    } catch (error) {
      await bytes.close();
      throw error;
    }
  }

  /** Whether the zip holds a part with this path (`xl/workbook.xml`). */
  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The paths of every part, in directory order. */
  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** How many bytes a part takes in the zip, compressed (what `content`'s `onRead` counts up to); 0 when absent. */
  compressedSize(path: string): number {
    return this.entries.get(path)?.compressedSize ?? 0;
  }

  /**
   * A part's content as UTF-8 text chunks (decoded across chunk boundaries), checked against its CRC-32 as
   * it ends; undefined when absent. ZipPartTooLargeError, before or while unzipping, for a part over the limit.
   */
  async text(path: string): Promise<Readable | undefined> {
    const content = await this.content(path);
    content?.setEncoding('utf8');
    return content;
  }

  /**
   * A part's unzipped bytes, in chunks, checked as `text` checks them; undefined when absent. `onRead` is told
   * the size of each piece of the compressed part as it is read (for a progress bar).
   */
  async content(path: string, onRead?: (compressedBytes: number) => void): Promise<Readable | undefined> {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    const { maxPartBytes } = this.limits;
    if (entry.size > maxPartBytes) throw new ZipPartTooLargeError(path, maxPartBytes);
    const header = await this.bytes.read(entry.headerOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipError(`the part ${path} is damaged`);
    const start = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const raw = this.bytes.stream(start, start + entry.compressedSize);
    const content = entry.method === 8 ? createInflateRaw({ chunkSize: INFLATE_CHUNK }) : new PassThrough();
    const unzipped = [content, byteBudget(path, maxPartBytes), crc32Check(entry.crc, path)] as const;
    if (!onRead) return pipeline(raw, ...unzipped, () => undefined);
    return pipeline(raw, counted(onRead), ...unzipped, () => undefined);
  }

  /** Releases the file. */
  async close(): Promise<void> {
    await this.bytes.close();
  }
}

async function readDirectory(bytes: Bytes): Promise<Map<string, ZipEntry>> {
  const tailStart = Math.max(0, bytes.size - TAIL_BYTES);
  const tail = await bytes.read(tailStart, bytes.size - tailStart);
  let end = tail.length - 22;
  while (end >= 0 && tail.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new ZipError('its end is missing, as when a download or copy is interrupted');
  const count = tail.readUInt16LE(end + 10);
  const size = tail.readUInt32LE(end + 12);
  const offset = tail.readUInt32LE(end + 16);
  if (offset + size > tailStart + end) throw new ZipError('its table of contents points outside the file');
  const directory = await bytes.read(offset, size);
  const entries = new Map<string, ZipEntry>();
  for (let at = 0, n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new ZipError('its table of contents is damaged');
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const entry = {
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      headerOffset: directory.readUInt32LE(at + 42),
    };
    if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`it uses compression method ${entry.method}`);
    if (entry.headerOffset + 30 + entry.compressedSize > offset) throw new ZipError('a part lies outside the file');
    entries.set(directory.toString('utf8', at + 46, at + 46 + nameLength), entry);
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return entries;
}

/** Passes bytes through until more than `maxBytes` have gone by, then fails: stops a part that lies about its size. */
function byteBudget(part: string, maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBytes ? new ZipPartTooLargeError(part, maxBytes) : null, chunk);
    },
  });
}

/** Passes bytes through unchanged, telling `onRead` the size of each chunk. */
function counted(onRead: (bytes: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      onRead(chunk.length);
      callback(null, chunk);
    },
  });
}

async function fileBytes(path: string): Promise<Bytes> {
  const handle: FileHandle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    read: async (start, length) => (await handle.read(Buffer.alloc(length), 0, length, start)).buffer,
    stream: (start, end) => (end > start ? createReadStream(path, { start, end: end - 1 }) : Readable.from([])),
    close: () => handle.close(),
  };
}

function bufferBytes(buffer: Buffer): Bytes {
  return {
    size: buffer.length,
    read: async (start, length) => buffer.subarray(start, start + length),
    stream: (start, end) => Readable.from([buffer.subarray(start, end)]),
    close: async () => undefined,
  };
}
