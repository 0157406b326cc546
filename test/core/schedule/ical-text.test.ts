import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, foldLines, paramValue, parseContentLine, unescapeText, unfoldLines } from '../../../src/core/schedule/ical-text.js';

const octets = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks, and back', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    fc.assert(
      // Plain boolean properties: vitest's expect is slow inside fast-check runs over strings.
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const plain = s.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, '');
        return unescapeText(escapeText(s)) === plain;
      }),
      { numRuns: 300 },
    );
  });

  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    const line = `SUMMARY:${'Zoë 👩🏽‍🏫 Ōtautahi '.repeat(12)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    expect(folded).not.toContain('\uFFFD');
    expect(unfoldLines(folded)).toEqual([{ line: 1, text: line }]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const text = `X:${s.replace(/[\r\n]/g, '')}`;
        const pieces = foldLine(text).split('\r\n');
        return pieces.every((p) => octets(p) <= 75) && pieces.join('\r\n').replace(/\r\n /g, '') === text;
      }),
      { numRuns: 150 },
    );
  });

  it('leaves a line of at most 75 octets as it is, and folds a longer one, at every length around the limit', () => {
    const unit = fc.constantFrom('a', 'é', '€', '👩', ';');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 15, maxLength: 80 }), (units) => {
        const line = units.join('');
        const folded = foldLine(line);
        return octets(line) <= 75 ? folded === line : folded !== line && folded.replace(/\r\n /g, '') === line;
      }),
      { numRuns: 300 },
    );
  });

  it('escapes and folds exactly as the plain step-by-step definitions do, on any text', () => {
    // The definitions, spelt out one rule at a time: the fast versions must give the same text.
    const escapeByRules = (value: string) =>
      value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n').replace(/(?!\t)\p{Cc}/gu, '');
    const foldByCharacters = (line: string) => {
      const pieces: string[] = [];
      let current = '';
      let size = 0;
      for (const char of line) {
        const code = char.codePointAt(0) ?? 0;
        const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (size + bytes > (pieces.length === 0 ? 75 : 74)) {
          pieces.push(current);
          [current, size] = ['', 0];
        }
        current += char;
        size += bytes;
      }
      return [...pieces, current].join('\r\n ');
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => escapeText(s) === escapeByRules(s) && foldLine(s) === foldByCharacters(s)),
      { numRuns: 500 },
    );
    for (const s of ['a;b,c\\d\r\ne\rf\ng\th\u0001', `${'é'.repeat(40)}\ud83d`, `${'x'.repeat(73)}\ud83d\ude00y`]) {
      expect(escapeText(s)).toBe(escapeByRules(s));
      expect(foldLine(s)).toBe(foldByCharacters(s));
    }
  });

  it('folds a list of lines into one text exactly as folding each line and ending it with CRLF does', () => {
    const unit = fc.constantFrom('a', 'é', '漢', '😀', '\ud83d', '\ude00', ' ', ';');
    const line = fc.oneof(
      fc.array(unit, { maxLength: 90, size: 'max' }).map((units) => units.join('')),
      fc.string({ unit: 'binary', maxLength: 160, size: 'max' }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => foldLines(lines) === lines.map((l) => `${foldLine(l)}\r\n`).join('')),
      { numRuns: 500 },
    );
    expect(foldLines(['x'.repeat(80), 'short'])).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}\r\nshort\r\n`);
    expect(foldLines(['short', 'x'.repeat(80)])).toBe(`short\r\n${'x'.repeat(75)}\r\n ${'x'.repeat(5)}\r\n`);
    expect(foldLines([])).toBe('');
  });

  it('quotes parameter values when needed, caret-escaping what a parameter cannot hold', () => {
    expect(paramValue('Ana Lee')).toBe('Ana Lee');
    expect(paramValue('Lee, Ana')).toBe('"Lee, Ana"');
    expect(paramValue('Ana "Nan" Lee')).toBe("Ana ^'Nan^' Lee");
    // The definition, one rule at a time: the quick check for plain values must change nothing.
    const byRules = (value: string) => {
      const clean = value.replace(/\^/g, '^^').replace(/"/g, "^'").replace(/\r\n|\r|\n/g, '^n').replace(/\p{Cc}/gu, '');
      return /[:;,]/.test(clean) ? `"${clean}"` : clean;
    };
    const tricky = fc.constantFrom('a', ' ', '^', '"', '\r', '\n', ':', ';', ',', '\u0000', '\u001f', '\u007f', '\u009f', '\u00a0', 'é');
    const value = fc.oneof(fc.array(tricky, { maxLength: 8 }).map((units) => units.join('')), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(fc.property(value, (s) => paramValue(s) === byRules(s)), { numRuns: 500 });
  });

  it('parses content lines with quoted parameters', () => {
    expect(parseContentLine('attendee;CN="Lee: Ana";ROLE=CHAIR:mailto:ana@example.org')).toEqual({
      name: 'ATTENDEE',
      params: { CN: 'Lee: Ana', ROLE: 'CHAIR' },
      value: 'mailto:ana@example.org',
    });
    expect(parseContentLine('no colon here')).toBeUndefined();
  });
});
