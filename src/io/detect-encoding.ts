import { isUtf8 } from 'node:buffer';
import { narrowPieces } from './narrow-pieces.js';
import { decodeWindows1252 } from './windows-1252.js';

/** The text encodings that spreadsheet programs save CSV files in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** An input's encoding and the length of its byte-order mark (skipped when decoding). */
export interface DetectedEncoding {
  encoding: TextEncoding;
  bomLength: number;
}

const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);

/**
 * UTF-8 (with or without BOM) and UTF-16 LE/BE by their BOM; otherwise UTF-8 when the bytes are valid UTF-8
 * and Windows-1252 (Excel's "CSV" on Windows) when they are not.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/** How `decodeChunks` cuts the text. */
export interface DecodeOptions {
  /** Bytes per slice (default 8 MB). */
  sliceBytes?: number;
  /** Told how many bytes are done each time the text of a slice has been taken and the next is asked for. */
  onDone?: (bytes: number) => void;
  /**
   * Valid UTF-8 after the first slice comes in pieces cut after line feeds, the lines holding a character above
   * U+00FF apart (see `narrowPieces`), for a reader that keeps cells of the text.
   */
  narrow?: boolean;
}

/** Decodes in slices so a file of hundreds of megabytes never becomes one giant string. */
export function* decodeChunks(bytes: Uint8Array, detected: DetectedEncoding, options: DecodeOptions = {}): Generator<string> {
  const { sliceBytes = 8 << 20, onDone, narrow = false } = options;
  if (detected.encoding === 'utf-8' && isUtf8(bytes.subarray(detected.bomLength))) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yield* validUtf8Chunks(buffer, detected.bomLength, sliceBytes, narrow, onDone);
    return;
  }
  const decode = sliceDecoder(detected.encoding);
  for (let start = detected.bomLength; start < bytes.length; start += sliceBytes) {
    const end = Math.min(start + sliceBytes, bytes.length);
    const text = decode(bytes.subarray(start, end), end === bytes.length);
    if (text) yield text;
    onDone?.(end);
  }
}

/**
 * Valid UTF-8 in slices cut before a character's first byte, decoded by `Buffer#toString`: about twice as fast
 * as a streaming TextDecoder, which has to carry a character cut in two from one slice to the next.
 */
function* validUtf8Chunks(
  bytes: Buffer,
  from: number,
  sliceBytes: number,
  narrow: boolean,
  onDone?: (bytes: number) => void,
): Generator<string> {
  for (let start = from; start < bytes.length; ) {
    let end = Math.min(start + sliceBytes, bytes.length);
    while (end > start && end < bytes.length && isContinuationByte(bytes[end] ?? 0)) end--;
    // A slice shorter than the character at its start takes the whole character.
    if (end === start) for (end = start + 1; end < bytes.length && isContinuationByte(bytes[end] ?? 0); ) end++;
    if (narrow && start !== from) {
      for (const [pieceStart, pieceEnd] of narrowPieces(bytes, start, end)) yield bytes.toString('utf8', pieceStart, pieceEnd);
    } else {
      const text = bytes.toString('utf8', start, end);
      if (text) yield text;
    }
    onDone?.(end);
    start = end;
  }
}

/** A byte inside a UTF-8 character, not its first (10xxxxxx). */
const isContinuationByte = (byte: number): boolean => (byte & 0xc0) === 0x80;

/** A decoder for consecutive slices (a character may straddle two slices in UTF-8 and UTF-16). */
function sliceDecoder(encoding: TextEncoding): (slice: Uint8Array, last: boolean) => string {
  if (encoding === 'windows-1252') return decodeWindows1252;
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return (slice, last) => decoder.decode(slice, { stream: !last });
}

/** Decodes the whole input to one string (for JSON and for small samples). */
export function decodeAll(bytes: Uint8Array): string {
  return [...decodeChunks(bytes, detectEncoding(bytes))].join('');
}
