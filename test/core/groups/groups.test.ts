import { describe, expect, it } from 'vitest';
import { groupId, groupMentorEmails, groupsOf, wantsGroups } from '../../../src/core/groups/index.js';
import { mentor, person } from '../match/builders.js';

const pair = (pairId: string, mentorKey: string) => ({ pairId, mentorId: `id-${mentorKey}`, mentorEmail: `${mentorKey}@example.org` });

describe('group mentoring', () => {
  it('reads a roster column headed groups, in any case and with punctuation, answered yes or true', () => {
    expect(wantsGroups(mentor({ id: 'a', extra: { groups: 'yes' } }))).toBe(true);
    expect(wantsGroups(mentor({ id: 'b', extra: { 'Groups?': ' TRUE ' } }))).toBe(true);
    expect(wantsGroups(mentor({ id: 'c', extra: { groups: 'no' } }))).toBe(false);
    expect(wantsGroups(mentor({ id: 'd', extra: { notes: 'yes' } }))).toBe(false);
    const people = [mentor({ id: 'a', extra: { groups: 'y' } }), person({ id: 'e', extra: { groups: 'yes' } }), mentor({ id: 'f' })];
    expect([...groupMentorEmails(people)]).toEqual(['a@example.org']);
  });

  it('groups the pairs of every mentor with two or more mentees, or only those of the mentors named', () => {
    const pairs = [pair('p1', 'ana'), pair('p2', 'ana'), pair('p3', 'ben'), pair('p4', 'cat'), pair('p5', 'cat')];
    expect([...groupsOf(pairs, 'all')]).toEqual([
      ['p1', 'g-id-ana'],
      ['p2', 'g-id-ana'],
      ['p4', 'g-id-cat'],
      ['p5', 'g-id-cat'],
    ]);
    expect([...groupsOf(pairs, new Set(['cat@example.org', 'ben@example.org']))]).toEqual([
      ['p4', 'g-id-cat'],
      ['p5', 'g-id-cat'],
    ]);
  });

  it('names a group after its mentor, or after the address when the sheet has no mentor id', () => {
    expect(groupId('p-0123456789')).toBe('g-p-0123456789');
    const noIds = [
      { pairId: 'p1', mentorId: '', mentorEmail: 'Ana.Lee@Example.org' },
      { pairId: 'p2', mentorId: '', mentorEmail: 'ana.lee@example.org' },
    ];
    expect(groupsOf(noIds, 'all').get('p1')).toBe('g-ana.lee-example.org');
  });
});
