import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Chunks } from '../../src/io/utf8-chunks.js';

const utf8Lines = (lines: string[]) => utf8Chunks(lines, { lineFeeds: true });

describe('utf8Chunks', () => {
  it('gives the bytes of the lines joined, each followed by a line feed', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 50 }), (lines) => {
        const expected = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
        expect(Buffer.concat([...utf8Lines(lines)]).equals(expected)).toBe(true);
      }),
    );
  });

  it('starts a new chunk of about a megabyte when a line does not fit, and never reuses one', () => {
    const line = 'Ł'.repeat(100_000);
    const chunks = [...utf8Lines(Array.from({ length: 10 }, () => line))];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= 1 << 20)).toBe(true);
    expect(new Set(chunks.map((chunk) => chunk.buffer)).size).toBe(chunks.length);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`${line}\n`.repeat(10));
  });

  it('starts a chunk big enough for a line longer than a megabyte', () => {
    const long = 'x'.repeat(2 << 20);
    const chunks = [...utf8Lines(['a', long, 'b'])];
    expect(chunks.map((chunk) => chunk.length)).toEqual([2, long.length + 3]);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`a\n${long}\nb\n`);
  });

  it('gives nothing for no texts', () => {
    expect([...utf8Lines([])]).toEqual([]);
    expect([...utf8Chunks(['', ''])]).toEqual([]);
  });

  it('adds nothing between texts without lineFeeds', () => {
    expect(Buffer.concat([...utf8Chunks(['<row>', 'Łucja', '</row>'])]).toString('utf8')).toBe('<row>Łucja</row>');
  });
});
