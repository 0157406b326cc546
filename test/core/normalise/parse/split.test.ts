import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { otherText, splitAnswers } from '../../../../src/core/normalise/parse/split.js';
import { SUBJECTS } from '../../../../src/core/normalise/vocabulary/subjects.js';
import { buildVocabulary } from '../../../../src/core/normalise/vocabulary/vocabulary.js';

const subjects = buildVocabulary(SUBJECTS);
const PSHE = 'Personal, social, health and economic education (PSHE)';

describe('splitAnswers', () => {
  it('splits Google Sheets’ ", " against the known options, keeping an option with commas whole', () => {
    expect(splitAnswers(`Computing, Music, ${PSHE}`, subjects)).toEqual(['Computing', 'Music', PSHE]);
    expect(splitAnswers(`${PSHE}, History`, subjects)).toEqual([PSHE, 'History']);
  });

  it('splits Microsoft Forms’ and the Forms download’s ";", trailing one included', () => {
    expect(splitAnswers('Planning and expectations;Monitoring and assessment;', subjects)).toEqual([
      'Planning and expectations',
      'Monitoring and assessment',
    ]);
  });

  it('keeps an "Other: …" answer whole, commas and all', () => {
    expect(splitAnswers('Assessment, Research, Other: Moving into SENCo role, not sure yet', subjects)).toEqual([
      'Assessment',
      'Research',
      'Other: Moving into SENCo role, not sure yet',
    ]);
    expect(otherText('Other: EAL learners')).toBe('EAL learners');
    expect(otherText('Otherwise fine')).toBeUndefined();
  });

  it('gives nothing for a blank cell', () => expect(splitAnswers('  ', subjects)).toEqual([]));

  it('gives back any selection of known options joined the Google way', () => {
    const options = Object.values(SUBJECTS).flat();
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...options), { maxLength: 6 }), (chosen) => {
        expect(splitAnswers(chosen.join(', '), subjects)).toEqual(chosen);
      }),
      { numRuns: 300 },
    );
  });
});
