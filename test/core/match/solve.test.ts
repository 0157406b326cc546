import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableSource } from '../../../src/core/match/pair-source.js';
import { solveExact, solveOptimal } from '../../../src/core/match/solve.js';
import { bruteForceBest, randomTable, totals } from './brute-force.js';
import { random } from './generate.js';
import { shortestPathAssignment } from './reference-solver.js';

const objectives = ['most-matched', 'best-scores'] as const;

function checkCapacities(table: ReturnType<typeof randomTable>, edgeOf: Int32Array, capacity: Int32Array): void {
  const load = new Int32Array(capacity.length);
  edgeOf.forEach((k, e) => {
    if (k < 0) return;
    expect(k).toBeGreaterThanOrEqual(table.rowStart[e]!);
    expect(k).toBeLessThan(table.rowStart[e + 1]!);
    expect(table.tenths[k]).toBeGreaterThanOrEqual(table.minTenths);
    load[table.mentor[k]!]! += 1;
  });
  load.forEach((l, j) => expect(l).toBeLessThanOrEqual(capacity[j]!));
}

describe('solveOptimal', () => {
  it('equals a brute force over every matching, for both objectives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...objectives),
        fc.constantFrom(0, 0, 400),
        (seed, n, m, objective, minTenths) => {
          const next = random(seed);
          const table = { ...randomTable(next, n, m, 0.6), minTenths };
          const capacity = Int32Array.from({ length: m }, () => Math.floor(next() * 3));
          const edgeOf = solveOptimal({ table, capacity, objective });
          checkCapacities(table, edgeOf, capacity);
          expect(totals(table, edgeOf)).toEqual(bruteForceBest(table, capacity, objective));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds the optimum from each mentee’s best one or two pairs by pricing the rest, and proves it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(1, 2), fc.constantFrom(...objectives), (seed, keep, objective) => {
        const next = random(seed);
        const n = Math.floor(next() * 7);
        const m = 1 + Math.floor(next() * 4);
        const table = { ...randomTable(next, n, m, 0.8), minTenths: 0 };
        const capacity = Int32Array.from({ length: m }, () => Math.floor(next() * 3));
        const solution = solveExact({ source: tableSource(table, m), capacity, objective, minTenths: 0, keep });
        expect(solution.proven).toBe(true);
        expect(solution.gap).toBe(0);
        const edgeOf = solveOptimal({ table, capacity, objective, keep });
        expect(totals(table, edgeOf)).toEqual(bruteForceBest(table, capacity, objective));
      }),
      { numRuns: 400 },
    );
  });

  it('says when it stopped before a proof, with a gap that bounds how much better the optimum is', () => {
    const next = random(99);
    let unproven = 0;
    for (let run = 0; run < 200; run += 1) {
      const n = 2 + Math.floor(next() * 5);
      const m = 1 + Math.floor(next() * 3);
      const table = { ...randomTable(next, n, m, 0.9), minTenths: 0 };
      const capacity = Int32Array.from({ length: m }, () => 1 + Math.floor(next() * 2));
      const solution = solveExact({ source: tableSource(table, m), capacity, objective: 'best-scores', minTenths: 0, keep: 1, maxRounds: 1 });
      const { a, b } = solution.pairValue;
      const found = solution.edgeOf.reduce((sum, k) => (k < 0 ? sum : sum + a * solution.graph.tenths[k]! + b), 0);
      const best = bruteForceBest(table, capacity, 'best-scores');
      const optimum = a * best.tenths + b * best.count;
      expect(found + solution.gap).toBeGreaterThanOrEqual(optimum);
      expect(solution.proven).toBe(solution.gap === 0);
      if (!solution.proven) unproven += 1;
    }
    expect(unproven).toBeGreaterThan(0);
  });

  it('prefers more pairs over a higher total for most-matched, and the reverse for best-scores', () => {
    // Mentee 0 can take mentor 0 (score 100) or mentor 1 (score 10); mentee 1 only mentor 0 (score 10).
    const table = {
      menteeIds: ['a', 'b'],
      mentorIds: ['x', 'y'],
      rowStart: Int32Array.from([0, 2, 3]),
      mentor: Int32Array.from([0, 1, 0]),
      tenths: Uint16Array.from([1000, 100, 100]),
      minTenths: 0,
    };
    const capacity = Int32Array.from([1, 1]);
    expect(totals(table, solveOptimal({ table, capacity, objective: 'most-matched' }))).toEqual({ count: 2, tenths: 200 });
    expect(totals(table, solveOptimal({ table, capacity, objective: 'best-scores' }))).toEqual({ count: 1, tenths: 1000 });
  });

  it('agrees with an independent shortest-path solver on larger random tables', () => {
    const next = random(20261123);
    for (let run = 0; run < 12; run += 1) {
      const n = 40 + Math.floor(next() * 60);
      const m = 10 + Math.floor(next() * 40);
      const table = randomTable(next, n, m, 0.15 + next() * 0.5, Array.from({ length: 1001 }, (_, t) => t));
      const capacity = Int32Array.from({ length: m }, () => Math.floor(next() * 4));
      for (const objective of objectives) {
        const cost = objective === 'most-matched' ? { a: 1, b: 1000 * n + 1 } : { a: n + 1, b: 1 };
        const reference = shortestPathAssignment(table, capacity, cost).edgeOf;
        const edgeOf = solveOptimal({ table, capacity, objective });
        checkCapacities(table, edgeOf, capacity);
        expect(totals(table, edgeOf)).toEqual(totals(table, reference));
      }
    }
  });

  it('reports progress through candidates, solving and pricing, each ending at its total', () => {
    const table = randomTable(random(3), 5, 3, 0.8);
    const seen: [string, number, number][] = [];
    solveOptimal({ table, capacity: Int32Array.from([1, 1, 1]), objective: 'most-matched', onProgress: (...a) => seen.push(a) });
    expect([...new Set(seen.map(([phase]) => phase))]).toEqual(['candidates', 'solve', 'pricing']);
    for (const phase of ['candidates', 'solve', 'pricing']) {
      const last = seen.filter(([p]) => p === phase).at(-1)!;
      expect(last[1]).toBe(last[2]);
    }
  });
});
