import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../../../src/core/stages.js';
import { parseRole } from '../../../../src/core/normalise/parse/role.js';
import { buildVocabularies } from '../../../../src/core/normalise/vocabulary/build.js';

const { role } = buildVocabularies(DEFAULT_STAGES);

describe('parseRole', () => {
  it.each([
    ["Mentor - I'd like to support someone", 'mentor'],
    ["Mentee - I'd like some support", 'mentee'],
    ["Both - I'd like a mentor and I can mentor someone", 'both'],
    ['mentor', 'mentor'],
    ['MENTEE', 'mentee'],
    ['both', 'both'],
    ['HLTA mentor', 'mentor'],
    ['TA working towards HLTA', 'mentee'],
    ["I'd like a mentor", 'mentee'],
    ['Mentor and mentee', 'both'],
  ])('%s → %s', (text, expected) => expect(parseRole(text, role)).toBe(expected));

  it('reads a mapping file’s meanings, including none', () => {
    const mapped = buildVocabularies(DEFAULT_STAGES, {}, { role: { yes: 'both', no: '' } }).role;
    expect(parseRole('Yes', mapped)).toBe('both');
    expect(parseRole('no', mapped)).toBe('');
  });

  it('gives undefined for an answer naming no side', () => {
    expect(parseRole('yes', role)).toBeUndefined();
    expect(parseRole('Classroom teacher', role)).toBeUndefined();
    const prose = 'My name is mentor 000. I am a EO. I am in the Department of Truth, in the DDaT profession. My characteristics is/are Gay.';
    expect(parseRole(prose, role)).toBeUndefined();
  });
});
