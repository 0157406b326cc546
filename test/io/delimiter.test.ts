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

  it('is not misled by a title line with another separator in it', () => {
    expect(detectDelimiter('Sign-ups, 2020\nEmail;Name;Role\na@x.example;Ann;Mentor\n')).toBe(';');
    expect(detectDelimiter('Mentoring; spring term\nEmail,Name\na@x.example,Ann\n')).toBe(',');
  });

  it('goes by the header when both are on every line (a comma in a header of a semicolon export)', () => {
    expect(detectDelimiter('Which areas, if any?;Email;Name\nMaths, physics, art, music;a@x.example;Ann\n')).toBe(';');
  });
});
