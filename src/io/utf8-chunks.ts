const LF = 0x0a;
/** Bytes per chunk: enough that each write is worth its call. A first chunk is smaller, for the many small files. */
const CHUNK_BYTES = 1 << 20;
const FIRST_CHUNK_BYTES = 1 << 16;
/** A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair's two take 4). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Texts as UTF-8 in new buffers of up to about a megabyte (each text followed by a line feed with `lineFeeds`). Each
 * text is encoded where it lies rather than joined to the others first: a joined string is stored two bytes a
 * character as soon as one text holds a character above U+00FF (`Ł`, `ễ`), and joining and encoding that took
 * twice as long as this.
 */
export function* utf8Chunks(texts: Iterable<string>, { lineFeeds = false } = {}): Generator<Buffer> {
  const extra = lineFeeds ? 1 : 0;
  let size = FIRST_CHUNK_BYTES;
  let chunk = Buffer.allocUnsafe(size);
  let at = 0;
  for (const text of texts) {
    const room = text.length * MAX_BYTES_PER_UNIT + extra;
    if (room > chunk.length - at) {
      if (at > 0) yield chunk.subarray(0, at);
      size = Math.min(size * 2, CHUNK_BYTES);
      chunk = Buffer.allocUnsafe(Math.max(size, room));
      at = 0;
    }
    at += chunk.write(text, at);
    if (lineFeeds) chunk[at++] = LF;
  }
  if (at > 0) yield chunk.subarray(0, at);
}
