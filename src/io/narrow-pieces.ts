const LF = 0x0a;
/** UTF-8 lead bytes from this one up begin characters above U+00FF (`ễ`, `Ł`, `’`, emoji). */
const WIDE_LEAD = 0xc4;
/** Any byte of a character above U+007F has its top bit set: four ASCII bytes at a time are passed over. */
const HIGH_BITS = 0x80808080;
/** Lines between two wide ones are a piece of their own only when at least this long: each piece has a cost. */
const MIN_NARROW_BYTES = 256;

/**
 * Cuts `bytes[start, end)` of valid UTF-8 into consecutive pieces, after line feeds, so that lines holding a
 * character above U+00FF are in pieces of their own. V8 keeps a string one byte a character only when every
 * character fits, and every cell cut from a decoded slice shares its width: one `Ł` would otherwise double the
 * size of a megabyte of answers, and the time to read and write them.
 */
export function* narrowPieces(bytes: Uint8Array, start: number, end: number): Generator<[number, number]> {
  let from = start;
  let wide = nextWide(bytes, start, end);
  while (wide >= 0) {
    const lineStart = from + bytes.subarray(from, wide).lastIndexOf(LF) + 1;
    // Narrow lines too short to be worth a piece of their own go with the wide ones.
    const pieceStart = lineStart - from >= MIN_NARROW_BYTES ? lineStart : from;
    if (pieceStart > from) yield [from, pieceStart];
    let lineEnd = lineEndAfter(bytes, wide, end);
    wide = nextWide(bytes, lineEnd, end);
    while (wide >= 0 && wide < lineEnd + MIN_NARROW_BYTES) {
      lineEnd = lineEndAfter(bytes, wide, end);
      wide = nextWide(bytes, lineEnd, end);
    }
    yield [pieceStart, lineEnd];
    from = lineEnd;
  }
  if (from < end) yield [from, end];
}

/** The index after the line feed that ends the line holding `at` (or `end`). */
function lineEndAfter(bytes: Uint8Array, at: number, end: number): number {
  const lineFeed = bytes.subarray(at, end).indexOf(LF);
  return lineFeed < 0 ? end : at + lineFeed + 1;
}

/** The index of the next lead byte of a character above U+00FF in `bytes[from, end)`, or -1. */
function nextWide(bytes: Uint8Array, from: number, end: number): number {
  let at = from;
  while (at < end && (bytes.byteOffset + at) % 4 !== 0) {
    if ((bytes[at] ?? 0) >= WIDE_LEAD) return at;
    at++;
  }
  if (at >= end) return -1;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + at, (end - at) >> 2);
  for (let word = 0; word < words.length; word++) {
    if (((words[word] ?? 0) & HIGH_BITS) === 0) continue;
    for (let byte = at + word * 4; byte < at + word * 4 + 4; byte++) if ((bytes[byte] ?? 0) >= WIDE_LEAD) return byte;
  }
  for (let byte = at + words.length * 4; byte < end; byte++) if ((bytes[byte] ?? 0) >= WIDE_LEAD) return byte;
  return -1;
}
