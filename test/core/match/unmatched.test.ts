import { describe, expect, it } from 'vitest';
import { matchPeople } from '../../../src/core/match/index.js';
import type { KeptPair } from '../../../src/core/match/types.js';
import type { Person } from '../../../src/core/types.js';
import { config, mentor, person, STAGES } from './builders.js';

function unmatched(people: Person[], changes: Record<string, unknown> = {}, keep?: KeptPair[], exclude?: KeptPair[]) {
  return matchPeople(people, config(changes), { ...STAGES, keep, exclude }).unmatched.map(({ id, role, code, reason, candidates }) => ({
    id,
    role,
    code,
    reason,
    candidates,
  }));
}

const ect = (id: string, fields: Partial<Person> = {}) => person({ id, stage: 'ect', phases: ['primary'], ...fields });
const teacher = (id: string, fields: Partial<Person> = {}) => mentor({ id, stage: 'teacher', phases: ['primary'], ...fields });

describe('unmatched reasons', () => {
  it('names a mentee who did not consent', () => {
    expect(unmatched([ect('e', { consent: false }), teacher('m')])).toEqual([
      { id: 'e', role: 'mentee', code: 'no-consent', reason: 'did not consent to sharing details', candidates: 0 },
    ]);
  });

  it('says when there is no mentor at all, or none who consented', () => {
    expect(unmatched([ect('e')])[0]?.reason).toBe('no mentors signed up');
    expect(unmatched([ect('e'), teacher('m', { consent: false })])[0]?.reason).toBe('no mentor consented to sharing details');
  });

  it('names the phase nobody shares', () => {
    expect(unmatched([ect('e', { phases: ['early-years'] }), teacher('m')])[0]).toMatchObject({
      code: 'phase',
      reason: 'no mentor shares phase early years',
    });
    expect(unmatched([ect('e', { phases: ['early-years', 'special'] }), teacher('m')])[0]?.reason).toBe(
      'no mentor shares phase early years or special',
    );
  });

  it('names the stage nobody is above, within the phase', () => {
    expect(unmatched([ect('e', { stage: 'headteacher' }), teacher('m', { stage: 'headteacher' })])[0]).toMatchObject({
      code: 'stage',
      reason: 'no mentor in primary has a higher stage than Headteacher',
    });
    expect(unmatched([ect('e'), teacher('m')], { rules: { minStageGap: 2 } })[0]?.reason).toBe(
      'no mentor in primary has a stage at least 2 above Early-career teacher',
    );
  });

  it('names the region for in-person meetings', () => {
    const people = [ect('e', { mode: 'in-person', region: 'north-west' }), teacher('m', { region: 'london' })];
    expect(unmatched(people)[0]).toMatchObject({
      code: 'in-person',
      reason: 'no mentor in primary in the same region (North West) for in-person meetings',
    });
    expect(unmatched([ect('e', { mode: 'in-person' }), teacher('m', { mode: 'online' })])[0]?.reason).toBe(
      'no mentor in primary can meet in person',
    );
    expect(unmatched([ect('e', { region: 'london' }), teacher('m', { mode: 'in-person', region: 'kent' })])[0]?.reason).toBe(
      'every mentor in primary who fits meets only in person, in another region',
    );
  });

  it('names the organisation, the missing free time and the exclusion list', () => {
    expect(unmatched([ect('e', { organisation: 'Oak School' }), teacher('m', { organisation: 'oak school' })])[0]?.reason).toBe(
      'every mentor who fits is at the same organisation (Oak School)',
    );
    const apart = [ect('e', { availability: ['mon-lunch'] }), teacher('m', { availability: ['fri-evening'] })];
    expect(unmatched(apart, { rules: { availability: 'required' } })[0]?.reason).toBe('no mentor who fits shares a free time');
    const excluded = [{ mentorEmail: 'm@example.org', menteeEmail: 'e@example.org' }];
    expect(unmatched([ect('e'), teacher('m')], {}, undefined, excluded)[0]?.reason).toBe(
      'every mentor who fits is on the exclusion list',
    );
  });

  it('says when mentors who fit are paused or full with kept pairs, and lists paused mentors', () => {
    const people = [ect('e'), ect('f'), teacher('m', { capacity: 0 }), teacher('n')];
    const rows = unmatched(people, {}, [{ mentorEmail: 'n@example.org', menteeEmail: 'f@example.org' }]);
    expect(rows).toEqual([
      {
        id: 'e',
        role: 'mentee',
        code: 'no-capacity',
        reason: 'no mentor in primary with free capacity (2 fit: 1 paused, 1 full with kept pairs)',
        candidates: 0,
      },
      { id: 'm', role: 'mentor', code: 'paused', reason: 'capacity 0 (paused)', candidates: 0 },
    ]);
  });

  it('lists mentors who did not consent', () => {
    expect(unmatched([teacher('m', { consent: false })])).toEqual([
      { id: 'm', role: 'mentor', code: 'no-consent', reason: 'did not consent to sharing details', candidates: 0 },
    ]);
  });

  it('says when every possible mentor scores below the minimum score', () => {
    expect(unmatched([ect('e'), teacher('m')], { minScore: 90 })[0]).toMatchObject({
      code: 'below-min-score',
      reason: '1 possible mentor, scoring below the minimum score 90',
      candidates: 1,
    });
  });

  it('says possible mentors are all full, wanted by more mentees than they have places', () => {
    const rows = unmatched([ect('e'), ect('f'), teacher('m')]);
    expect(rows).toEqual([
      { id: 'f', role: 'mentee', code: 'needed-by-others', reason: '1 possible mentor, full: more mentees can have them than they have places', candidates: 1 },
    ]);
    const two = unmatched([ect('e'), ect('f'), ect('g'), teacher('m'), teacher('n')]);
    expect(two[0]).toMatchObject({ code: 'needed-by-others', reason: '2 possible mentors, all full: more mentees can have them than they have places' });
  });

  it('says possible mentors were taken by better-scoring pairs (best scores, stable)', () => {
    // Only subjects count: f scores 100 with m and 0 with n; e (at n's school) can only have m, scoring 0.
    // Best scores pairs f with m although e and f could both have had a mentor.
    const subjectsOnly = { weights: { phase: 0, subjects: 1, focus: 0, availability: 0, region: 0, stage: 0 } };
    const bestScores = unmatched([ect('e', { organisation: 'Elm' }), ect('f', { subjects: ['maths'] }), teacher('m', { subjects: ['maths'] }), teacher('n', { organisation: 'Elm' })], {
      ...subjectsOnly,
      objective: 'best-scores',
    });
    expect(bestScores).toEqual([
      { id: 'e', role: 'mentee', code: 'taken-by-better', reason: '1 possible mentor, taken by a better-scoring pair', candidates: 1 },
    ]);
    const open = [ect('e'), ect('f', { subjects: ['maths'] }), teacher('m', { subjects: ['maths'] })];
    expect(unmatched(open, { algorithm: 'stable' })[0]).toMatchObject({
      id: 'e',
      code: 'taken-by-better',
      reason: '1 possible mentor, taken by a better-scoring pair',
    });
  });
});
