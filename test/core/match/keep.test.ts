import { describe, expect, it } from 'vitest';
import { matchPeople } from '../../../src/core/match/index.js';
import type { KeptPair } from '../../../src/core/match/types.js';
import { config, mentor, person, STAGES } from './builders.js';

const pair = (m: string, e: string): KeptPair => ({ mentorEmail: `${m}@example.org`, menteeEmail: `${e}@example.org` });
const people = [
  person({ id: 'amy', name: 'Amy', stage: 'ect', phases: ['primary'], organisation: 'Oak School' }),
  person({ id: 'ben', name: 'Ben', stage: 'ect', phases: ['primary'] }),
  mentor({ id: 'kim', name: 'Kim', stage: 'teacher', phases: ['primary'], organisation: 'Oak School' }),
  mentor({ id: 'lee', name: 'Lee', stage: 'teacher', phases: ['primary'] }),
];

describe('kept pairs', () => {
  it('keeps a pair exactly, even one a rule now forbids, and matches the rest around it', () => {
    const result = matchPeople(people, config(), { ...STAGES, keep: [{ mentorEmail: 'KIM@example.org', menteeEmail: ' amy@example.org ' }] });
    expect(result.pairs.map((p) => [p.mentor_id, p.mentee_id, p.kept])).toEqual([
      ['kim', 'amy', true],
      ['lee', 'ben', false],
    ]);
    expect(result.pairs[0]!.reasons).toBe(
      'Kept from the previous sheet (the rule "different organisations" does not hold); Both primary; Teacher for Early-career teacher',
    );
    expect(result.changes).toEqual([
      { change: 'kept', mentor_email: 'kim@example.org', mentor_name: 'Kim', mentee_email: 'amy@example.org', mentee_name: 'Amy', reason: 'both still signed up' },
      { change: 'new', mentor_email: 'lee@example.org', mentor_name: 'Lee', mentee_email: 'ben@example.org', mentee_name: 'Ben', reason: 'score 35' },
    ]);
    expect(result.summary.kept).toBe(1);
  });

  it('uses up the kept mentor’s capacity', () => {
    const result = matchPeople(people.slice(1), config(), { ...STAGES, keep: [pair('lee', 'ben')] });
    expect(result.mentors.find((m) => m.mentor_id === 'lee')).toMatchObject({ capacity: 1, assigned: 1, free: 0 });
    expect(result.pairs).toHaveLength(1);
  });

  it('releases pairs whose people left, withdrew consent, changed side or are excluded, with a reason', () => {
    const roster = [...people, person({ id: 'cat', name: 'Cat', consent: false }), person({ id: 'dan', name: 'Dan', role: 'mentor', capacity: 1 })];
    const keep = [pair('gone', 'amy'), pair('kim', 'gone'), pair('lee', 'cat'), pair('amy', 'ben'), pair('lee', 'dan'), pair('lee', 'amy'), pair('kim', 'ben')];
    const result = matchPeople(roster, config(), { ...STAGES, keep, exclude: [pair('kim', 'ben')] });
    const released = result.changes.filter((c) => c.change === 'released').map((c) => `${c.mentor_email} ${c.mentee_email}: ${c.reason}`);
    expect(released).toEqual([
      'gone@example.org amy@example.org: mentor gone@example.org is no longer on the roster',
      'amy@example.org ben@example.org: Amy is no longer signed up as a mentor',
      'kim@example.org ben@example.org: the pair is on the exclusion list',
      'lee@example.org cat@example.org: Cat did not consent to sharing details',
      'lee@example.org dan@example.org: Dan is no longer signed up as a mentee',
      'kim@example.org gone@example.org: mentee gone@example.org is no longer on the roster',
    ]);
    expect(result.pairs.filter((p) => p.kept).map((p) => `${p.mentor_id}-${p.mentee_id}`)).toEqual(['lee-amy']);
  });

  it('keeps one pair per mentee: the first by mentor e-mail', () => {
    const result = matchPeople(people, config({ rules: { sameOrganisation: 'allow' } }), { ...STAGES, keep: [pair('lee', 'amy'), pair('kim', 'amy')] });
    expect(result.pairs.filter((p) => p.kept).map((p) => p.mentor_id)).toEqual(['kim']);
    expect(result.changes.find((c) => c.change === 'released')?.reason).toBe('Amy is already kept with Kim');
  });

  it('says when a kept mentor is now over capacity', () => {
    const result = matchPeople(
      people.map((p) => (p.id === 'lee' ? { ...p, capacity: 1 } : p)),
      config(),
      { ...STAGES, keep: [pair('lee', 'amy'), pair('lee', 'ben')] },
    );
    expect(result.changes.map((c) => c.reason)).toEqual(['kept although Lee now has capacity 1', 'kept although Lee now has capacity 1']);
    expect(result.mentors.find((m) => m.mentor_id === 'lee')).toMatchObject({ assigned: 2, free: 0 });
  });

  it('lists no changes when nothing was kept', () => {
    expect(matchPeople(people, config(), STAGES).changes).toEqual([]);
  });
});

describe('exclusions', () => {
  it('never makes an excluded pair, whatever it would score', () => {
    const two = [people[1]!, people[3]!];
    expect(matchPeople(two, config(), STAGES).pairs).toHaveLength(1);
    expect(matchPeople(two, config(), { ...STAGES, exclude: [pair('LEE', 'ben')] }).pairs).toHaveLength(0);
  });

  it('holds an exclusion whichever address the list puts first', () => {
    const two = [people[1]!, people[3]!];
    expect(matchPeople(two, config(), { ...STAGES, exclude: [pair('ben', 'lee')] }).pairs).toHaveLength(0);
  });
});
