import { describe, expect, it } from 'vitest';
import { buildVocabulary, lookUp } from '../../../../src/core/normalise/vocabulary/vocabulary.js';

describe('buildVocabulary', () => {
  const vocabulary = buildVocabulary(
    { pshe: ['Personal, social, health and economic education (PSHE)'], mathematics: ['Maths'] },
    { 'Maths GCSE': 'mathematics', Sums: '' },
  );

  it('knows slugs, synonyms and overrides, ignoring case and punctuation', () => {
    expect(lookUp(vocabulary, 'PSHE')).toBe('pshe');
    expect(lookUp(vocabulary, 'personal social health and economic education pshe')).toBe('pshe');
    expect(lookUp(vocabulary, 'MATHS')).toBe('mathematics');
    expect(lookUp(vocabulary, 'maths gcse')).toBe('mathematics');
    expect(lookUp(vocabulary, 'Sums')).toBe('');
    expect(lookUp(vocabulary, 'Latin')).toBeUndefined();
  });

  it('counts the comma-separated pieces of the longest option', () => {
    expect(vocabulary.maxPieces).toBe(3);
  });
});
