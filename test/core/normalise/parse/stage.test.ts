import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../../../src/core/stages.js';
import { parseStage } from '../../../../src/core/normalise/parse/stage.js';
import { buildVocabularies } from '../../../../src/core/normalise/vocabulary/build.js';

const { stage } = buildVocabularies(DEFAULT_STAGES);

describe('parseStage', () => {
  it('reads ladder labels and synonyms', () => {
    expect(parseStage('Early-career teacher', stage)).toBe('ect');
    expect(parseStage('senior-leader', stage)).toBe('senior-leader');
    expect(parseStage('ECT (year 2)', stage)).toBe('ect');
  });

  it('reads an answer that also names the side without the side', () => {
    expect(parseStage('HLTA mentor', stage)).toBe('hlta');
    expect(parseStage('Headteacher mentee', stage)).toBe('headteacher');
  });

  it('gives undefined outside the ladder', () => expect(parseStage('Lecturer in law', stage)).toBeUndefined());
});
