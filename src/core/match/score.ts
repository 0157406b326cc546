import { CRITERIA, type MatchConfig } from './config.js';
import type { Roster } from './roster.js';
import { hasValue, sharedCount } from './sets.js';

/** Shared free slots that make availability a full match (more room for the rota). */
export const SLOTS_FOR_FULL_SCORE = 3;

/** What scoring reads: the roster, weights in CRITERIA order, and the ideal stage gap. */
export interface ScoreContext {
  roster: Roster;
  weights: Float64Array;
  weightSum: number;
  idealGap: { min: number; max: number };
  /** sameOrganisation 'prefer': one organisation counts as the same place in `region`. */
  sameOrganisationIsLocal: boolean;
  scratch: Float64Array;
}

/** The scoring context for a config. */
export function scoreContext(roster: Roster, config: MatchConfig): ScoreContext {
  const weights = Float64Array.from(CRITERIA, (c) => config.weights[c]);
  return {
    roster,
    weights,
    weightSum: weights.reduce((a, b) => a + b, 0),
    idealGap: config.idealStageGap,
    sameOrganisationIsLocal: config.rules.sameOrganisation === 'prefer',
    scratch: new Float64Array(CRITERIA.length),
  };
}

/**
 * Each criterion in [0, 1], in CRITERIA order, for mentor person `m` and mentee person `e`:
 * phase 1 for a phase both named, ½ when shared only through `all-through`;
 * subjects and focus: the share of the mentee's values the mentor has (0 when the mentee gave none);
 * availability: common slots / 3, at most 1; region: 1 for the same region (or, with
 * sameOrganisation 'prefer', the same organisation); stage: 1 inside the ideal gap, ¼ less per
 * stage above it, ½ less per stage below it. Anything unknown scores 0.
 */
export function criterionScores(
  ctx: ScoreContext,
  m: number,
  e: number,
  out: Float64Array = new Float64Array(CRITERIA.length),
): Float64Array {
  const { roster } = ctx;
  out[0] = phaseScore(roster, m, e);
  out[1] = coverage(roster.subjects.count[e]!, sharedCount(roster.subjects, m, e));
  out[2] = coverage(roster.focus.count[e]!, sharedCount(roster.focus, m, e));
  out[3] = Math.min(sharedCount(roster.slots, m, e), SLOTS_FOR_FULL_SCORE) / SLOTS_FOR_FULL_SCORE;
  const sameRegion = roster.region[m]! >= 0 && roster.region[m] === roster.region[e];
  const sameOrganisation = roster.organisation[m]! >= 0 && roster.organisation[m] === roster.organisation[e];
  out[4] = sameRegion || (ctx.sameOrganisationIsLocal && sameOrganisation) ? 1 : 0;
  out[5] = stageScore(roster.rank[m]! - roster.rank[e]!, ctx.idealGap);
  return out;
}

/** The weighted score in tenths of a point (0–1000): round(1000 × Σ w·s / Σ w). */
export function weightedTenths(ctx: ScoreContext, parts: Float64Array): number {
  let sum = 0;
  for (let c = 0; c < parts.length; c += 1) sum += ctx.weights[c]! * parts[c]!;
  return Math.round((1000 * sum) / ctx.weightSum);
}

/** The pair's score in tenths of a point. */
export function scoreTenths(ctx: ScoreContext, m: number, e: number): number {
  return weightedTenths(ctx, criterionScores(ctx, m, e, ctx.scratch));
}

/** Stage criterion for a rank gap (NaN when either stage is unknown). */
export function stageScore(gap: number, ideal: { min: number; max: number }): number {
  if (Number.isNaN(gap)) return 0;
  if (gap > ideal.max) return Math.max(0, 1 - (gap - ideal.max) / 4);
  if (gap < ideal.min) return Math.max(0, 1 - (ideal.min - gap) / 2);
  return 1;
}

function phaseScore(roster: Roster, m: number, e: number): number {
  if (sharedCount(roster.phases, m, e) > 0) return 1;
  if (roster.phases.count[m] === 0 || roster.phases.count[e] === 0) return 0;
  return hasValue(roster.phases, m, roster.allThrough) || hasValue(roster.phases, e, roster.allThrough) ? 0.5 : 0;
}

function coverage(wanted: number, shared: number): number {
  return wanted === 0 ? 0 : shared / wanted;
}
