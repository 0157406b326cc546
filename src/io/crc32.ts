import { Transform } from 'node:stream';
import * as zlib from 'node:zlib';

/** The CRC-32 table (polynomial 0xEDB88320) that zip uses to check each part's content. */
const TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The same CRC-32, one byte at a time: for Node 20 releases before 20.15, which lack `zlib.crc32`. */
export function tableCrc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  for (const byte of bytes) crc = (TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return ~crc >>> 0;
}

// zlib's own CRC-32 is many times faster than the table on the megabytes of a worksheet.
const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** Continues a CRC-32 over more bytes (start with 0). */
export const crc32: (bytes: Uint8Array, previous?: number) => number = native ?? tableCrc32;

/** Passes bytes through and fails at the end when their CRC-32 is not `expected` (a damaged part). */
export function crc32Check(expected: number, what: string): Transform {
  let crc = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      crc = crc32(chunk, crc);
      callback(null, chunk);
    },
    flush(callback) {
      callback(crc === expected ? null : new Error(`the content of ${what} is damaged (checksum mismatch)`));
    },
  });
}
