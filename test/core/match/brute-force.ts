import type { CandidateTable } from '../../../src/core/match/types.js';

/** The best (matched count, total tenths) over every matching, by trying them all; tiny tables only. */
export function bruteForceBest(
  table: CandidateTable,
  capacity: Int32Array,
  objective: 'most-matched' | 'best-scores',
): { count: number; tenths: number } {
  const { rowStart, mentor, tenths, minTenths } = table;
  const n = rowStart.length - 1;
  const load = new Int32Array(capacity.length);
  let best = { count: 0, tenths: 0 };
  const better = (count: number, total: number) =>
    objective === 'most-matched'
      ? count > best.count || (count === best.count && total > best.tenths)
      : total > best.tenths || (total === best.tenths && count > best.count);
  const visit = (e: number, count: number, total: number) => {
    if (e === n) {
      if (better(count, total)) best = { count, tenths: total };
      return;
    }
    visit(e + 1, count, total);
    for (let k = rowStart[e]!; k < rowStart[e + 1]!; k += 1) {
      const j = mentor[k]!;
      if (tenths[k]! < minTenths || load[j]! >= capacity[j]!) continue;
      load[j]! += 1;
      visit(e + 1, count + 1, total + tenths[k]!);
      load[j]! -= 1;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** Matched count and total tenths of an assignment (edge per mentee, -1 for none). */
export function totals(table: CandidateTable, edgeOf: Int32Array): { count: number; tenths: number } {
  let count = 0;
  let sum = 0;
  for (const k of edgeOf) {
    if (k < 0) continue;
    count += 1;
    sum += table.tenths[k]!;
  }
  return { count, tenths: sum };
}

/** A random candidate table: `n` mentees, `m` mentors, each pair present with probability `density`. */
export function randomTable(
  next: () => number,
  n: number,
  m: number,
  density: number,
  scores: readonly number[] = [0, 250, 400, 555, 700, 1000],
): CandidateTable {
  const rowStart = new Int32Array(n + 1);
  const mentor: number[] = [];
  const tenths: number[] = [];
  for (let e = 0; e < n; e += 1) {
    for (let j = 0; j < m; j += 1) {
      if (next() >= density) continue;
      mentor.push(j);
      tenths.push(scores[Math.floor(next() * scores.length)]!);
    }
    rowStart[e + 1] = mentor.length;
  }
  return {
    menteeIds: Array.from({ length: n }, (_, e) => `e${e}`),
    mentorIds: Array.from({ length: m }, (_, j) => `m${j}`),
    rowStart,
    mentor: Int32Array.from(mentor),
    tenths: Uint16Array.from(tenths),
    minTenths: 0,
  };
}
