import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentTexts } from '../../src/io/read-csv-texts.js';

describe('RecentTexts', () => {
  it('always gives the text that was cut, whatever came before in any column', () => {
    const answer = fc.constantFrom('North East', 'North West', 'South East', 'Yes', 'yes', '', 'é😀', 'a'.repeat(40), 'a'.repeat(39) + 'b');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 3 }), answer, fc.string({ maxLength: 3 })), { maxLength: 60 }), (cuts) => {
        const recent = new RecentTexts();
        for (const [column, text, around] of cuts) {
          const line = `${around}${text}${around}`;
          expect(recent.text(column, line, around.length, around.length + text.length)).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('just cuts texts of columns past the first 1,024, so that a runaway line needs no table per cell', () => {
    const recent = new RecentTexts();
    expect(recent.text(1023, 'Yes', 0, 3)).toBe('Yes');
    expect(recent.text(1024, 'Yes', 0, 3)).toBe('Yes');
    expect(recent.remembers(1023)).toBe(true);
    expect(recent.remembers(1024)).toBe(false);
  });

  it('stops looking in a column that seldom repeats, and keeps looking in one that does', () => {
    const recent = new RecentTexts();
    const line = 'Yes,North East';
    for (let i = 0; i < 2000; i++) {
      const address = `person${i}@example.org`;
      expect(recent.text(1, address, 0, address.length)).toBe(address);
      expect(recent.text(2, line, 4, 14)).toBe('North East');
    }
    expect(recent.remembers(1)).toBe(false);
    expect(recent.remembers(2)).toBe(true);
    expect(recent.text(1, 'a@b.c', 0, 5)).toBe('a@b.c');
  });
});
