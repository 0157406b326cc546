import { describe, expect, it } from 'vitest';
import { matchPeople } from '../../../src/core/match/index.js';
import { pairId } from '../../../src/core/match/pairs.js';
import { config, mentor, person, STAGES } from './builders.js';

describe('pair rows', () => {
  it('fill every column of the Matches sheet', () => {
    const people = [
      mentor({
        id: 'm1',
        name: 'Ann Mentor',
        email: 'ann@example.org',
        stage: 'senior-leader',
        phases: ['secondary'],
        subjects: ['maths', 'physics'],
        focus: ['behaviour'],
        region: 'north-west',
        mode: 'online',
        availability: ['tue-after-school', 'thu-evening'],
      }),
      person({
        id: 'e1',
        name: 'Cat Mentee',
        email: 'cat@example.org',
        stage: 'ect',
        phases: ['secondary'],
        subjects: ['maths', 'chemistry'],
        focus: ['behaviour', 'workload'],
        region: 'north-west',
        availability: ['tue-after-school'],
      }),
    ];
    const [row] = matchPeople(people, config(), STAGES).pairs;
    expect(row).toEqual({
      pair_id: pairId('m1', 'e1'),
      mentor_id: 'm1',
      mentor_name: 'Ann Mentor',
      mentor_email: 'ann@example.org',
      mentee_id: 'e1',
      mentee_name: 'Cat Mentee',
      mentee_email: 'cat@example.org',
      // (25·1 + 20·½ + 20·½ + 15·⅓ + 10·1 + 10·¾) / 100
      score: 67.5,
      reasons:
        'Both secondary; shared subject maths; mentor offers behaviour; same region (North West); both free Tuesday after school; Senior leader for Early-career teacher',
      score_phase: 1,
      score_subjects: 0.5,
      score_focus: 0.5,
      score_availability: 0.33,
      score_region: 1,
      score_stage: 0.75,
      shared_phases: ['secondary'],
      shared_subjects: ['maths'],
      shared_focus: ['behaviour'],
      common_slots: ['tue-after-school'],
      mode: 'online',
      kept: false,
    });
  });

  it('are sorted by mentor name, then mentee name', () => {
    const people = [
      mentor({ id: 'm1', name: 'zoe', capacity: 2 }),
      mentor({ id: 'm2', name: 'Adam' }),
      person({ id: 'e1', name: 'Yan' }),
      person({ id: 'e2', name: 'bea' }),
      person({ id: 'e3', name: 'Carl' }),
    ];
    const names = matchPeople(people, config(), STAGES).pairs.map((p) => `${p.mentor_name}/${p.mentee_name}`);
    expect(names.map((n) => n.split('/')[0])).toEqual(['Adam', 'zoe', 'zoe']);
    expect(names.slice(1).map((n) => n.split('/')[1]!.toLowerCase())).toEqual(
      names.slice(1).map((n) => n.split('/')[1]!.toLowerCase()).sort(),
    );
  });
});

describe('pairId', () => {
  it('is stable for the same two people and differs between pairs and directions', () => {
    expect(pairId('a', 'b')).toBe(pairId('a', 'b'));
    expect(pairId('a', 'b')).toMatch(/^p-[0-9a-f]{12}$/);
    expect(pairId('a', 'b')).not.toBe(pairId('b', 'a'));
    expect(pairId('ab', 'c')).not.toBe(pairId('a', 'bc'));
  });
});
