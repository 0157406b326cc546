import { describe, expect, it } from 'vitest';
import { findHeaderRow, isBlankRow } from '../../src/io/header-row.js';

describe('findHeaderRow', () => {
  it('skips a title and notes above the header', () => {
    const rows = [['Mentoring sign-ups 2026'], [], ['Name', 'Email', 'Role', 'Phase'], ['Ann', 'a@x', '', '']];
    expect(findHeaderRow(rows)).toBe(2);
  });

  it('takes the first row when it is the header, even with sparse data below', () => {
    expect(findHeaderRow([['Name', 'Email'], ['Ann', '']])).toBe(0);
  });

  it('needs two cells for a two-column table, one for a one-column list', () => {
    expect(findHeaderRow([['Sign-ups'], ['Name', 'Email']])).toBe(1);
    expect(findHeaderRow([['Email'], ['a@x']])).toBe(0);
  });

  it('finds none in blank rows', () => {
    expect(findHeaderRow([[], [' ', '']])).toBe(-1);
  });
});

describe('isBlankRow', () => {
  it('treats whitespace-only cells as blank', () => {
    expect(isBlankRow([' ', '\u00a0', ''])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });
});
