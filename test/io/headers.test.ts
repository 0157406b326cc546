import { describe, expect, it } from 'vitest';
import { cleanHeader, uniqueHeaders } from '../../src/io/headers.js';

describe('cleanHeader', () => {
  it('trims and collapses spaces, line breaks and non-breaking spaces', () => {
    expect(cleanHeader('  When are\r\n you\u00a0\u00a0free?  ')).toBe('When are you free?');
    expect(cleanHeader('\ufeffTimestamp')).toBe('Timestamp');
  });
});

describe('uniqueHeaders', () => {
  it('numbers repeats, ignoring case, without taking a name another column has', () => {
    expect(uniqueHeaders(['Question', 'Question', 'question'])).toEqual(['Question', 'Question (2)', 'question (3)']);
    expect(uniqueHeaders(['Q', 'Q', 'Q (2)'])).toEqual(['Q', 'Q (3)', 'Q (2)']);
    expect(uniqueHeaders(['Email', 'Name'])).toEqual(['Email', 'Name']);
  });
});
