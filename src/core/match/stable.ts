import { rowBuffers, type PairSource } from './pair-source.js';
import type { Pool } from './pool.js';

/** A mentee's mentor when it has none. */
export const UNMATCHED = -1;

/** Each mentee's acceptable mentors in order of preference, read one at a time. */
export interface PreferenceLists {
  menteeCount: number;
  /** Mentee `e`'s choice number `x` (0 = first) as mentor side index and score, or null past the end. */
  choice(e: number, x: number): { mentor: number; tenths: number } | null;
}

/**
 * Mentee-proposing deferred acceptance with capacities: each mentee proposes down its list
 * (higher score first, ties by mentor id), each mentor holds the best proposals up to capacity
 * (higher score first, ties by mentee id). Returns each mentee's mentor (side index) or -1, and its pair's score.
 */
export function deferredAcceptance(lists: PreferenceLists, capacity: Int32Array): { mentorOf: Int32Array; tenthsOf: Int32Array } {
  const n = lists.menteeCount;
  const mentorOf = new Int32Array(n).fill(UNMATCHED);
  const tenthsOf = new Int32Array(n);
  const tried = new Int32Array(n);
  const held: number[][] = Array.from(capacity, () => []);
  const waiting: number[] = [];
  for (let e = n - 1; e >= 0; e -= 1) waiting.push(e);
  // A mentor compares mentees by the scores of their proposals to it.
  const prefers = (e: number, other: number) => tenthsOf[e]! > tenthsOf[other]! || (tenthsOf[e] === tenthsOf[other] && e < other);

  while (waiting.length > 0) {
    const e = waiting.pop()!;
    for (let next = lists.choice(e, tried[e]!); mentorOf[e] === UNMATCHED && next; next = lists.choice(e, tried[e]!)) {
      tried[e]! += 1;
      const j = next.mentor;
      const list = held[j]!;
      mentorOf[e] = j;
      tenthsOf[e] = next.tenths;
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
        mentorOf[rejected] = UNMATCHED;
        waiting.push(rejected);
      } else {
        mentorOf[e] = UNMATCHED;
      }
    }
  }
  return { mentorOf, tenthsOf };
}

/**
 * Preference lists from a pool: each mentee's best pairs first; a mentee who gets past them has its
 * whole row read from the source and sorted, once, so no list is held that is never read.
 */
export function poolPreferences(pool: Pool, source: PairSource, minTenths: number): PreferenceLists {
  const { rowStart, mentor, tenths } = pool.graph;
  const longer = new Map<number, { mentor: Int32Array; tenths: Uint16Array }>();
  const buffer = rowBuffers(source);
  const wholeRow = (e: number) => {
    const count = source.row(e, buffer.mentor, buffer.tenths);
    const order = Array.from({ length: count }, (_, x) => x)
      .filter((x) => buffer.tenths[x]! >= minTenths)
      .sort((p, q) => buffer.tenths[q]! - buffer.tenths[p]! || buffer.mentor[p]! - buffer.mentor[q]!);
    return { mentor: Int32Array.from(order, (x) => buffer.mentor[x]!), tenths: Uint16Array.from(order, (x) => buffer.tenths[x]!) };
  };
  return {
    menteeCount: pool.candidates.length,
    choice(e, x) {
      const kept = rowStart[e + 1]! - rowStart[e]!;
      if (x < kept) return { mentor: mentor[rowStart[e]! + x]!, tenths: tenths[rowStart[e]! + x]! };
      if (pool.restBest[e]! < 0) return null;
      let row = longer.get(e);
      if (!row) longer.set(e, (row = wholeRow(e)));
      return x < row.mentor.length ? { mentor: row.mentor[x]!, tenths: row.tenths[x]! } : null;
    },
  };
}
