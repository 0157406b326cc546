import fc from 'fast-check';
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

  it('names as counting every suffix up from 2 would, and gives thousands of alike headers at once', () => {
    const countingUp = (headers: string[]) => {
      const taken = new Set(headers.map((h) => h.toLowerCase()));
      const used = new Set<string>();
      return headers.map((header) => {
        let [name, n] = [header, 2];
        while (used.has(name.toLowerCase())) {
          name = `${header} (${n++})`;
          if (taken.has(name.toLowerCase())) name = header;
        }
        used.add(name.toLowerCase());
        return name;
      });
    };
    const header = fc.constantFrom('Q', 'q', 'Q (2)', 'Q (3)', 'q (2) (2)', 'Name', 'Q (2) (2)');
    fc.assert(fc.property(fc.array(header, { maxLength: 12 }), (headers) => {
      expect(uniqueHeaders(headers)).toEqual(countingUp(headers));
    }));
    const many = uniqueHeaders(Array.from({ length: 20_000 }, () => 'x'));
    expect(new Set(many).size).toBe(20_000);
    expect(many.at(-1)).toBe('x (20000)');
  });
});
