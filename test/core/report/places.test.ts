import { describe, expect, it } from 'vitest';
import { freeByKey, mentorPlaces, unavailableMentors } from '../../../src/core/report/places.js';
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

  it('gives mentors the unmatched sheet lists (no consent, paused) no free places, as the matcher did', () => {
    const unavailable = unavailableMentors([
      { id: 'm1', name: 'A', email: 'M1@example.org', role: 'mentor', reason: 'did not consent to sharing details' },
      { id: 'e1', name: 'B', email: 'e1@example.org', role: 'mentee', reason: 'no mentor in primary' },
    ]);
    expect([...unavailable]).toEqual(['m1', 'm1@example.org']);
    const fromSheet = mentorPlaces(roster, [], [{ mentor_id: 'm1', name: 'A', email: 'm1@example.org', capacity: '2', assigned: '0', free: '2' }], unavailable);
    expect(fromSheet?.loads.map((l) => [l.capacity, l.assigned, l.free])).toEqual([[0, 0, 0]]);
    const fromRoster = mentorPlaces(roster, [], undefined, unavailable);
    expect(fromRoster?.loads.map((l) => [l.id, l.capacity, l.free])).toEqual([
      ['m1', 0, 0],
      ['m2', 1, 1],
    ]);
  });

  it('links roster mentors to the match sheet by e-mail when the ids differ', () => {
    const reimported = readRoster([rosterRow('p-0000000001', { role: 'mentor', email: 'm1@example.org', capacity: '2' })]);
    const places = mentorPlaces(reimported, [matchRow('1', 'm1', 'e1'), matchRow('2', 'm1', 'e2')], undefined);
    expect(places?.loads.map((l) => [l.capacity, l.assigned, l.free])).toEqual([[2, 2, 0]]);
  });

  it('is null with neither roster nor mentors sheet', () => {
    expect(mentorPlaces(null, [], undefined)).toBeNull();
  });
});
