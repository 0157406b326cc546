import type { Mode } from '../types.js';
import type { Stage } from '../stages.js';
import type { PairSource } from './pair-source.js';
import type { PoolRunner } from './pool.js';

/** A pair from an earlier match sheet to keep as it is. */
export interface KeptPair {
  mentorEmail: string;
  menteeEmail: string;
}

/** A pair the organiser never wants made. */
export interface ExcludedPair {
  mentorEmail: string;
  menteeEmail: string;
}

/** What `matchPeople` needs besides the roster and config. */
export interface MatchOptions {
  stages: readonly Stage[];
  keep?: readonly KeptPair[];
  exclude?: readonly ExcludedPair[];
  /** Called now and then during long phases (`candidates`, `solve`, `pricing`). */
  onProgress?: (phase: string, done: number, total: number) => void;
  /** Runs the pass over every pair (default: in this thread). */
  poolRunner?: PoolRunner;
}

/**
 * Every pair passing the hard rules, as a sparse table (CSR by mentee): the pairs of mentee `e` are
 * `rowStart[e]` ≤ k < `rowStart[e + 1]`, with mentor `mentor[k]` and score `tenths[k] / 10`.
 */
export interface CandidateTable {
  menteeIds: string[];
  mentorIds: string[];
  rowStart: Int32Array;
  mentor: Int32Array;
  tenths: Uint16Array;
  /** Pairs scoring below this many tenths are never made. */
  minTenths: number;
}

/** A candidate table's rows without the ids. */
export type CandidateRows = Pick<CandidateTable, 'rowStart' | 'mentor' | 'tenths' | 'minTenths'>;

/** One row of the Matches sheet. */
export interface MatchPair {
  pair_id: string;
  mentor_id: string;
  mentor_name: string;
  mentor_email: string;
  mentee_id: string;
  mentee_name: string;
  mentee_email: string;
  /** 0–100, one decimal. */
  score: number;
  reasons: string;
  score_phase: number;
  score_subjects: number;
  score_focus: number;
  score_availability: number;
  score_region: number;
  score_stage: number;
  shared_phases: string[];
  shared_subjects: string[];
  shared_focus: string[];
  common_slots: string[];
  /** The meeting mode both can use. */
  mode: Mode;
  kept: boolean;
}

/** Why someone has no partner; `code` groups reasons in summaries. */
export type UnmatchedCode =
  | 'no-consent'
  | 'paused'
  | 'no-mentors'
  | 'phase'
  | 'stage'
  | 'in-person'
  | 'organisation'
  | 'availability'
  | 'excluded'
  | 'no-capacity'
  | 'below-min-score'
  | 'needed-by-others'
  | 'taken-by-better';

/** One row of the Unmatched sheet: a mentee without a mentor, or a mentor who cannot take anyone. */
export interface UnmatchedRow {
  id: string;
  name: string;
  email: string;
  /** The side this row is about. */
  role: 'mentor' | 'mentee';
  reason: string;
  code: UnmatchedCode;
  /** Mentors passing every hard rule, free capacity included (mentee rows; 0 for mentors). */
  candidates: number;
}

/** One row of the Mentors sheet: load against capacity. */
export interface MentorLoad {
  mentor_id: string;
  name: string;
  email: string;
  capacity: number;
  assigned: number;
  free: number;
}

/** One row of the Alternatives sheet: a mentor the mentee could have had, and why not. */
export interface AlternativeRow {
  mentee_id: string;
  mentee_name: string;
  rank: number;
  mentor_id: string;
  mentor_name: string;
  mentor_email: string;
  score: number;
  why_not: string;
}

/** One row of the Changes sheet, when pairs were kept from an earlier sheet. */
export interface ChangeRow {
  change: 'kept' | 'released' | 'new';
  mentor_email: string;
  mentor_name: string;
  mentee_email: string;
  mentee_name: string;
  reason: string;
}

/** Unmatched people of one reason code. */
export interface ReasonCount {
  code: UnmatchedCode;
  label: string;
  count: number;
}

/** Totals for the terminal and the report. */
export interface MatchSummary {
  algorithm: 'optimal' | 'stable';
  objective: 'most-matched' | 'best-scores';
  mentees: number;
  matched: number;
  kept: number;
  unmatchedMentees: number;
  mentors: number;
  mentorsUsed: number;
  /** Mentors who cannot take anyone: paused, or no consent. */
  mentorsUnavailable: number;
  places: number;
  placesFree: number;
  totalScore: number;
  /** Mean pair score, one decimal; null without pairs. */
  meanScore: number | null;
  candidatePairs: number;
  blockingPairs: number;
  /** Optimal algorithm: whether the solution was proven optimal over every candidate pair. */
  optimality: Optimality | null;
  unmatchedByReason: ReasonCount[];
}

/** What the exact solver proved: `proven`, or at most how much better a solution could be. */
export interface Optimality {
  proven: boolean;
  /** Solve-and-price rounds it took. */
  rounds: number;
  /** Most-matched: at most this many more pairs could be made (0 when proven; null for best-scores). */
  morePairsAtMost: number | null;
  /** The total score could be at most this many points higher (most-matched: with as many pairs). */
  morePointsAtMost: number;
}

/**
 * Every pair passing the hard rules and its score, to write out with `--scores`: held as a table
 * when small, otherwise computed again row by row from the roster.
 */
export interface ScoreTable {
  menteeIds: string[];
  mentorIds: string[];
  minTenths: number;
  pairCount: number;
  source: PairSource;
}

/** Everything a match run decided, as plain data for the sheets. */
export interface MatchResult {
  pairs: MatchPair[];
  unmatched: UnmatchedRow[];
  mentors: MentorLoad[];
  alternatives: AlternativeRow[];
  /** Empty unless pairs were kept from an earlier sheet. */
  changes: ChangeRow[];
  blockingPairs: number;
  candidatePairs: number;
  scores: ScoreTable;
  summary: MatchSummary;
}
