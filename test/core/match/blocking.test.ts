import { describe, expect, it } from 'vitest';
import { countBlockingPairs } from '../../../src/core/match/blocking.js';
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

describe('countBlockingPairs', () => {
  const scores = { ax: 90, ay: 50, bx: 60, by: 80 };

  it('finds none in a stable matching', () => {
    const pairs = [pair('x', 'a', 90), pair('y', 'b', 80)];
    expect(countBlockingPairs({ scores: table(scores), pairs, mentors: [load('x', 1, 1), load('y', 1, 1)] })).toBe(0);
  });

  it('counts a pair who both prefer each other to their partners', () => {
    const pairs = [pair('x', 'b', 60), pair('y', 'a', 50)];
    // a prefers x (90 > 50) and x prefers a (90 > 60); b prefers y (80 > 60) and y prefers b (80 > 50).
    expect(countBlockingPairs({ scores: table(scores), pairs, mentors: [load('x', 1, 1), load('y', 1, 1)] })).toBe(2);
  });

  it('counts an unmatched mentee and a mentor with a free place', () => {
    const pairs = [pair('x', 'a', 90)];
    expect(countBlockingPairs({ scores: table(scores), pairs, mentors: [load('x', 1, 1), load('y', 1, 0)] })).toBe(1);
    expect(countBlockingPairs({ scores: table(scores, 850), pairs, mentors: [load('x', 1, 1), load('y', 1, 0)] })).toBe(0);
  });

  it('breaks ties by id and never counts kept pairs', () => {
    const tied = { ax: 70, ay: 70, bx: 70, by: 70 };
    expect(countBlockingPairs({ scores: table(tied), pairs: [pair('y', 'a', 70)], mentors: [load('x', 1, 0), load('y', 1, 1)] })).toBe(2);
    expect(countBlockingPairs({ scores: table(tied), pairs: [pair('x', 'b', 70), pair('y', 'a', 70)], mentors: [load('x', 1, 1), load('y', 1, 1)] })).toBe(1);
    expect(
      countBlockingPairs({ scores: table(scores), pairs: [pair('x', 'b', 60, true), pair('y', 'a', 50, true)], mentors: [load('x', 1, 1), load('y', 1, 1)] }),
    ).toBe(0);
  });
});
