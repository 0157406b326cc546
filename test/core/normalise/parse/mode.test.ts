import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../../../src/core/stages.js';
import { parseMode } from '../../../../src/core/normalise/parse/mode.js';
import { buildVocabularies } from '../../../../src/core/normalise/vocabulary/build.js';

const { mode } = buildVocabularies(DEFAULT_STAGES);

describe('parseMode', () => {
  it.each([
    ['Online (video call)', 'online'],
    ['In person', 'in-person'],
    ['Either is fine', 'either'],
    ['Phone', 'online'],
    ['Visit', 'in-person'],
    ['Online;In person;', 'either'],
    ['Phone;Email;', 'online'],
    ['Teams call', 'online'],
    ['Face to face at my school', 'in-person'],
  ])('%s → %s', (text, expected) => expect(parseMode(text, mode)).toBe(expected));

  it('gives undefined when it cannot tell', () => {
    expect(parseMode('whatever suits', mode)).toBeUndefined();
    expect(parseMode('Online;carrier pigeon', mode)).toBeUndefined();
  });
});
