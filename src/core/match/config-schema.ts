import { z } from 'zod';

const weight = (fallback: number) =>
  z.number('expected a number').min(0, 'expected a weight of 0 or more').default(fallback);

const weightsSchema = z
  .strictObject({
    phase: weight(25),
    subjects: weight(20),
    focus: weight(20),
    availability: weight(15),
    region: weight(10),
    stage: weight(10),
  })
  .refine((w) => Object.values(w).some((v) => v > 0), 'expected at least one weight above 0');

const stageGapSchema = z
  .strictObject({
    min: z.number('expected a number of stages').default(1),
    max: z.number('expected a number of stages').default(2),
  })
  .refine((gap) => gap.min <= gap.max, 'expected min to be no more than max');

const rulesSchema = z.strictObject({
  /** forbid: never pair people from one organisation; prefer: allowed, and counted as the same place in `region`. */
  sameOrganisation: z.enum(['forbid', 'allow', 'prefer']).default('forbid'),
  /** The mentor's stage rank must exceed the mentee's by at least this; 0 switches the rule off. */
  minStageGap: z.number('expected a number of stages').int('expected a whole number of stages').min(0, 'expected 0 (off) or more').default(1),
  phase: z.enum(['shared', 'off']).default('shared'),
  /** When either meets only in person: the other can meet in person too, in the same region. */
  inPersonSameRegion: z.boolean('expected true or false').default(true),
  availability: z.enum(['required', 'scored']).default('scored'),
  consent: z.boolean('expected true or false').default(true),
});

/** The `match` section of a scheme's config: rules, weights and objective; every key optional. */
export const matchConfigSchema = z.strictObject({
  weights: weightsSchema.prefault({}),
  /** Stage gaps (mentor rank − mentee rank) that score 1 on the stage criterion. */
  idealStageGap: stageGapSchema.prefault({}),
  rules: rulesSchema.prefault({}),
  objective: z.enum(['most-matched', 'best-scores']).default('most-matched'),
  /** Pairs scoring below this (0–100) are never made. */
  minScore: z.number('expected a score').min(0, 'expected 0–100').max(100, 'expected 0–100').default(0),
  algorithm: z.enum(['optimal', 'stable']).default('optimal'),
  /** Next-best mentors listed per mentee. */
  alternatives: z.int('expected a whole number').min(0, 'expected 0 or more').max(50, 'expected 50 or fewer').default(3),
});

/** A validated match config with every default filled in. */
export type MatchConfig = z.output<typeof matchConfigSchema>;
