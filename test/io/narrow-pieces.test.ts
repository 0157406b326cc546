import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { narrowPieces } from '../../src/io/narrow-pieces.js';

const WIDE = /[^\0-\xff]/u;

/** A text's bytes at an odd offset of a bigger buffer, so that the four-bytes-at-a-time search starts unaligned. */
function unaligned(text: string, offset: number): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const padded = Buffer.alloc(bytes.length + offset);
  bytes.copy(padded, offset);
  return padded.subarray(offset);
}

const lines = fc
  .array(
    fc.oneof(
      fc.array(fc.constantFrom('a', 'é', ',', '"', '\r'), { maxLength: 400 }).map((parts) => parts.join('')),
      fc.array(fc.constantFrom('a', 'Ł', 'ễ', '😀', '’'), { maxLength: 20 }).map((parts) => parts.join('')),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join('\n'));

describe('narrowPieces', () => {
  it('cuts the bytes into consecutive pieces after line feeds, never two narrow pieces in a row', () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 3 }), (text, offset) => {
        const bytes = unaligned(text, offset);
        const pieces = [...narrowPieces(bytes, 0, bytes.length)];
        let at = 0;
        for (const [start, end] of pieces) {
          expect(start).toBe(at);
          expect(end).toBeGreaterThan(start);
          if (end < bytes.length) expect(bytes[end - 1]).toBe(0x0a);
          at = end;
        }
        expect(at).toBe(bytes.length);
        const wide = pieces.map(([start, end]) => WIDE.test(bytes.toString('utf8', start, end)));
        expect(wide.some((isWide, i) => !isWide && wide[i + 1] === false)).toBe(false);
        expect(pieces.map(([start, end]) => bytes.toString('utf8', start, end)).join('')).toBe(text);
      }),
    );
  });

  it('keeps long runs of lines without wide characters in pieces of their own', () => {
    const narrow = `${'Zoë Smith,zoe@example.org\n'.repeat(40)}`;
    const text = `${narrow}Łucja Nowak,lucja@example.org\n${narrow}Nguyễn Văn An,an@example.org\n${narrow}`;
    const bytes = unaligned(text, 1);
    const pieces = [...narrowPieces(bytes, 0, bytes.length)].map(([start, end]) => bytes.toString('utf8', start, end));
    expect(pieces).toEqual([narrow, 'Łucja Nowak,lucja@example.org\n', narrow, 'Nguyễn Văn An,an@example.org\n', narrow]);
    expect(pieces.filter((piece) => WIDE.test(piece))).toHaveLength(2);
  });

  it('reads only between start and end', () => {
    const bytes = Buffer.from(`Ł\n${'a'.repeat(300)}\nŁ\n`, 'utf8');
    expect([...narrowPieces(bytes, 3, 304)]).toEqual([[3, 304]]);
  });
});
