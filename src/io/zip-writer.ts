import { open, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createDeflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';
import { OutputError } from '../errors.js';
import { crc32 } from './crc32.js';
import {
  directoryEntry,
  endOfDirectory,
  END_OF_DIRECTORY_BYTES,
  localHeader,
  LOCAL_HEADER_BYTES,
  type ZipEntryRecord,
} from './zip-records.js';

/** Without zip64, offsets and sizes are 32-bit and the entry count 16-bit. */
const MAX_ZIP_BYTES = 0xffffffff;
const MAX_ENTRIES = 0xffff;
/**
 * Content goes to zlib in pieces of at least READ_BYTES, zlib's output comes back in pieces of DEFLATED_BYTES
 * (each piece is a trip between zlib's thread and this one) and goes to the file in writes of WRITE_BYTES.
 */
const READ_BYTES = 1 << 16;
const DEFLATED_BYTES = 1 << 18;
const WRITE_BYTES = 1 << 20;
/** Uncompressed bytes the XML may run ahead of compression. */
const AHEAD_BYTES = 8 << 20;
/** zlib's fastest level: on a worksheet's repetitive XML, files about a fifth larger than the default's, in a third of the time. */
const LEVEL = 1;

/** Content for an entry, in pieces. */
export type ZipContent = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Writes a zip file entry by entry, deflated, without zip64 (an OutputError rather than a file over 4 GB).
 * A streamed entry's header is written first and its CRC and sizes filled in once its content has gone by,
 * so nothing is held whole. Every entry carries the same fixed date: the same content, the same bytes.
 */
export class ZipWriter {
  private readonly entries: ZipEntryRecord[] = [];
  private position = 0;

  private constructor(
    private readonly file: FileHandle,
    private readonly path: string,
    private readonly maxBytes: number,
  ) {}

  /**
   * Creates the file, which must not exist yet (a temporary file of an atomic write). `maxBytes` lowers the
   * 4 GB limit, for tests: writing 4 GB to prove the check is not practical.
   */
  static async create(path: string, options: { maxBytes?: number } = {}): Promise<ZipWriter> {
    return new ZipWriter(await open(path, 'wx'), path, options.maxBytes ?? MAX_ZIP_BYTES);
  }

  /** Adds an entry whose whole content is at hand (a small part). */
  async addFile(name: string, content: string | Uint8Array): Promise<void> {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    const compressed = deflateRawSync(bytes, { level: LEVEL });
    const entry = this.startEntry(name);
    Object.assign(entry, { crc: crc32(bytes), compressedSize: compressed.length, size: bytes.length });
    this.refuseOverLimit(entry.size);
    await this.write(localHeader(entry));
    await this.write(compressed);
  }

  /** Adds an entry from pieces of content, deflated as they come. */
  async addStream(name: string, content: ZipContent): Promise<void> {
    const entry = this.startEntry(name);
    await this.write(localHeader(entry));
    const start = this.position;
    const refuseOverLimit = (bytes: number) => this.refuseOverLimit(bytes);
    await pipeline(
      async function* (this: void) {
        for await (const bytes of batches(content)) {
          entry.crc = crc32(bytes, entry.crc);
          entry.size += bytes.length;
          refuseOverLimit(entry.size);
          yield bytes;
        }
      },
      // A deep input buffer lets the next piece of XML be made while zlib compresses the last one on its thread.
      createDeflateRaw({ level: LEVEL, chunkSize: DEFLATED_BYTES, writableHighWaterMark: AHEAD_BYTES } as ZlibOptions),
      async (compressed: AsyncIterable<Buffer>) => {
        for await (const piece of batches(compressed, WRITE_BYTES)) await this.write(piece);
      },
    );
    entry.compressedSize = this.position - start;
    await this.file.write(localHeader(entry), 0, LOCAL_HEADER_BYTES, entry.offset);
  }

  /** Writes the central directory and closes the file. */
  async close(): Promise<void> {
    const directoryStart = this.position;
    await this.write(Buffer.concat(this.entries.map(directoryEntry)));
    await this.write(endOfDirectory(this.entries.length, directoryStart, this.position - directoryStart));
    await this.file.close();
  }

  /** Closes the file after a failure, leaving its removal to the caller (an atomic write removes its temporary file). */
  async abandon(): Promise<void> {
    await this.file.close().catch(() => undefined);
  }

  private startEntry(name: string): ZipEntryRecord {
    if (this.entries.length === MAX_ENTRIES) {
      throw new OutputError(`a zip file holds at most ${MAX_ENTRIES} parts: write fewer sheets`, { file: this.path });
    }
    const entry = { name: Buffer.from(name), crc: 0, compressedSize: 0, size: 0, offset: this.position };
    this.entries.push(entry);
    return entry;
  }

  private async write(bytes: Uint8Array): Promise<void> {
    const at = this.position;
    // The end record must still fit after the last byte written.
    this.refuseOverLimit(at + bytes.length + END_OF_DIRECTORY_BYTES);
    this.position += bytes.length;
    await this.file.write(bytes, 0, bytes.length, at);
  }

  private refuseOverLimit(bytes: number): void {
    if (bytes <= this.maxBytes) return;
    const limit = this.maxBytes === MAX_ZIP_BYTES ? '4 GB' : `${this.maxBytes} bytes`;
    throw new OutputError(
      `the workbook would be larger than ${limit}, more than an xlsx file can hold: write .csv instead, or fewer rows`,
      { file: this.path },
    );
  }
}

/** Pieces joined into buffers of at least `size` bytes: each piece through zlib or to the file has a cost. */
async function* batches(pieces: ZipContent, size = READ_BYTES): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes < size) continue;
    yield joined(pending, pendingBytes);
    [pending, pendingBytes] = [[], 0];
  }
  if (pendingBytes > 0) yield joined(pending, pendingBytes);
}

/** Buffer.concat, without its copy when there is one buffer. */
function joined(buffers: readonly Buffer[], length: number): Buffer {
  return buffers.length === 1 && buffers[0] ? buffers[0] : Buffer.concat(buffers, length);
}
