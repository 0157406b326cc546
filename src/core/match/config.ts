import type { MatchConfig } from './config-schema.js';

export type { MatchConfig } from './config-schema.js';

/** The six score criteria, in the order sheets show them. */
export const CRITERIA = ['phase', 'subjects', 'focus', 'availability', 'region', 'stage'] as const;

/** One score criterion. */
export type Criterion = (typeof CRITERIA)[number];

/**
 * The config used when a scheme sets nothing: what `matchConfigSchema` makes of `{}` (a test holds them equal).
 * Spelt out so that a run with nothing to validate does not load zod, a tenth of a small run's time.
 */
export const DEFAULT_MATCH_CONFIG: MatchConfig = {
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
