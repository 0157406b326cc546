import { describe, expect, it } from 'vitest';
import { excelSheetNames } from '../../src/io/sheet-names.js';

describe('excelSheetNames', () => {
  it('removes forbidden characters and edge apostrophes, and avoids empty and reserved names', () => {
    expect(excelSheetNames(['Matches: 2026/27', "'Quoted'", '  ', 'history', '[Rejects]*?'])).toEqual([
      'Matches- 2026-27',
      'Quoted',
      'Sheet',
      'History-',
      '-Rejects---',
    ]);
  });

  it('cuts names to 31 characters without splitting an emoji, and keeps them unique', () => {
    const long = 'Mentees still waiting for a mentor in 2026';
    const names = excelSheetNames([long, long, 'Pairs', 'PAIRS', `${'x'.repeat(30)}😀`]);
    expect(names.every((name) => name.length <= 31)).toBe(true);
    expect(names[0]).toBe(long.slice(0, 31));
    expect(names[1]).toBe(`${long.slice(0, 27)} (2)`);
    expect(names.slice(2, 4)).toEqual(['Pairs', 'PAIRS (2)']);
    expect(names[4]).toBe('x'.repeat(30));
  });
});
