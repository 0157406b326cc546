import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_CONFIG } from '../../../src/core/match/config.js';
import { matchConfigSchema } from '../../../src/core/match/config-schema.js';

describe('matchConfigSchema', () => {
  it('fills every default from an empty section, as DEFAULT_MATCH_CONFIG spells them out', () => {
    const defaults = {
      weights: { phase: 25, subjects: 20, focus: 20, availability: 15, region: 10, stage: 10 },
      idealStageGap: { min: 1, max: 2 },
      rules: {
        sameOrganisation: 'forbid',
        minStageGap: 1,
        phase: 'shared',
        inPersonSameRegion: true,
        availability: 'scored',
        consent: true,
      },
      objective: 'most-matched',
      minScore: 0,
      algorithm: 'optimal',
      alternatives: 3,
    };
    expect(matchConfigSchema.parse({})).toEqual(defaults);
    expect(DEFAULT_MATCH_CONFIG).toEqual(defaults);
  });

  it('keeps the defaults of a section it was given only part of', () => {
    const parsed = matchConfigSchema.parse({ weights: { region: 0 }, rules: { phase: 'off' } });
    expect(parsed.weights).toEqual({ phase: 25, subjects: 20, focus: 20, availability: 15, region: 0, stage: 10 });
    expect(parsed.rules.phase).toBe('off');
    expect(parsed.rules.minStageGap).toBe(1);
  });

  it.each([
    [{ colour: 'red' }, 'Unrecognized key'],
    [{ rules: { sameSchool: 'forbid' } }, 'Unrecognized key'],
    [{ weights: { phase: -1 } }, 'expected a weight of 0 or more'],
    [{ weights: { phase: 0, subjects: 0, focus: 0, availability: 0, region: 0, stage: 0 } }, 'at least one weight above 0'],
    [{ idealStageGap: { min: 3, max: 1 } }, 'min to be no more than max'],
    [{ rules: { minStageGap: -1 } }, 'expected 0 (off) or more'],
    [{ rules: { minStageGap: 1.5 } }, 'expected a whole number of stages'],
    [{ rules: { sameOrganisation: 'never' } }, 'forbid'],
    [{ minScore: 120 }, 'expected 0–100'],
    [{ alternatives: 1.5 }, 'expected a whole number'],
    [{ objective: 'fairest' }, 'most-matched'],
  ])('refuses %j', (input, message) => {
    const parsed = matchConfigSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join(' | ')).toContain(message);
  });
});
