import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey, slugify, tidy, unNeutralise, words } from '../../../src/core/normalise/text.js';

describe('matchKey', () => {
  it('ignores case, spaces, punctuation and accents', () => {
    expect(matchKey('Post-16 / FE')).toBe(matchKey('post16fe'));
    expect(matchKey('Art & design')).toBe(matchKey('Art and Design'));
    expect(matchKey('Súilleabháin')).toBe('suilleabhain');
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
