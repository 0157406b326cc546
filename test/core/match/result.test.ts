import { describe, expect, it } from 'vitest';
import { matchPeople } from '../../../src/core/match/index.js';
import { config, mentor, person, STAGES } from './builders.js';

describe('summary and mentor loads', () => {
  it('counts mentees, pairs, places, scores and unmatched reasons', () => {
    const people = [
      person({ id: 'e1', stage: 'ect', phases: ['primary'] }),
      person({ id: 'e2', stage: 'ect', phases: ['primary'], subjects: ['art'] }),
      person({ id: 'e3', stage: 'ect', phases: ['early-years'] }),
      person({ id: 'e4', consent: false }),
      mentor({ id: 'm1', stage: 'teacher', phases: ['primary'], subjects: ['art'], capacity: 3 }),
      mentor({ id: 'm2', stage: 'teacher', phases: ['secondary'], capacity: 0 }),
      mentor({ id: 'm3', consent: false }),
    ];
    const result = matchPeople(people, config(), STAGES);
    expect(result.mentors).toEqual([
      { mentor_id: 'm1', name: 'm1', email: 'm1@example.org', capacity: 3, assigned: 2, free: 1 },
      { mentor_id: 'm2', name: 'm2', email: 'm2@example.org', capacity: 0, assigned: 0, free: 0 },
      { mentor_id: 'm3', name: 'm3', email: 'm3@example.org', capacity: 1, assigned: 0, free: 1 },
    ]);
    expect(result.summary).toEqual({
      algorithm: 'optimal',
      objective: 'most-matched',
      mentees: 4,
      matched: 2,
      kept: 0,
      unmatchedMentees: 2,
      mentors: 3,
      mentorsUsed: 1,
      mentorsUnavailable: 2,
      places: 3,
      placesFree: 1,
      totalScore: 90,
      meanScore: 45,
      candidatePairs: 2,
      blockingPairs: 0,
      optimality: { proven: true, rounds: 1, morePairsAtMost: 0, morePointsAtMost: 0 },
      unmatchedByReason: [
        { code: 'no-consent', label: 'did not consent to sharing details', count: 1 },
        { code: 'phase', label: 'no mentor in their phase', count: 1 },
      ],
    });
  });

  it('has no mean score without pairs', () => {
    expect(matchPeople([person({ id: 'e' })], config(), STAGES).summary.meanScore).toBeNull();
  });
});
