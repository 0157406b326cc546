import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deaccent, matchKey, slugify, tidy, unNeutralise, words } from '../../../src/core/normalise/text.js';

describe('matchKey', () => {
  it('ignores case, spaces, punctuation and accents', () => {
    expect(matchKey('Post-16 / FE')).toBe(matchKey('post16fe'));
    expect(matchKey('Art & design')).toBe(matchKey('Art and Design'));
    expect(matchKey('Súilleabháin')).toBe('suilleabhain');
  });
});

describe('deaccent', () => {
  it('is Unicode decomposition without combining marks, for ASCII and any other text alike', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(deaccent(text)).toBe(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('words', () => {
  it('gives lower-case words without punctuation', () => {
    expect(words('Which phase(s) do you work in?')).toBe('which phase s do you work in');
  });
});

describe('slugify', () => {
  it('makes a slug of any text', () => {
    expect(slugify('Other: Moving into SENCo role, not sure yet')).toBe('other-moving-into-senco-role-not-sure-yet');
    expect(slugify('Bournemouth, Christchurch and Poole')).toBe('bournemouth-christchurch-and-poole');
    expect(slugify('!!!')).toBe('other');
  });

  it('always gives a slug', () => {
    fc.assert(
      fc.property(fc.string(), (text) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slugify(text))),
      { numRuns: 200 },
    );
  });
});

describe('tidy', () => {
  it('trims and single-spaces', () => expect(tidy('  Jo \t  Bloggs ')).toBe('Jo Bloggs'));

  it('is trimming with runs of white space made single spaces', () => {
    const white = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'a', 'b c');
    fc.assert(
      fc.property(fc.array(white, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(tidy(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 500 },
    );
  });
});

describe('unNeutralise', () => {
  it('removes the quote the writer puts before formula-like text', () => {
    expect(unNeutralise("'=HYPERLINK(\"x\")")).toBe('=HYPERLINK("x")');
    expect(unNeutralise("'+44 7700 900123")).toBe('+44 7700 900123');
    expect(unNeutralise("'@SUM(1+1)")).toBe('@SUM(1+1)');
    expect(unNeutralise("'-5")).toBe('-5');
    expect(unNeutralise("'\tx")).toBe('\tx');
    expect(unNeutralise("' =1")).toBe(' =1');
  });

  it('leaves other text alone, including a quote that protects nothing', () => {
    expect(unNeutralise("'tis")).toBe("'tis");
    expect(unNeutralise("O'Brien")).toBe("O'Brien");
    expect(unNeutralise('=1')).toBe('=1');
  });

  it('undoes the writer exactly, stacked quotes included', () => {
    const neutralise = (t: string) => (/^[ \u00a0]*[=+\-@\t\r\n\0]/.test(t.replace(/^'+/, '')) ? `'${t}` : t);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', ' ', 'a', '\t', '1') }), (text) => {
        expect(unNeutralise(neutralise(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
