import { isUtf8 } from 'node:buffer';
import { asTextBytes, type TextBytes } from './text-bytes.js';
import { decodeWindows1252 } from './windows-1252.js';

/** The text encodings that spreadsheet programs save CSV files in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** An input's encoding and the length of its byte-order mark (skipped when decoding): UTF-8 without one is valid UTF-8. */
export interface DetectedEncoding {
  encoding: TextEncoding;
  bomLength: number;
}

const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((b, i) => bytes[i] === b);

/** Bytes decoded at a time unless a caller says otherwise. */
const DEFAULT_SLICE_BYTES = 8 << 20;
/** Bytes checked at a time for valid UTF-8 (a file's are read into one buffer this size, see TextBytes). */
const CHECK_SLICE_BYTES = 1 << 20;
/** A UTF-8 character's first byte is at most this far back from a slice's end, or its last this far ahead. */
const CHARACTER_BYTES = 4;

/**
 * UTF-8 (with or without BOM) and UTF-16 LE/BE by their BOM; otherwise UTF-8 when the bytes are valid UTF-8
 * and Windows-1252 (Excel's "CSV" on Windows) when they are not.
 */
export function detectEncoding(input: Uint8Array | TextBytes): DetectedEncoding {
  const bytes = asTextBytes(input);
  const head = bytes.slice(0, 3);
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bomLength: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isValidUtf8(bytes, 0) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/** How `decodeChunks` and `utf8TextSlices` cut the text. */
export interface DecodeOptions {
  /** Bytes per slice (default 8 MB). */
  sliceBytes?: number;
  /** Told how many bytes are done each time the text of a slice has been taken and the next is asked for. */
  onDone?: (bytes: number) => void;
}

/** Decodes in slices so a file of hundreds of megabytes never becomes one giant string (nor one giant buffer). */
export function* decodeChunks(input: Uint8Array | TextBytes, detected: DetectedEncoding, options: DecodeOptions = {}): Generator<string> {
  // No slice is empty: a byte slice holds at least a character, and decoded text is given only when there is some.
  for (const slice of textSlices(input, detected, options)) yield typeof slice === 'string' ? slice : slice.toString('utf8');
}

/**
 * The text as UTF-8 in slices, for a reader of bytes: valid UTF-8 as it is, each slice a view valid until the next is
 * asked for (a file's share one buffer); text in any other encoding decoded and encoded again.
 */
export function* utf8TextSlices(input: Uint8Array | TextBytes, detected: DetectedEncoding, options: DecodeOptions = {}): Generator<Buffer> {
  for (const slice of textSlices(input, detected, options)) yield typeof slice === 'string' ? Buffer.from(slice, 'utf8') : slice;
}

/**
 * The text in slices: valid UTF-8 as byte slices cut before a character's first byte (for `Buffer#toString`, about
 * twice as fast as a streaming TextDecoder, which has to carry a character cut in two from one slice to the next),
 * any other encoding as decoded text.
 */
function* textSlices(input: Uint8Array | TextBytes, detected: DetectedEncoding, options: DecodeOptions): Generator<Buffer | string> {
  const bytes = asTextBytes(input);
  const { sliceBytes = DEFAULT_SLICE_BYTES, onDone } = options;
  // UTF-8 without a BOM is detected only once the whole input is found valid: checking again cost 30 ms a 35 MB file.
  if (detected.encoding === 'utf-8' && (detected.bomLength === 0 || isValidUtf8(bytes, detected.bomLength))) {
    let done = detected.bomLength;
    for (const slice of utf8Slices(bytes, detected.bomLength, sliceBytes)) {
      yield slice;
      done += slice.length;
      onDone?.(done);
    }
    return;
  }
  const decode = sliceDecoder(detected.encoding);
  for (let start = detected.bomLength; start < bytes.length; start += sliceBytes) {
    const end = Math.min(start + sliceBytes, bytes.length);
    const text = decode(bytes.slice(start, end), end === bytes.length);
    if (text) yield text;
    onDone?.(end);
  }
}

/** Whether the bytes from `from` on are valid UTF-8, a slice at a time: no character spans two slices. */
function isValidUtf8(bytes: TextBytes, from: number): boolean {
  for (const slice of utf8Slices(bytes, from, CHECK_SLICE_BYTES)) if (!isUtf8(slice)) return false;
  return true;
}

/**
 * The bytes from `from` on in consecutive slices of about `sliceBytes`, each cut before a character's first byte
 * (each a view valid until the next is asked for). Any invalid sequence stays within one slice, so the slices are
 * all valid exactly when the whole is.
 */
function* utf8Slices(bytes: TextBytes, from: number, sliceBytes: number): Generator<Buffer> {
  for (let start = from; start < bytes.length; ) {
    const window = bytes.slice(start, start + sliceBytes + CHARACTER_BYTES);
    let end = Math.min(sliceBytes, window.length);
    while (end > 0 && end < window.length && isContinuationByte(window[end] ?? 0)) end--;
    // A slice shorter than the character at its start takes the whole character.
    if (end === 0) for (end = 1; end < window.length && isContinuationByte(window[end] ?? 0); ) end++;
    yield window.subarray(0, end);
    start += end;
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
