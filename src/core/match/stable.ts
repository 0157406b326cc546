import { edgesByScore } from './solver-graph.js';

const UNMATCHED = -1;
import type { CandidateRows } from './types.js';

/**
 * Mentee-proposing deferred acceptance with capacities: each mentee proposes down its list
 * (higher score first, ties by mentor id), each mentor holds the best proposals up to capacity
 * (higher score first, ties by mentee id). Returns each mentee's candidate edge or UNMATCHED.
 */
export function solveStable(table: CandidateRows, capacity: Int32Array): Int32Array {
  const { rowStart, mentor, tenths, minTenths } = table;
  const n = rowStart.length - 1;
  const order = edgesByScore(table);
  const edgeOf = new Int32Array(n).fill(UNMATCHED);
  const tried = new Int32Array(n);
  const held: number[][] = Array.from(capacity, () => []);
  const waiting: number[] = [];
  for (let e = n - 1; e >= 0; e -= 1) waiting.push(e);
  // A mentor compares mentees by their edges to it: edgeOf holds them (the proposer's set just before).
  const prefers = (e: number, other: number) => {
    const se = tenths[edgeOf[e]!]!;
    const so = tenths[edgeOf[other]!]!;
    return se > so || (se === so && e < other);
  };

  while (waiting.length > 0) {
    const e = waiting.pop()!;
    while (edgeOf[e] === UNMATCHED && rowStart[e]! + tried[e]! < rowStart[e + 1]!) {
      const k = order[rowStart[e]! + tried[e]!]!;
      tried[e]! += 1;
      if (tenths[k]! < minTenths) continue;
      const j = mentor[k]!;
      const list = held[j]!;
      edgeOf[e] = k;
      if (list.length < capacity[j]!) {
        list.push(e);
        continue;
      }
      let worst = -1;
      for (let w = 0; w < list.length; w += 1) {
        if (worst < 0 || prefers(list[worst]!, list[w]!)) worst = w;
      }
      if (worst >= 0 && prefers(e, list[worst]!)) {
        const rejected = list[worst]!;
        list[worst] = e;
        edgeOf[rejected] = UNMATCHED;
        waiting.push(rejected);
      } else {
        edgeOf[e] = UNMATCHED;
      }
    }
  }
  return edgeOf;
}
