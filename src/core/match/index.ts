import type { Stage } from '../stages.js';
import type { Person } from '../types.js';
import { alternativeRows } from './alternatives.js';
import { reachesFreePlace } from './augmenting.js';
import { countBlockingPairs, matchingBySide } from './blocking.js';
import type { MatchConfig } from './config.js';
import { resolveKept, type KeepOutcome } from './keep.js';
import { pairRows, type MadePair } from './pairs.js';
import { assembleResult } from './result.js';
import { compileRoster, normaliseEmail, type Roster } from './roster.js';
import { pairKey, type RuleContext } from './rules.js';
import { scoreContext, scoreTenths, type ScoreContext } from './score.js';
import type { PairSource } from './pair-source.js';
import { rosterPairs } from './pair-kernel.js';
import { runPoolHere, type Pool } from './pool.js';
import { DEFAULT_KEEP, solveExact, type ExactSolution } from './solve.js';
import type { SolverGraph } from './solver-graph.js';
import { deferredAcceptance, poolPreferences } from './stable.js';
import type { ExcludedPair, MatchOptions, MatchResult, Optimality } from './types.js';
import { unmatchedRows } from './unmatched.js';

export { DEFAULT_MATCH_CONFIG, type MatchConfig } from './config.js';
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
  const pairs = { rules: run.rules, score: run.score, menteeOpen };
  const source = rosterPairs(pairs);
  const keep = Math.max(DEFAULT_KEEP, config.alternatives + 1);
  const pool = (options.poolRunner ?? runPoolHere)({ pairs, keep, minTenths }, source, options.onProgress);
  const shortlists = { pool, source, minTenths, keep };
  const decided = config.algorithm === 'stable' ? decideStable(run, shortlists) : decideOptimal(run, shortlists, options);
  const made: MadePair[] = run.keep.kept.map((k) => ({ ...k, kept: true }));
  decided.mentorOf.forEach((j, i) => {
    if (j >= 0) made.push({ mentor: roster.mentors[j]!, mentee: roster.mentees[i]!, kept: false });
  });
  const shortlist = { ...pool.graph, minTenths };
  const parts = {
    pairs: pairRows(run, made),
    unmatched: unmatchedRows({ ...run, ...pool, mentorOf: decided.mentorOf, keptMentees, lostOnScore: lostOnScore(run, decided) }),
    alternatives: alternativeRows({ roster, table: shortlist, made, tenthsOf: (m, e) => scoreTenths(run.score, m, e), count: config.alternatives }),
    scores: { menteeIds: idsOf(roster, roster.mentees), mentorIds: idsOf(roster, roster.mentors), minTenths, pairCount: pool.pairCount, source },
    blockingPairs: countBlockingPairs({ source, minTenths, ...matchingBySide(run.roster, run.score, made), shortlist: pool }),
    optimality: decided.optimality,
  };
  return assembleResult(roster, config, parts, run.keep, options.keep !== undefined);
}

/** What a solver decided: each mentee's mentor side index (-1 none) and, from the exact solver, the graph it solved. */
interface Decided {
  mentorOf: Int32Array;
  /** The graph the exact solver proved its answer on and its choice in it, for the unmatched reasons; none for stable. */
  solved?: { graph: SolverGraph; edgeOf: Int32Array };
  optimality: Optimality | null;
}

/** Every mentee's best pairs (the pool) and where the rest come from. */
interface Shortlists {
  pool: Pool;
  source: PairSource;
  minTenths: number;
  keep: number;
}

function decideOptimal(run: Run, { pool, source, minTenths, keep }: Shortlists, options: MatchOptions): Decided {
  const { objective } = run.config;
  const solution = solveExact({ source, pool, capacity: run.places, objective, minTenths, keep, onProgress: options.onProgress });
  const { graph, edgeOf } = solution;
  return { mentorOf: edgeOf.map((k) => (k < 0 ? -1 : graph.mentor[k]!)), solved: { graph, edgeOf }, optimality: optimalityOf(solution, objective) };
}

/** Deferred acceptance walks each mentee's list in order: the pool's best pairs, then (rarely) the whole row. */
function decideStable(run: Run, { pool, source, minTenths }: Shortlists): Decided {
  const { mentorOf } = deferredAcceptance(poolPreferences(pool, source, minTenths), run.places);
  return { mentorOf, optimality: null };
}

function optimalityOf(solution: ExactSolution, objective: MatchConfig['objective']): Optimality {
  const { a, b } = solution.pairValue;
  const { gap } = solution;
  // Scores differ by less than b in total, so a gap below b cannot hide a whole extra pair for most-matched.
  return objective === 'most-matched'
    ? { proven: solution.proven, rounds: solution.rounds, morePairsAtMost: Math.ceil(gap / b), morePointsAtMost: gap / 10 }
    : { proven: solution.proven, rounds: solution.rounds, morePairsAtMost: null, morePointsAtMost: Math.floor((gap + b * (a - 1)) / a) / 10 };
}

function idsOf(roster: Roster, persons: Int32Array): string[] {
  return Array.from(persons, (p) => roster.people[p]!.id);
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

/**
 * Exclusions as pair keys, both ways round: "never pair these two" holds whichever address a list puts first (and
 * for two people who both mentor and are mentored). Pairs naming someone not on the roster cannot happen anyway.
 */
function exclusionKeys(roster: Roster, exclude: readonly ExcludedPair[]): Set<number> {
  const keys = new Set<number>();
  for (const pair of exclude) {
    const m = roster.byEmail.get(normaliseEmail(pair.mentorEmail));
    const e = roster.byEmail.get(normaliseEmail(pair.menteeEmail));
    if (m === undefined || e === undefined) continue;
    keys.add(pairKey(m, e, roster.people.length));
    keys.add(pairKey(e, m, roster.people.length));
  }
  return keys;
}

/**
 * By mentee: 1 when an unmatched mentee lost to better-scoring pairs rather than to the count.
 * Stable matching: always (mentors keep whom they score higher). Most-matched: never (no mentee
 * can be added without unmatching another). Best-scores: when it could have been added, judged
 * on the graph the solver proved its answer on (every pair for all but the largest schemes).
 */
function lostOnScore(run: Run, decided: Decided): Uint8Array {
  const n = decided.mentorOf.length;
  if (run.config.algorithm === 'stable' || !decided.solved) return new Uint8Array(n).fill(1);
  if (run.config.objective === 'most-matched') return new Uint8Array(n);
  return reachesFreePlace({ ...decided.solved.graph, minTenths: 0 }, decided.solved.edgeOf, run.places);
}
