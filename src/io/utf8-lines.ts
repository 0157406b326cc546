const LF = 0x0a;
/** Bytes per chunk: enough that each write is worth its call. */
const CHUNK_BYTES = 1 << 20;
/** A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair's two take 4). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Lines as UTF-8, each followed by LF, in new buffers of about a megabyte. Each line is encoded where it lies
 * rather than joined to the others first: a joined string is stored two bytes a character as soon as one line
 * holds a character above U+00FF (`Ł`, `ễ`), and joining and encoding that took twice as long as this.
 */
export function* utf8Lines(lines: Iterable<string>): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let at = 0;
  for (const line of lines) {
    const room = line.length * MAX_BYTES_PER_UNIT + 1;
    if (room > chunk.length - at) {
      if (at > 0) yield chunk.subarray(0, at);
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, room));
      at = 0;
    }
    at += chunk.write(line, at);
    chunk[at++] = LF;
  }
  if (at > 0) yield chunk.subarray(0, at);
}
