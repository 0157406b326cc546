import { open, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { constants, deflateRaw, deflateRawSync } from 'node:zlib';
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
import { writeFully } from './write-fully.js';

/** Without zip64, offsets and sizes are 32-bit and the entry count 16-bit. */
const MAX_ZIP_BYTES = 0xffffffff;
const MAX_ENTRIES = 0xffff;
/**
 * A streamed entry is deflated in blocks of at least BLOCK_BYTES, each on its own (as pigz does), so that
 * BLOCKS_AT_ONCE of them are compressed on zlib's threads at the same time while the next XML is made here.
 * Each block but the last ends on a sync flush, so the blocks joined are one deflate stream.
 */
const BLOCK_BYTES = 1 << 20;
const BLOCKS_AT_ONCE = 4;
const deflateBlock = promisify(deflateRaw);
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
    const deflating: Promise<Buffer>[] = [];
    for await (const bytes of batches(content, BLOCK_BYTES)) {
      entry.crc = crc32(bytes, entry.crc);
      entry.size += bytes.length;
      this.refuseOverLimit(entry.size);
      deflating.push(deflated(bytes, constants.Z_SYNC_FLUSH));
      if (deflating.length >= BLOCKS_AT_ONCE) await this.write(await deflating.shift()!);
    }
    // An empty last block marks the end of the stream.
    deflating.push(deflated(Buffer.alloc(0), constants.Z_FINISH));
    for (const block of deflating) await this.write(await block);
    entry.compressedSize = this.position - start;
    await writeFully(this.file, localHeader(entry).subarray(0, LOCAL_HEADER_BYTES), entry.offset);
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
    await writeFully(this.file, bytes, at);
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

/**
 * A block deflated on zlib's threads, ending with `flush`. A failure waits for whoever awaits the block: were the
 * content to fail first, the block would be left behind, and must not end the process as an unhandled rejection.
 */
function deflated(bytes: Buffer, flush: number): Promise<Buffer> {
  const block = deflateBlock(bytes, { level: LEVEL, finishFlush: flush });
  block.catch(() => undefined);
  return block;
}

/** Pieces joined into buffers of at least `size` bytes: each piece through zlib has a cost. */
async function* batches(pieces: ZipContent, size: number): AsyncGenerator<Buffer> {
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
