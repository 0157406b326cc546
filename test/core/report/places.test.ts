import { describe, expect, it } from 'vitest';
import { freeByKey, mentorPlaces } from '../../../src/core/report/places.js';
import { readRoster } from '../../../src/core/report/roster.js';
import { matchRow, rosterRow } from './builders.js';

const roster = readRoster([rosterRow('m1', { role: 'mentor', capacity: '2' }), rosterRow('m2', { role: 'both' }), rosterRow('e1')]);

describe('mentorPlaces', () => {
  it('uses the mentors sheet when given, computing what it leaves blank', () => {
    const places = mentorPlaces(roster, [matchRow('1', 'm1', 'e1')], [
      { mentor_id: 'm1', name: 'A', email: 'M1@example.org', capacity: '3', assigned: '', free: '' },
    ]);
    expect(places?.from).toBe('mentors');
    expect(places?.loads).toEqual([{ id: 'm1', mentor: { name: 'A', email: 'm1@example.org' }, capacity: 3, assigned: 1, free: 2 }]);
  });

  it('falls back on roster capacity (1 when blank) less the pairs in the match sheet', () => {
    const places = mentorPlaces(roster, [matchRow('1', 'm1', 'e1'), matchRow('2', 'm2', 'e1'), matchRow('3', 'm2', 'e2')], undefined);
    expect(places?.loads.map((l) => [l.id, l.capacity, l.assigned, l.free])).toEqual([
      ['m1', 2, 1, 1],
      ['m2', 1, 2, 0],
    ]);
    expect(freeByKey(places!).get('m1@example.org')).toBe(1);
  });

  it('is null with neither roster nor mentors sheet', () => {
    expect(mentorPlaces(null, [], undefined)).toBeNull();
  });
});
