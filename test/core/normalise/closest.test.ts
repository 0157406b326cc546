import { describe, expect, it } from 'vitest';
import { closestHeaders, editDistance, similarity } from '../../../src/core/normalise/closest.js';

describe('editDistance', () => {
  it('counts single-character edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('emial', 'email')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });
});

describe('similarity', () => {
  it('is 1 when one header contains the other and falls with edits', () => {
    expect(similarity('Work email', 'email')).toBe(1);
    expect(similarity('Emial adress', 'email address')).toBeGreaterThan(0.7);
    expect(similarity('Timestamp', 'email')).toBeLessThan(0.5);
  });
});

describe('closestHeaders', () => {
  it('lists the headers most like the expected ones, best first', () => {
    const headers = ['Timestamp', 'Emial adress', 'Name', 'E-mail adres'];
    expect(closestHeaders(headers, ['email address', 'e mail address'])).toEqual(['E-mail adres', 'Emial adress']);
  });

  it('lists nothing when no header is close', () => {
    expect(closestHeaders(['Timestamp', 'Region'], ['email address'])).toEqual([]);
  });
});
