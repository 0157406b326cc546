import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/io/delimiter.js';

describe('detectDelimiter', () => {
  it.each([
    ['Name,Email,Role\n', ','],
    ['Name;Email;Role\n', ';'],
    ['Name\tEmail\tRole\n', '\t'],
    ['"Which areas, if any?";Email\n', ';'],
    ['"a\tb","c;d",e\n', ','],
    ['Mentoring sign-ups 2026\nName;Email\n', ';'],
    ['"Where are\nyou; based?"\tEmail\n', '\t'],
    ['just one column\n', ','],
    ['', ','],
  ])('%j → %j', (sample, delimiter) => {
    expect(detectDelimiter(sample)).toBe(delimiter);
  });

  it('decides from the header line even when later lines disagree', () => {
    expect(detectDelimiter('Name;Notes\nAnn;a, b, c, d\n')).toBe(';');
  });
});
