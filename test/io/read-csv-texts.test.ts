import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentTexts } from '../../src/io/read-csv-texts.js';

describe('RecentTexts', () => {
  it('always gives the text that was cut, whatever came before in any column', () => {
    // Ã© is é's two bytes read as Windows-1252: the same character codes as é's bytes, another text.
    const answer = fc.constantFrom('North East', 'North West', 'South East', 'Yes', 'yes', '', 'é😀', 'é', 'Ã©', 'a'.repeat(40), 'a'.repeat(39) + 'b');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 3 }), answer, fc.string({ maxLength: 3 })), { maxLength: 60 }), (cuts) => {
        const recent = new RecentTexts();
        for (const [column, text, around] of cuts) {
          const line = Buffer.from(`${around}${text}${around}`, 'utf8');
          const start = Buffer.byteLength(around);
          expect(recent.text(column, line, start, start + Buffer.byteLength(text))).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never takes the bytes of one text for another whose character codes they are (only ASCII is remembered)', () => {
    // "Ã©1" and "é1" as bytes: C3 83 C2 A9 31, and C3 A9 31, the character codes of "Ã©1". Among 20,000 such pairs
    // some share a slot; remembered, the first would be given for the second.
    for (let i = 0; i < 20_000; i++) {
      const recent = new RecentTexts();
      const looksAlike = `Ã©${i}`;
      const bytes = Buffer.from(looksAlike, 'latin1');
      expect(recent.text(0, Buffer.from(looksAlike, 'utf8'), 0, Buffer.byteLength(looksAlike))).toBe(looksAlike);
      expect(recent.text(0, bytes, 0, bytes.length)).toBe(`é${i}`);
    }
  });

  it('just cuts texts of columns past the first 1,024, so that a runaway line needs no table per cell', () => {
    const recent = new RecentTexts();
    expect(recent.text(1023, Buffer.from('Yes'), 0, 3)).toBe('Yes');
    expect(recent.text(1024, Buffer.from('Yes'), 0, 3)).toBe('Yes');
    expect(recent.remembers(1023)).toBe(true);
    expect(recent.remembers(1024)).toBe(false);
  });

  it('stops looking in a column that seldom repeats, and keeps looking in one that does', () => {
    const recent = new RecentTexts();
    const line = Buffer.from('Yes,North East');
    for (let i = 0; i < 2000; i++) {
      const address = `person${i}@example.org`;
      expect(recent.text(1, Buffer.from(address), 0, address.length)).toBe(address);
      expect(recent.text(2, line, 4, 14)).toBe('North East');
    }
    expect(recent.remembers(1)).toBe(false);
    expect(recent.remembers(2)).toBe(true);
    expect(recent.text(1, Buffer.from('a@b.c'), 0, 5)).toBe('a@b.c');
  });
});
