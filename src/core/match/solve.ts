import { auctionAssignment } from './auction.js';
import { eligibleGraph } from './solver-graph.js';
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
  const value = input.objective === 'most-matched' ? { a: 1, b: 1000 * n + 1 } : { a: n + 1, b: 1 };
  const progress = input.onProgress && ((done: number, total: number) => input.onProgress?.('solve', done, total));
  const edgeOf = auctionAssignment(graph, input.capacity, value, progress);
  return origin ? edgeOf.map((k) => (k < 0 ? -1 : origin[k]!)) : edgeOf;
}
