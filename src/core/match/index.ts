import type { Person } from '../types.js';
import { alternativeRows } from './alternatives.js';
import { reachesFreePlace } from './augmenting.js';
import { buildCandidates } from './candidates.js';
import type { MatchConfig } from './config.js';
import { resolveKept } from './keep.js';
import { pairRows, type MadePair } from './pairs.js';
import { assembleResult } from './result.js';
import { compileRoster, normaliseEmail, type Roster } from './roster.js';
import { pairKey, type RuleContext } from './rules.js';
import { scoreContext, scoreTenths } from './score.js';
import { solveOptimal } from './solve.js';
import { solveStable } from './stable.js';
import type { ExcludedPair, MatchOptions, MatchResult } from './types.js';
import { unmatchedRows } from './unmatched.js';

export { countBlockingPairs } from './blocking.js';
export { DEFAULT_MATCH_CONFIG, matchConfigSchema, type MatchConfig } from './config.js';
export { normaliseOrganisation } from './organisation.js';
export { pairId } from './pairs.js';
export type * from './types.js';

/** Matches mentors and mentees under the config's hard rules and objective (PRODUCT.md §3). */
export function matchPeople(people: readonly Person[], config: MatchConfig, options: MatchOptions): MatchResult {
  const roster = compileRoster(people, options.stages);
  const excluded = exclusionKeys(roster, options.exclude ?? []);
  const keep = resolveKept(roster, options.keep ?? [], config.rules, excluded);
  const remaining = Int32Array.from(roster.capacity);
  for (const pair of keep.kept) remaining[pair.mentor]! -= 1;
  const rules: RuleContext = { roster, rules: config.rules, excluded, remaining };
  const score = scoreContext(roster, config);
  const keptMentees = new Set(keep.kept.map((k) => k.mentee));
  const menteeOpen = Uint8Array.from(roster.mentees, (e) =>
    keptMentees.has(e) || (config.rules.consent && roster.consent[e] === 0) ? 0 : 1,
  );
  const minTenths = Math.ceil(config.minScore * 10 - 1e-9);
  const table = buildCandidates({ rules, score, menteeOpen, minTenths, onProgress: options.onProgress });
  const places = Int32Array.from(roster.mentors, (p) => Math.max(0, remaining[p]!));
  const edgeOf =
    config.algorithm === 'stable'
      ? solveStable(table, places)
      : solveOptimal({ table, capacity: places, objective: config.objective, onProgress: options.onProgress });

  const made: MadePair[] = keep.kept.map((k) => ({ ...k, kept: true }));
  edgeOf.forEach((k, i) => {
    if (k >= 0) made.push({ mentor: roster.mentors[table.mentor[k]!]!, mentee: roster.mentees[i]!, kept: false });
  });
  const stageBySlug = new Map(options.stages.map((s) => [s.slug, s]));
  const stageOf = (p: number) => stageBySlug.get(roster.people[p]!.stage);
  const lostOnScore =
    config.algorithm === 'stable'
      ? new Uint8Array(edgeOf.length).fill(1)
      : config.objective === 'most-matched'
        ? new Uint8Array(edgeOf.length)
        : reachesFreePlace(table, edgeOf, places);
  const partial = {
    pairs: pairRows({ rules, score, stageOf }, made),
    unmatched: unmatchedRows({ rules, table, edgeOf, keptMentees, lostOnScore, stageOf, minScore: config.minScore }),
    alternatives: alternativeRows({
      roster,
      table,
      made,
      tenthsOf: (m, e) => scoreTenths(score, m, e),
      count: config.alternatives,
    }),
    scores: table,
  };
  return assembleResult(roster, config, partial, keep, options.keep !== undefined);
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
