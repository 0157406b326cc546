import { describe, expect, it } from 'vitest';
import { groupForMeetings } from '../../../src/core/schedule/groups.js';
import { pair } from './builders.js';

const none = new Map<string, string>();

describe('groupForMeetings', () => {
  it('puts a mentor\'s mentees together on the slots every pair shares, the mentees in address order', () => {
    const pairs = [
      pair('p2', 'ana', 'eve', ['tue-after-school', 'thu-after-school'], ['tue-after-school', 'thu-after-school', 'fri-lunch']),
      pair('p1', 'ana', 'dan', ['mon-lunch', 'thu-after-school']),
      pair('p3', 'ben', 'fay', ['wed-lunch']),
    ];
    const { units, groupOf, warnings } = groupForMeetings(pairs, { sheetGroups: none, groupMentors: 'all' });
    expect(warnings).toEqual([]);
    expect([...groupOf]).toEqual([
      ['p2', 'g-ana'],
      ['p1', 'g-ana'],
    ]);
    expect(units.map((u) => u.pairId)).toEqual(['p3', 'g-ana']);
    expect(units[1]).toEqual({
      pairId: 'g-ana',
      mentor: pairs[0]!.mentor,
      mentee: { id: 'dan; eve', name: 'Dan; Eve', email: 'dan@example.org; eve@example.org' },
      members: [pairs[1]!.mentee, pairs[0]!.mentee],
      commonSlots: ['thu-after-school'],
      mentorSlots: ['tue-after-school', 'thu-after-school', 'fri-lunch'],
      mode: 'online',
    });
  });

  it('follows the sheet\'s group ids and the mentors named, and keeps a group of one as a pair', () => {
    const pairs = [pair('p1', 'ana', 'dan', []), pair('p2', 'ana', 'eve', []), pair('p3', 'ben', 'fay', []), pair('p4', 'cat', 'gus', []), pair('p5', 'cat', 'hal', [])];
    const sheetGroups = new Map([
      ['p1', 'g-a'],
      ['p2', 'g-a'],
      ['p3', 'g-b'],
    ]);
    const grouped = groupForMeetings(pairs, { sheetGroups, groupMentors: new Set(['cat@example.org']) });
    expect(grouped.units.map((u) => u.pairId)).toEqual(['g-a', 'p3', 'g-cat']);
    expect(groupForMeetings(pairs, { sheetGroups: none, groupMentors: new Set() }).units).toEqual(pairs);
  });

  it('leaves a pair whose group belongs to another mentor on its own, and warns of members who meet in different ways', () => {
    const inPerson = { ...pair('p3', 'ana', 'fay', ['tue-lunch']), mode: 'in-person' };
    const pairs = [pair('p1', 'ana', 'dan', ['tue-lunch']), pair('p2', 'ben', 'eve', ['tue-lunch']), inPerson];
    const sheetGroups = new Map(pairs.map((p) => [p.pairId, 'g-x']));
    const { units, warnings } = groupForMeetings(pairs, { sheetGroups, groupMentors: new Set() });
    expect(units.map((u) => [u.pairId, u.mode])).toEqual([
      ['p2', 'online'],
      ['g-x', 'in-person; online'],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'group g-x belongs to Ana, not Ben: the pair meets on its own; give it its own group_id',
      "the group's members meet in different ways (in-person; online); check how the group will meet",
    ]);
  });
});
