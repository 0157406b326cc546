import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storedScores } from './blocking-reference.js';
import { matchPeople } from '../../../src/core/match/index.js';
import { config, mentor, person, STAGES } from './builders.js';
import { generateRoster } from './generate.js';

const primary = { stage: 'ect', phases: ['primary'] };
const teacher = { stage: 'teacher', phases: ['primary'] };

describe('alternatives', () => {
  it('lists the next best mentors with why each was not chosen', () => {
    const people = [
      person({ id: 'e1', name: 'Eve', ...primary, subjects: ['maths'], region: 'london' }),
      person({ id: 'e2', name: 'Fay', ...primary, subjects: ['maths'] }),
      mentor({ id: 'm1', name: 'Max', ...teacher, subjects: ['maths'], region: 'london' }),
      mentor({ id: 'm2', name: 'Ned', ...teacher, subjects: ['maths'] }),
      mentor({ id: 'm3', name: 'Oli', ...teacher }),
    ];
    const rows = matchPeople(people, config(), STAGES).alternatives.map((a) => `${a.mentee_name} ${a.rank} ${a.mentor_name} ${a.score}: ${a.why_not}`);
    expect(rows).toEqual([
      'Eve 1 Ned 55: at capacity with Fay (score 55)',
      'Eve 2 Oli 35: lower score (35 vs 65)',
      'Fay 1 Max 55: at capacity with Eve (score 65)',
      'Fay 2 Oli 35: lower score (35 vs 55)',
    ]);
  });

  it('lists alternatives for unmatched mentees too, and at most `alternatives` per mentee', () => {
    const people = [person({ id: 'e1', name: 'Eve', ...primary }), person({ id: 'e2', name: 'Fay', ...primary }), mentor({ id: 'm1', name: 'Max', ...teacher, capacity: 1 })];
    const result = matchPeople(people, config({ alternatives: 1 }), STAGES);
    const unmatched = result.unmatched[0]!.id;
    expect(result.alternatives.filter((a) => a.mentee_id === unmatched).map((a) => a.why_not)).toEqual([
      `at capacity with ${unmatched === 'e1' ? 'Fay' : 'Eve'} (score 35)`,
    ]);
    expect(matchPeople(people, config({ alternatives: 0 }), STAGES).alternatives).toEqual([]);
  });

  it('names kept partners, says when scores tie, and lists none for kept mentees', () => {
    const people = [
      person({ id: 'e1', name: 'Eve', ...primary }),
      person({ id: 'e2', name: 'Fay', ...primary, subjects: ['art'] }),
      person({ id: 'e3', name: 'Gus', ...primary, subjects: ['art'] }),
      mentor({ id: 'm1', name: 'Max', ...teacher, capacity: 2 }),
      mentor({ id: 'm2', name: 'Ned', ...teacher, subjects: ['art'] }),
      mentor({ id: 'm3', name: 'Oli', ...teacher }),
    ];
    const keep = [{ mentorEmail: 'm1@example.org', menteeEmail: 'e2@example.org' }];
    const rows = matchPeople(people, config(), { ...STAGES, keep }).alternatives.map((a) => `${a.mentee_name} ${a.mentor_name}: ${a.why_not}`);
    expect(rows).toEqual([
      'Eve Ned: at capacity with Gus (score 55)',
      'Eve Oli: same score as the chosen mentor (35)',
      'Gus Max: at capacity with Eve (score 35), Fay (kept, score 35)',
      'Gus Oli: lower score (35 vs 55)',
    ]);
  });

  it('are each mentee’s best other candidates, by score then mentor id', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 5 }), (seed, count) => {
        const result = matchPeople(generateRoster(150, seed), config({ alternatives: count, minScore: 20 }), STAGES);
        const scores = storedScores(result.scores);
        const partner = new Map(result.pairs.map((p) => [p.mentee_id, p.mentor_id]));
        scores.menteeIds.forEach((id, i) => {
          const expected: string[] = [];
          for (let k = scores.rowStart[i]!; k < scores.rowStart[i + 1]!; k += 1) {
            const mentorId = scores.mentorIds[scores.mentor[k]!]!;
            if (scores.tenths[k]! >= scores.minTenths && mentorId !== partner.get(id)) expected.push(`${mentorId} ${scores.tenths[k]! / 10}`);
          }
          expected.sort((a, b) => Number(b.split(' ')[1]) - Number(a.split(' ')[1]) || (a < b ? -1 : 1));
          const listed = result.alternatives.filter((a) => a.mentee_id === id).map((a) => `${a.mentor_id} ${a.score}`);
          expect(listed).toEqual(expected.slice(0, count));
        });
      }),
      { numRuns: 15 },
    );
  });
});
