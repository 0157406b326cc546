import { auctionAssignment, type AuctionStart } from './auction.js';
import { overDemandedMentors } from './cover.js';
import { eligibleGraph, type SolverGraph } from './solver-graph.js';
import type { CandidateTable } from './types.js';

/** What the exact solver needs. */
export interface SolveInput {
  table: CandidateTable;
  /** Places left by mentor side index. */
  capacity: Int32Array;
  objective: 'most-matched' | 'best-scores';
  onProgress?: (phase: string, done: number, total: number) => void;
}

/**
 * The exact optimum as each mentee's candidate edge (-1 for none), over the pairs at or above
 * the minimum score. A pair is worth a·tenths + b: most-matched makes b larger than any total
 * score, so the number of pairs comes first and the total score second; best-scores makes a
 * larger than any number of pairs, so the total score comes first and the number second.
 */
export function solveOptimal(input: SolveInput): Int32Array {
  const { graph, origin } = eligibleGraph(input.table);
  const n = graph.rowStart.length - 1;
  const progress = input.onProgress && ((done: number, total: number) => input.onProgress?.('solve', done, total));
  const edgeOf =
    input.objective === 'most-matched'
      ? auctionAssignment(graph, input.capacity, { a: 1, b: 1000 * n + 1 }, countFirst(graph, input.capacity, 1000 * n + 1), progress)
      : auctionAssignment(graph, input.capacity, { a: n + 1, b: 1 }, undefined, progress);
  return origin ? edgeOf.map((k) => (k < 0 ? -1 : origin[k]!)) : edgeOf;
}

/**
 * For most-matched: over-demanded mentors start at the value of a pair (b), the others at 0, and
 * ε starts below the spread of scores, so bidding only has scores left to settle.
 */
function countFirst(graph: SolverGraph, capacity: Int32Array, b: number): AuctionStart {
  const overDemanded = overDemandedMentors(graph, capacity);
  return { price: Float64Array.from(overDemanded, (o) => o * b), epsilon: 1000 / 8 };
}
