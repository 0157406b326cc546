import { deferredAcceptance, UNMATCHED, type PreferenceLists } from '../../../src/core/match/stable.js';
import type { SolverGraph } from '../../../src/core/match/solver-graph.js';
import type { CandidateRows } from '../../../src/core/match/types.js';

/** Deferred acceptance on a stored table (the tests' reference for the pool's lazy lists); each mentee's edge or -1. */
export function solveStable(table: CandidateRows, capacity: Int32Array): Int32Array {
  const { rowStart, mentor, tenths, minTenths } = table;
  const order = edgesByScore(table);
  const eligible = order.filter((k) => tenths[k]! >= minTenths);
  const start = new Int32Array(rowStart.length);
  for (let e = 0, at = 0; e + 1 < rowStart.length; e += 1) {
    for (let x = rowStart[e]!; x < rowStart[e + 1]!; x += 1) if (tenths[order[x]!]! >= minTenths) at += 1;
    start[e + 1] = at;
  }
  const lists: PreferenceLists = {
    menteeCount: rowStart.length - 1,
    choice: (e, x) => (start[e]! + x < start[e + 1]! ? { mentor: mentor[eligible[start[e]! + x]!]!, tenths: tenths[eligible[start[e]! + x]!]! } : null),
  };
  const { mentorOf } = deferredAcceptance(lists, capacity);
  return Int32Array.from(mentorOf, (j, e) => {
    if (j < 0) return UNMATCHED;
    for (let x = start[e]!; x < start[e + 1]!; x += 1) if (mentor[eligible[x]!] === j) return eligible[x]!;
    return UNMATCHED;
  });
}

/**
 * Each row's edge numbers sorted by score, best first, ties by edge number (a counting sort over
 * the 1001 possible scores): row e's are at rowStart[e] ≤ x < rowStart[e+1].
 */
function edgesByScore(graph: Pick<SolverGraph, 'rowStart' | 'tenths'>): Int32Array {
  const { rowStart, tenths } = graph;
  const edges = tenths.length;
  const bucketStart = new Int32Array(1002);
  for (let k = 0; k < edges; k += 1) bucketStart[1000 - tenths[k]! + 1]! += 1;
  for (let b = 0; b < 1001; b += 1) bucketStart[b + 1]! += bucketStart[b]!;
  const byScore = new Int32Array(edges);
  for (let k = 0; k < edges; k += 1) byScore[bucketStart[1000 - tenths[k]!]!++] = k;
  const rowOf = new Int32Array(edges);
  for (let e = 0; e + 1 < rowStart.length; e += 1) rowOf.fill(e, rowStart[e]!, rowStart[e + 1]!);
  const next = rowStart.slice(0, rowStart.length - 1);
  const order = new Int32Array(edges);
  for (const k of byScore) order[next[rowOf[k]!]!++] = k;
  return order;
}
