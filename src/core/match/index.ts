import type { Stage } from '../stages.js';
import type { Person } from '../types.js';
import { alternativeRows } from './alternatives.js';
import { reachesFreePlace } from './augmenting.js';
import { buildCandidates } from './candidates.js';
import type { MatchConfig } from './config.js';
import { resolveKept, type KeepOutcome } from './keep.js';
import { pairRows, type MadePair } from './pairs.js';
import { assembleResult } from './result.js';
import { compileRoster, normaliseEmail, type Roster } from './roster.js';
import { pairKey, type RuleContext } from './rules.js';
import { scoreContext, scoreTenths, type ScoreContext } from './score.js';
import { solveOptimal } from './solve.js';
import { solveStable } from './stable.js';
import type { CandidateTable, ExcludedPair, MatchOptions, MatchResult } from './types.js';
import { unmatchedRows } from './unmatched.js';

export { countBlockingPairs } from './blocking.js';
export { DEFAULT_MATCH_CONFIG, matchConfigSchema, type MatchConfig } from './config.js';
export { normaliseOrganisation } from './organisation.js';
export { pairId } from './pairs.js';
export type * from './types.js';

/** Everything the steps of a run share. */
interface Run {
  config: MatchConfig;
  roster: Roster;
  keep: KeepOutcome;
  rules: RuleContext;
  score: ScoreContext;
  /** Places left by mentor side index, after kept pairs. */
  places: Int32Array;
  stageOf: (person: number) => Stage | undefined;
}

/** Matches mentors and mentees under the config's hard rules and objective (PRODUCT.md §3). */
export function matchPeople(people: readonly Person[], config: MatchConfig, options: MatchOptions): MatchResult {
  const run = prepare(people, config, options);
  const { roster } = run;
  const keptMentees = new Set(run.keep.kept.map((k) => k.mentee));
  const menteeOpen = Uint8Array.from(roster.mentees, (e) => (keptMentees.has(e) || (config.rules.consent && !roster.consent[e]) ? 0 : 1));
  const minTenths = Math.ceil(config.minScore * 10 - 1e-9);
  const table = buildCandidates({ rules: run.rules, score: run.score, menteeOpen, minTenths, onProgress: options.onProgress });
  const edgeOf =
    config.algorithm === 'stable'
      ? solveStable(table, run.places)
      : solveOptimal({ table, capacity: run.places, objective: config.objective, onProgress: options.onProgress });
  const made: MadePair[] = run.keep.kept.map((k) => ({ ...k, kept: true }));
  edgeOf.forEach((k, i) => {
    if (k >= 0) made.push({ mentor: roster.mentors[table.mentor[k]!]!, mentee: roster.mentees[i]!, kept: false });
  });
  const parts = {
    pairs: pairRows(run, made),
    unmatched: unmatchedRows({ ...run, table, edgeOf, keptMentees, lostOnScore: lostOnScore(run, table, edgeOf) }),
    alternatives: alternativeRows({ roster, table, made, tenthsOf: (m, e) => scoreTenths(run.score, m, e), count: config.alternatives }),
    scores: table,
  };
  return assembleResult(roster, config, parts, run.keep, options.keep !== undefined);
}

function prepare(people: readonly Person[], config: MatchConfig, options: MatchOptions): Run {
  const roster = compileRoster(people, options.stages);
  const excluded = exclusionKeys(roster, options.exclude ?? []);
  const keep = resolveKept(roster, options.keep ?? [], config.rules, excluded);
  const remaining = Int32Array.from(roster.capacity);
  for (const pair of keep.kept) remaining[pair.mentor]! -= 1;
  const stageBySlug = new Map(options.stages.map((s) => [s.slug, s]));
  return {
    config,
    roster,
    keep,
    rules: { roster, rules: config.rules, excluded, remaining },
    score: scoreContext(roster, config),
    places: Int32Array.from(roster.mentors, (p) => Math.max(0, remaining[p]!)),
    stageOf: (p) => stageBySlug.get(roster.people[p]!.stage),
  };
}

/** Exclusions as pair keys; pairs naming someone not on the roster cannot happen anyway. */
function exclusionKeys(roster: Roster, exclude: readonly ExcludedPair[]): Set<number> {
  const keys = new Set<number>();
  for (const pair of exclude) {
    const m = roster.byEmail.get(normaliseEmail(pair.mentorEmail));
    const e = roster.byEmail.get(normaliseEmail(pair.menteeEmail));
    if (m !== undefined && e !== undefined) keys.add(pairKey(m, e, roster.people.length));
  }
  return keys;
}

/**
 * By mentee: 1 when an unmatched mentee lost to better-scoring pairs rather than to the count.
 * Stable matching: always (mentors keep whom they score higher). Most-matched: never (no mentee
 * can be added without unmatching another). Best-scores: when it could have been added.
 */
function lostOnScore(run: Run, table: CandidateTable, edgeOf: Int32Array): Uint8Array {
  if (run.config.algorithm === 'stable') return new Uint8Array(edgeOf.length).fill(1);
  if (run.config.objective === 'most-matched') return new Uint8Array(edgeOf.length);
  return reachesFreePlace(table, edgeOf, run.places);
}
