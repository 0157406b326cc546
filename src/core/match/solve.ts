import { tableSource, type PairSource } from './pair-source.js';
import { collectPool, type Pool } from './pool.js';
import { pricePairs, type PairValue } from './pricing.js';
import { shortestPathsAssignment } from './shortest-paths.js';
import type { SolverGraph } from './solver-graph.js';
import type { OnProgress } from '../types.js';
import type { CandidateTable } from './types.js';

/** What the exact solver needs. */
export interface ExactInput {
  source: PairSource;
  /** Places left by mentor side index. */
  capacity: Int32Array;
  objective: 'most-matched' | 'best-scores';
  minTenths: number;
  /** Pairs kept per mentee before pricing (at least the alternatives wanted + 1). */
  keep?: number;
  /** Most solve-and-price rounds before giving up on a proof. */
  maxRounds?: number;
  /** The pass over every pair, when already made (with the same `keep` and `minTenths`). */
  pool?: Pool;
  onProgress?: OnProgress;
}

/** The assignment, and whether it is proven optimal over every pair. */
export interface ExactSolution {
  pool: Pool;
  /** The graph solved last: the pool plus every pair pricing added. */
  graph: SolverGraph;
  /** By mentee: its edge in `graph`, -1 for none. */
  edgeOf: Int32Array;
  proven: boolean;
  /** How much better (in pair-value units) an assignment could be at most; 0 when proven. */
  gap: number;
  pairValue: PairValue;
  rounds: number;
}

/** Pairs kept per mentee before pricing: enough that one round usually proves the optimum. */
export const DEFAULT_KEEP = 48;
const DEFAULT_ROUNDS = 12;

/**
 * The exact optimum over every pair the source gives, without holding them all: solve on each
 * mentee's best few pairs, price every pair against the exact mentor prices of that solution,
 * add the pairs worth more than what their mentee has, and solve again until no pair is. The
 * prices then prove the assignment optimal (LP duality). A pair is worth a·tenths + b:
 * most-matched makes b larger than any total score, so the number of pairs comes first;
 * best-scores makes a larger than any number of pairs, so the total score comes first.
 */
export function solveExact(input: ExactInput): ExactSolution {
  const { source, capacity, minTenths, onProgress } = input;
  const n = source.menteeCount;
  const pairValue = input.objective === 'most-matched' ? { a: 1, b: 1000 * n + 1 } : { a: n + 1, b: 1 };
  const keep = input.keep ?? DEFAULT_KEEP;
  const pool = input.pool ?? collectPool(source, { keep, minTenths, onProgress });
  let graph = pool.graph;
  let perMentee = keep;
  const maxRounds = input.maxRounds ?? DEFAULT_ROUNDS;
  for (let round = 1; ; round += 1) {
    const value = Float64Array.from(graph.tenths, (t) => pairValue.a * t + pairValue.b);
    const solved = shortestPathsAssignment(graph, value, capacity, onProgress && ((d, t) => onProgress('solve', d, t)));
    const { edgeOf, price } = solved;
    const pricing = pricePairs({ source, graph, restBest: pool.restBest, minTenths, pairValue, price, capacity, edgeOf, perMentee, onProgress });
    const proven = pricing.gap === 0;
    if (proven || pricing.added.mentee.length === 0 || round >= maxRounds) {
      return { pool, graph, edgeOf, proven, gap: pricing.gap, pairValue, rounds: round };
    }
    graph = withPairs(graph, pricing.added);
    perMentee *= 2;
  }
}

/**
 * The exact optimum on a stored candidate table, as each mentee's edge in it (-1 for none), over
 * the pairs at or above its minimum score.
 */
export function solveOptimal(input: {
  table: CandidateTable;
  capacity: Int32Array;
  objective: ExactInput['objective'];
  keep?: number;
  onProgress?: OnProgress;
}): Int32Array {
  const { table } = input;
  const source = tableSource(table, input.capacity.length);
  const solution = solveExact({ ...input, source, minTenths: table.minTenths });
  return Int32Array.from(solution.edgeOf, (k, i) => {
    if (k < 0) return -1;
    const j = solution.graph.mentor[k]!;
    for (let x = table.rowStart[i]!; x < table.rowStart[i + 1]!; x += 1) if (table.mentor[x] === j) return x;
    throw new Error(`internal: the solver chose a pair the table does not have (mentee ${i}, mentor ${j})`);
  });
}

/** The graph with more pairs: each mentee's row followed by its added pairs. */
function withPairs(graph: SolverGraph, added: { mentee: number[]; mentor: number[]; tenths: number[] }): SolverGraph {
  const n = graph.rowStart.length - 1;
  const extra = new Int32Array(n + 1);
  for (const i of added.mentee) extra[i + 1]! += 1;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) rowStart[i + 1] = rowStart[i]! + (graph.rowStart[i + 1]! - graph.rowStart[i]!) + extra[i + 1]!;
  const mentor = new Int32Array(rowStart[n]!);
  const tenths = new Uint16Array(rowStart[n]!);
  const fill = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const from = graph.rowStart[i]!;
    const length = graph.rowStart[i + 1]! - from;
    mentor.set(graph.mentor.subarray(from, from + length), rowStart[i]!);
    tenths.set(graph.tenths.subarray(from, from + length), rowStart[i]!);
    fill[i] = rowStart[i]! + length;
  }
  added.mentee.forEach((i, x) => {
    const at = fill[i]!++;
    mentor[at] = added.mentor[x]!;
    tenths[at] = added.tenths[x]!;
  });
  return { rowStart, mentor, tenths };
}
