import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableSource } from '../../../src/core/match/pair-source.js';
import { collectPool } from '../../../src/core/match/pool.js';
import { deferredAcceptance, poolPreferences } from '../../../src/core/match/stable.js';
import { solveStable } from './stable-table.js';
import type { CandidateTable, MatchPair, MentorLoad } from '../../../src/core/match/types.js';
import { referenceBlockingPairs } from './blocking-reference.js';
import { randomTable } from './brute-force.js';
import { random } from './generate.js';

/** The reference blocking-pair count on a bare assignment. */
function blocking(table: CandidateTable, edgeOf: Int32Array, capacity: Int32Array): number {
  const pairs = [...edgeOf].flatMap((k, e) =>
    k < 0 ? [] : [{ mentor_id: table.mentorIds[table.mentor[k]!]!, mentee_id: table.menteeIds[e]!, score: table.tenths[k]! / 10, kept: false } as MatchPair],
  );
  const mentors = table.mentorIds.map((id, j): MentorLoad => {
    const assigned = pairs.filter((p) => p.mentor_id === id).length;
    return { mentor_id: id, name: id, email: id, capacity: capacity[j]!, assigned, free: Math.max(0, capacity[j]! - assigned) };
  });
  return referenceBlockingPairs({ scores: table, pairs, mentors });
}

describe('solveStable', () => {
  it('gives each mentee its best mentor it can keep: the mentee-optimal stable matching', () => {
    // a and b both rank x first; x ranks b higher (score 90 > 80), so a goes to y.
    const table: CandidateTable = {
      menteeIds: ['a', 'b'],
      mentorIds: ['x', 'y'],
      rowStart: Int32Array.from([0, 2, 4]),
      mentor: Int32Array.from([0, 1, 0, 1]),
      tenths: Uint16Array.from([800, 300, 900, 100]),
      minTenths: 0,
    };
    expect(Array.from(solveStable(table, Int32Array.from([1, 1])))).toEqual([1, 2]);
    expect(Array.from(solveStable(table, Int32Array.from([2, 0])))).toEqual([0, 2]);
    expect(Array.from(solveStable({ ...table, minTenths: 850 }, Int32Array.from([1, 1])))).toEqual([-1, 2]);
  });

  it('respects capacities and leaves no blocking pair', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const next = random(seed);
        const n = 1 + Math.floor(next() * 30);
        const m = 1 + Math.floor(next() * 12);
        const table = { ...randomTable(next, n, m, next(), Array.from({ length: 11 }, (_, i) => i * 100)), minTenths: next() < 0.3 ? 300 : 0 };
        const capacity = Int32Array.from({ length: m }, () => Math.floor(next() * 3));
        const edgeOf = solveStable(table, capacity);
        const load = new Int32Array(m);
        edgeOf.forEach((k) => {
          if (k >= 0) load[table.mentor[k]!]! += 1;
        });
        load.forEach((l, j) => expect(l).toBeLessThanOrEqual(capacity[j]!));
        expect(blocking(table, edgeOf, capacity)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same matching from short pool lists, reading a whole row only when a mentee gets past its list', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(0, 400), (seed, keep, minTenths) => {
        const next = random(seed);
        const n = Math.floor(next() * 9);
        const m = 1 + Math.floor(next() * 5);
        const table = { ...randomTable(next, n, m, 0.8), minTenths };
        const capacity = Int32Array.from({ length: m }, () => Math.floor(next() * 3));
        const source = tableSource(table, m);
        const { mentorOf } = deferredAcceptance(poolPreferences(collectPool(source, { keep, minTenths }), source, minTenths), capacity);
        const expected = Array.from(solveStable(table, capacity), (k) => (k < 0 ? -1 : table.mentor[k]!));
        expect(Array.from(mentorOf)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
