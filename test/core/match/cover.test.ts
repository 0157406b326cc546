import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overDemandedMentors } from '../../../src/core/match/cover.js';
import { bruteForceBest, randomTable } from './brute-force.js';
import { random } from './generate.js';

describe('overDemandedMentors', () => {
  it('marks the mentor more mentees need than it can take', () => {
    // Mentees 0–2 can only have mentor 0; mentee 3 can have mentor 0 or 1.
    const table = {
      rowStart: Int32Array.from([0, 1, 2, 3, 5]),
      mentor: Int32Array.from([0, 0, 0, 0, 1]),
      tenths: new Uint16Array(5),
    };
    expect(Array.from(overDemandedMentors(table, Int32Array.from([1, 1])))).toEqual([1, 0]);
    expect(Array.from(overDemandedMentors(table, Int32Array.from([3, 1])))).toEqual([0, 0]);
  });

  it('gives a König cover: the largest matching = places of marked mentors + mentees who can use an unmarked one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const next = random(seed);
        const n = Math.floor(next() * 7);
        const m = 1 + Math.floor(next() * 4);
        const table = randomTable(next, n, m, next());
        const capacity = Int32Array.from({ length: m }, () => Math.floor(next() * 3));
        const marked = overDemandedMentors(table, capacity);
        let cover = 0;
        marked.forEach((mark, j) => (cover += mark ? capacity[j]! : 0));
        for (let e = 0; e < n; e += 1) {
          let usesUnmarked = false;
          for (let k = table.rowStart[e]!; k < table.rowStart[e + 1]!; k += 1) if (!marked[table.mentor[k]!]) usesUnmarked = true;
          if (usesUnmarked) cover += 1;
        }
        expect(cover).toBe(bruteForceBest(table, capacity, 'most-matched').count);
      }),
      { numRuns: 400 },
    );
  });
});
