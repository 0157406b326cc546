import { readSync } from 'node:fs';
import { InputError } from '../errors.js';
import { readFailure } from './read-failure.js';

/**
 * The bytes of a text input, looked at a slice at a time: a file's are read from disk as they are needed, never held
 * whole (a 35 MB export cost 100 ms more as one buffer, most of it the memory's first use), stdin's are in memory.
 */
export interface TextBytes {
  readonly length: number;
  /** Bytes `[start, end)`, as a view that holds only until the next call (a file's slices share one buffer). */
  slice(start: number, end: number): Buffer;
}

/** The TextBytes of a buffer. */
export function bufferBytes(buffer: Uint8Array): TextBytes {
  const bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return { length: bytes.length, slice: (start, end) => bytes.subarray(start, end) };
}

/** The TextBytes of either a buffer or TextBytes already. */
export function asTextBytes(input: Uint8Array | TextBytes): TextBytes {
  return input instanceof Uint8Array ? bufferBytes(input) : input;
}

/** The first `length` bytes of an open file (the caller closes `fd`), read into one buffer reused slice after slice. */
export class FileBytes implements TextBytes {
  private buffer = Buffer.alloc(0);

  constructor(
    private readonly fd: number,
    readonly length: number,
    private readonly file: string,
  ) {}

  slice(start: number, end: number): Buffer {
    const size = Math.min(end, this.length) - start;
    if (size <= 0) return Buffer.alloc(0);
    if (this.buffer.length < size) this.buffer = Buffer.allocUnsafe(size);
    for (let done = 0; done < size; ) {
      const read = this.read(done, size - done, start + done);
      if (read === 0) {
        throw new InputError('the file got shorter while it was being read: read it again once it has been saved', { file: this.file });
      }
      done += read;
    }
    return this.buffer.subarray(0, size);
  }

  private read(offset: number, length: number, position: number): number {
    try {
      return readSync(this.fd, this.buffer, offset, length, position);
    } catch (error) {
      throw readFailure(error, this.file);
    }
  }
}
