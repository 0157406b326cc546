import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS, limitExceeded, resolveLimits, setReadLimits } from '../../src/io/limits.js';
import { readTables } from '../../src/io/read-table.js';
import { tempFile } from './helpers.js';

afterEach(() => setReadLimits({}));

describe('read limits', () => {
  it('default to what a national scheme needs', () => {
    expect(resolveLimits()).toEqual(DEFAULT_READ_LIMITS);
    expect(DEFAULT_READ_LIMITS.maxRows).toBeGreaterThanOrEqual(100_000);
    expect(DEFAULT_READ_LIMITS.maxFileBytes).toBeGreaterThanOrEqual(100 * 1024 ** 2);
  });

  it('take the command line\'s values for the rest of the run, and a caller\'s over those', () => {
    setReadLimits({ maxRows: 5, maxColumns: undefined });
    expect(resolveLimits()).toEqual({ ...DEFAULT_READ_LIMITS, maxRows: 5 });
    expect(resolveLimits({ maxRows: 7 }).maxRows).toBe(7);
    setReadLimits({ maxCellChars: 9 });
    expect(resolveLimits()).toEqual({ ...DEFAULT_READ_LIMITS, maxCellChars: 9 });
  });

  it('ignore options that are not limits', () => {
    setReadLimits({ maxRows: 3, output: 'x.csv' } as never);
    expect(Object.keys(resolveLimits()).sort()).toEqual(Object.keys(DEFAULT_READ_LIMITS).sort());
  });

  it('apply to every read once set', async () => {
    const file = await tempFile('form.csv', 'Email,Name\na@x.example,A\nb@x.example,B\n');
    setReadLimits({ maxRows: 1 });
    await expect(readTables([file])).rejects.toThrow(/more than 1 data rows.*--max-rows/);
  });

  it('name the option that raises them', () => {
    const error = limitExceeded('maxCellChars', resolveLimits({ maxCellChars: 1000 }), { file: 'f.csv', row: 3 });
    expect(error.describe()).toBe(
      'f.csv, row 3: the input has more than 1,000 characters in one cell (the maxCellChars limit). ' +
        'If the file is what you meant to read, raise the limit with --max-cell-chars <n>.',
    );
  });
});
