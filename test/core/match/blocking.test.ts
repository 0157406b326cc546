import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countBlockingPairs } from '../../../src/core/match/blocking.js';
import { tableSource } from '../../../src/core/match/pair-source.js';
import { collectPool } from '../../../src/core/match/pool.js';
import { referenceBlockingPairs } from './blocking-reference.js';
import { randomTable } from './brute-force.js';
import { random } from './generate.js';
import type { CandidateTable, MatchPair, MentorLoad } from '../../../src/core/match/types.js';

/** Mentees a, b; mentors x, y; every pair possible; scores in points. */
function table(scores: { ax: number; ay: number; bx: number; by: number }, minTenths = 0): CandidateTable {
  return {
    menteeIds: ['a', 'b'],
    mentorIds: ['x', 'y'],
    rowStart: Int32Array.from([0, 2, 4]),
    mentor: Int32Array.from([0, 1, 0, 1]),
    tenths: Uint16Array.from([scores.ax, scores.ay, scores.bx, scores.by].map((s) => s * 10)),
    minTenths,
  };
}
const pair = (mentor: string, mentee: string, score: number, kept = false) => ({ mentor_id: mentor, mentee_id: mentee, score, kept }) as MatchPair;
const load = (id: string, capacity: number, assigned: number): MentorLoad => ({
  mentor_id: id,
  name: id,
  email: `${id}@example.org`,
  capacity,
  assigned,
  free: Math.max(0, capacity - assigned),
});

/** The count for a matching given as rows of the Matches and Mentors sheets; `keep` > 0 gives the shortlist path. */
function count(input: { scores: CandidateTable; pairs: MatchPair[]; mentors: MentorLoad[] }, keep = 0): number {
  const { scores, pairs, mentors } = input;
  const source = tableSource(scores, scores.mentorIds.length);
  const n = scores.menteeIds.length;
  const partner = new Int32Array(n).fill(-1);
  const partnerTenths = new Int32Array(n);
  const kept = new Uint8Array(n);
  for (const p of pairs) {
    const e = scores.menteeIds.indexOf(p.mentee_id);
    partner[e] = scores.mentorIds.indexOf(p.mentor_id);
    partnerTenths[e] = Math.round(p.score * 10);
    kept[e] = p.kept ? 1 : 0;
  }
  const hasRoom = Uint8Array.from(scores.mentorIds, (id) => ((mentors.find((m) => m.mentor_id === id)?.free ?? 0) > 0 ? 1 : 0));
  const shortlist = keep > 0 ? collectPool(source, { keep, minTenths: scores.minTenths }) : undefined;
  return countBlockingPairs({ source, minTenths: scores.minTenths, partner, partnerTenths, kept, hasRoom, shortlist });
}

describe('countBlockingPairs', () => {
  const scores = { ax: 90, ay: 50, bx: 60, by: 80 };

  it('finds none in a stable matching', () => {
    const pairs = [pair('x', 'a', 90), pair('y', 'b', 80)];
    expect(count({ scores: table(scores), pairs, mentors: [load('x', 1, 1), load('y', 1, 1)] })).toBe(0);
  });

  it('counts a pair who both prefer each other to their partners', () => {
    const pairs = [pair('x', 'b', 60), pair('y', 'a', 50)];
    // a prefers x (90 > 50) and x prefers a (90 > 60); b prefers y (80 > 60) and y prefers b (80 > 50).
    expect(count({ scores: table(scores), pairs, mentors: [load('x', 1, 1), load('y', 1, 1)] })).toBe(2);
  });

  it('counts an unmatched mentee and a mentor with a free place', () => {
    const pairs = [pair('x', 'a', 90)];
    expect(count({ scores: table(scores), pairs, mentors: [load('x', 1, 1), load('y', 1, 0)] })).toBe(1);
    expect(count({ scores: table(scores, 850), pairs, mentors: [load('x', 1, 1), load('y', 1, 0)] })).toBe(0);
  });

  it('breaks ties by id and never counts kept pairs', () => {
    const tied = { ax: 70, ay: 70, bx: 70, by: 70 };
    expect(count({ scores: table(tied), pairs: [pair('y', 'a', 70)], mentors: [load('x', 1, 0), load('y', 1, 1)] })).toBe(2);
    expect(count({ scores: table(tied), pairs: [pair('x', 'b', 70), pair('y', 'a', 70)], mentors: [load('x', 1, 1), load('y', 1, 1)] })).toBe(1);
    expect(
      count({ scores: table(scores), pairs: [pair('x', 'b', 60, true), pair('y', 'a', 50, true)], mentors: [load('x', 1, 1), load('y', 1, 1)] }),
    ).toBe(0);
  });

  it('counts the same as the reference, whether it looks at every pair or only the shortlists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(0, 300), (seed, keep, minTenths) => {
        const next = random(seed);
        const n = 1 + Math.floor(next() * 8);
        const m = 1 + Math.floor(next() * 5);
        const scores = { ...randomTable(next, n, m, 0.7, [100, 300, 300, 500, 700, 900]), minTenths };
        const capacity = Array.from({ length: m }, () => Math.floor(next() * 3));
        const used = new Array<number>(m).fill(0);
        const pairs: MatchPair[] = [];
        for (let e = 0; e < n; e += 1) {
          const options = [];
          for (let k = scores.rowStart[e]!; k < scores.rowStart[e + 1]!; k += 1) options.push(k);
          const k = options[Math.floor(next() * (options.length + 1))];
          if (k === undefined || used[scores.mentor[k]!]! >= capacity[scores.mentor[k]!]! || scores.tenths[k]! < minTenths) continue;
          used[scores.mentor[k]!]! += 1;
          pairs.push(pair(scores.mentorIds[scores.mentor[k]!]!, scores.menteeIds[e]!, scores.tenths[k]! / 10, next() < 0.2));
        }
        const mentors = scores.mentorIds.map((id, j) => load(id, capacity[j]!, used[j]!));
        const expected = referenceBlockingPairs({ scores, pairs, mentors });
        expect(count({ scores, pairs, mentors })).toBe(expected);
        expect(count({ scores, pairs, mentors }, keep)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });
});
