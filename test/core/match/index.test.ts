import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPeople, type MatchResult } from '../../../src/core/match/index.js';
import { referenceBlockingPairs, storedScores } from './blocking-reference.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import type { Person } from '../../../src/core/types.js';
import { configChangesArbitrary, sidesArbitrary } from './arbitraries.js';
import { bruteForceBest } from './brute-force.js';
import { config, STAGES } from './builders.js';
import { generateRoster, random } from './generate.js';
import { brokenRule } from './oracle.js';

const small = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }))
  .chain(([mentees, mentors]) => sidesArbitrary(mentees, mentors));

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('matchPeople', () => {
  it('matches as many mentees, and as high a total, as a brute force over all matchings', () => {
    fc.assert(
      fc.property(small, configChangesArbitrary, (people, changes) => {
        const settings = config(changes);
        const result = matchPeople(people, settings, STAGES);
        const capacity = Int32Array.from(result.scores.mentorIds, (id) => people.find((p) => p.id === id)!.capacity ?? 1);
        const best = bruteForceBest(storedScores(result.scores), capacity, settings.objective);
        const tenths = result.pairs.reduce((sum, p) => sum + Math.round(p.score * 10), 0);
        expect({ count: result.summary.matched, tenths }).toEqual(best);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every hard rule, capacity and the minimum score on 200 random people', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), configChangesArbitrary, (seed, changes) => {
        const settings = config(changes);
        const people = generateRoster(200, seed);
        const byId = new Map(people.map((p) => [p.id, p]));
        const result = matchPeople(people, settings, STAGES);
        const load = new Map<string, number>();
        const mentees = new Set<string>();
        for (const pair of result.pairs) {
          const m = byId.get(pair.mentor_id)!;
          const e = byId.get(pair.mentee_id)!;
          expect(brokenRule(m, e, settings, DEFAULT_STAGES)).toBeNull();
          expect(pair.score).toBeGreaterThanOrEqual(settings.minScore);
          expect(mentees.has(e.id)).toBe(false);
          mentees.add(e.id);
          load.set(m.id, (load.get(m.id) ?? 0) + 1);
        }
        for (const [id, count] of load) expect(count).toBeLessThanOrEqual(byId.get(id)!.capacity ?? 1);
        for (const row of result.unmatched.filter((u) => u.role === 'mentee')) expect(mentees.has(row.id)).toBe(false);
        const menteeCount = people.filter((p) => p.role !== 'mentor').length;
        expect(result.pairs.length + result.unmatched.filter((u) => u.role === 'mentee').length).toBe(menteeCount);
        expect(result.blockingPairs).toBe(referenceBlockingPairs({ ...result, scores: storedScores(result.scores) }));
      }),
      { numRuns: 25 },
    );
  });

  it('leaves no blocking pair with the stable algorithm', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), configChangesArbitrary, (seed, changes) => {
        const result = matchPeople(generateRoster(120, seed), config({ ...changes, algorithm: 'stable' }), STAGES);
        expect(result.blockingPairs).toBe(0);
        expect(referenceBlockingPairs({ ...result, scores: storedScores(result.scores) })).toBe(0);
        expect(result.blockingPairs).toBe(0);
      }),
      { numRuns: 25 },
    );
  });

  it('gives the same result for the same input, in any order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), configChangesArbitrary, fc.constantFrom('optimal', 'stable'), (seed, changes, algorithm) => {
        const people: Person[] = generateRoster(80, seed);
        const settings = config({ ...changes, algorithm });
        // The score table computes its rows afresh: compare the rows, not the function that makes them.
        const plain = (result: MatchResult) => ({ ...result, scores: storedScores(result.scores) });
        const first = plain(matchPeople(people, settings, STAGES));
        expect(plain(matchPeople(people, settings, STAGES))).toEqual(first);
        expect(plain(matchPeople(shuffled(people, seed), settings, STAGES))).toEqual(first);
      }),
      { numRuns: 20 },
    );
  });

  it('matches a regional scheme of 3,000 people within the rules', () => {
    const people = generateRoster(3000, 42);
    const progress = new Set<string>();
    const result = matchPeople(people, config(), { ...STAGES, onProgress: (phase) => progress.add(phase) });
    expect([...progress]).toEqual(['candidates', 'solve', 'pricing']);
    expect(result.summary.matched).toBeGreaterThan(1500);
    expect(result.summary.unmatchedByReason.map((r) => r.count).reduce((a, b) => a + b, 0)).toBe(result.summary.unmatchedMentees);
  });
});
