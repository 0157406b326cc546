import { describe, expect, it } from 'vitest';
import { rosterPairs } from '../../src/core/match/pair-kernel.js';
import { compileRoster } from '../../src/core/match/roster.js';
import { runPoolHere, type PoolJob, type PoolRunner } from '../../src/core/match/pool.js';
import { scoreContext } from '../../src/core/match/score.js';
import { DEFAULT_STAGES } from '../../src/core/stages.js';
import { poolInThreads as fromSource } from '../../src/parallel/pool-threads.js';
import { config } from '../core/match/builders.js';
import { generateRoster } from '../core/match/generate.js';

function job(size: number): PoolJob {
  const settings = config();
  const roster = compileRoster(generateRoster(size, 2026), DEFAULT_STAGES);
  const rules = { roster, rules: settings.rules, excluded: new Set<number>(), remaining: roster.capacity };
  return { pairs: { rules, score: scoreContext(roster, settings), menteeOpen: Uint8Array.from(roster.mentees, () => 1) }, keep: 16, minTenths: 0 };
}

describe('poolInThreads', () => {
  it('runs in this thread when running from source (worker threads need the built .js)', () => {
    const small = job(300);
    expect(fromSource(small, rosterPairs(small.pairs))).toEqual(runPoolHere(small, rosterPairs(small.pairs)));
  });

  it('built, gives the same pool on worker threads as in this thread, with progress up to every mentee', async () => {
    // The built module starts real worker threads (dist/parallel/pool-worker.js); `npm test` builds first.
    const built = (await import(new URL('../../dist/parallel/pool-threads.js', import.meta.url).href)) as { poolInThreads: PoolRunner };
    const large = job(5000);
    const seen: number[] = [];
    const pool = built.poolInThreads(large, rosterPairs(large.pairs), (_, done) => seen.push(done));
    expect(pool).toEqual(runPoolHere(large, rosterPairs(large.pairs)));
    expect(seen.at(-1)).toBe(large.pairs.menteeOpen.length);
  });
});
