import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableSource } from '../../../src/core/match/pair-source.js';
import { collectPool, collectPoolRange, joinPools, TopRow } from '../../../src/core/match/pool.js';
import { randomTable } from './brute-force.js';
import { random } from './generate.js';

describe('TopRow', () => {
  it('keeps the best pairs by score, then lower mentor, and remembers the best score turned away', () => {
    const top = new TopRow(3, 10);
    for (const [j, t] of [[4, 500], [2, 700], [9, 700], [1, 300], [3, 700], [0, 500]] as const) top.offer(j, t);
    const mentor = new Int32Array(3);
    const tenths = new Uint16Array(3);
    expect(top.writeTo(mentor, tenths, 0)).toBe(3);
    expect([...mentor]).toEqual([2, 3, 9]);
    expect([...tenths]).toEqual([700, 700, 700]);
    expect(top.leftOut).toBe(500);
    top.reset();
    expect(top.count).toBe(0);
    expect(top.leftOut).toBe(-1);
  });
});

describe('collectPool', () => {
  it('keeps each row’s best eligible pairs, counts all of them, and joins ranges back into the same pool', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 400), (seed, keep, minTenths) => {
        const next = random(seed);
        const n = Math.floor(next() * 12);
        const m = 1 + Math.floor(next() * 9);
        const table = randomTable(next, n, m, 0.7);
        const source = tableSource(table, m);
        const pool = collectPool(source, { keep, minTenths });
        let pairs = 0;
        for (let i = 0; i < n; i += 1) {
          const row = [];
          for (let k = table.rowStart[i]!; k < table.rowStart[i + 1]!; k += 1) row.push({ j: table.mentor[k]!, t: table.tenths[k]! });
          pairs += row.length;
          const eligible = row.filter((p) => p.t >= minTenths).sort((a, b) => b.t - a.t || a.j - b.j);
          const kept = [];
          for (let k = pool.graph.rowStart[i]!; k < pool.graph.rowStart[i + 1]!; k += 1) kept.push({ j: pool.graph.mentor[k]!, t: pool.graph.tenths[k]! });
          expect(kept).toEqual(eligible.slice(0, keep));
          expect(pool.candidates[i]).toBe(row.length);
          expect(pool.eligible[i]).toBe(eligible.length);
          expect(pool.restBest[i]).toBe(eligible[keep]?.t ?? -1);
        }
        expect(pool.pairCount).toBe(pairs);
        const cut = Math.floor(n / 2);
        const joined = joinPools([collectPoolRange(source, { keep, minTenths }, 0, cut), collectPoolRange(source, { keep, minTenths }, cut, n)]);
        expect(joined).toEqual(pool);
      }),
      { numRuns: 300 },
    );
  });
});
