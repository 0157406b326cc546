import { transpose } from './solver-graph.js';
import type { CandidateRows } from './types.js';

/**
 * By mentee: 1 when an alternating path leads from the mentee to a mentor with a free place
 * (it could be matched without unmatching anyone, by moving others). One reverse search from
 * every free mentor over the pairs at or above the minimum score.
 */
export function reachesFreePlace(table: CandidateRows, edgeOf: Int32Array, capacity: Int32Array): Uint8Array {
  const { rowStart, mentor, tenths, minTenths } = table;
  const n = rowStart.length - 1;
  const m = capacity.length;
  const load = new Int32Array(m);
  for (const k of edgeOf) if (k >= 0) load[mentor[k]!]! += 1;
  const { start, mentee, edge } = transpose(table, m);
  const menteeReached = new Uint8Array(n);
  const mentorReached = new Uint8Array(m);
  const queue: number[] = [];
  for (let j = 0; j < m; j += 1) {
    if (load[j]! < capacity[j]!) {
      mentorReached[j] = 1;
      queue.push(j);
    }
  }
  for (let q = 0; q < queue.length; q += 1) {
    const j = queue[q]!;
    for (let x = start[j]!; x < start[j + 1]!; x += 1) {
      const e = mentee[x]!;
      const k = edge[x]!;
      if (menteeReached[e] || edgeOf[e] === k || tenths[k]! < minTenths) continue;
      menteeReached[e] = 1;
      const current = edgeOf[e]!;
      if (current >= 0 && !mentorReached[mentor[current]!]) {
        mentorReached[mentor[current]!] = 1;
        queue.push(mentor[current]!);
      }
    }
  }
  return menteeReached;
}
