import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortestPathsAssignment } from '../../../src/core/match/shortest-paths.js';
import { bruteForceBest, randomTable, totals } from './brute-force.js';
import { random } from './generate.js';

describe('shortestPathsAssignment', () => {
  it('is optimal, and its shares and prices prove it: feasible, tight on chosen pairs, 0 for free places', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom('most-matched', 'best-scores') , (seed, objective) => {
        const next = random(seed);
        const n = Math.floor(next() * 7);
        const m = 1 + Math.floor(next() * 4);
        const table = randomTable(next, n, m, 0.6);
        const capacity = Int32Array.from({ length: m }, () => Math.floor(next() * 3));
        const { a, b } = objective === 'most-matched' ? { a: 1, b: 1000 * n + 1 } : { a: n + 1, b: 1 };
        const value = Float64Array.from(table.tenths, (t) => a * t + b);
        const { edgeOf, share, price } = shortestPathsAssignment(table, value, capacity);
        expect(totals(table, edgeOf)).toEqual(bruteForceBest(table, capacity, objective));
        const load = new Int32Array(m);
        for (const k of edgeOf) if (k >= 0) load[table.mentor[k]!]! += 1;
        for (let i = 0; i < n; i += 1) {
          expect(share[i]).toBeGreaterThanOrEqual(0);
          if (edgeOf[i]! < 0) expect(share[i]).toBe(0);
          for (let k = table.rowStart[i]!; k < table.rowStart[i + 1]!; k += 1) {
            const j = table.mentor[k]!;
            if (capacity[j]! <= 0) continue;
            expect(share[i]! + price[j]!).toBeGreaterThanOrEqual(value[k]!);
            if (edgeOf[i] === k) expect(share[i]! + price[j]!).toBe(value[k]);
          }
        }
        for (let j = 0; j < m; j += 1) {
          expect(price[j]).toBeGreaterThanOrEqual(0);
          expect(load[j]).toBeLessThanOrEqual(capacity[j]!);
          if (load[j]! < capacity[j]!) expect(price[j]).toBe(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
