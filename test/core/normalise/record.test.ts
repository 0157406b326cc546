import { describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS } from '../../../src/core/types.js';
import { personToRecord, personToRow, recordToCells, rosterHeaders } from '../../../src/core/normalise/record.js';
import { person } from '../builders.js';

describe('personToRecord', () => {
  it('writes the contract columns as text, sets as sorted slugs joined by "; "', () => {
    const record = personToRecord(
      person({
        subjects: ['science', 'art-and-design'],
        availability: ['mon-lunch', 'tue-morning'],
        capacity: 0,
        consent: false,
        extra: { Twitter: '@jo', email: 'old@x.example' },
      }),
    );
    expect(Object.keys(record)).toEqual([...ROSTER_COLUMNS, 'Twitter', 'email (extra)']);
    expect(record).toMatchObject({ subjects: 'art-and-design; science', availability: 'mon-lunch; tue-morning', capacity: '0', consent: 'false', Twitter: '@jo' });
    expect(personToRecord(person({ role: 'mentee', capacity: null })).capacity).toBe('');
  });
});

describe('personToRow', () => {
  it('keeps sets and availability as lists, capacity a number, consent a boolean, in the order of personToRecord', () => {
    const someone = person({ subjects: ['art-and-design', 'science'], capacity: 2, consent: true, extra: { Twitter: '@jo', email: 'old@x.example' } });
    const row = personToRow(someone);
    expect(Object.keys(row)).toEqual(Object.keys(personToRecord(someone)));
    expect(row).toMatchObject({ subjects: ['art-and-design', 'science'], capacity: 2, consent: true, 'email (extra)': 'old@x.example' });
    expect(personToRow(person({ role: 'mentee', capacity: null })).capacity).toBeNull();
  });
});

describe('rosterHeaders and recordToCells', () => {
  it('put the contract columns first, then every extra column in order of first appearance', () => {
    const people = [person({ extra: { B: '1' } }), person({ extra: { A: '2', B: '3' } })];
    const headers = rosterHeaders(people);
    expect(headers).toEqual([...ROSTER_COLUMNS, 'B', 'A']);
    expect(recordToCells(personToRecord(people[0]!), headers).slice(-2)).toEqual(['1', '']);
  });

  it('name an extra column called like a roster column once, as its row does (`id (extra)`)', () => {
    const people = [person({ extra: { id: 'x', 'id (extra)': 'y' } }), person({ extra: { id: 'z' } })];
    expect(rosterHeaders(people).slice(ROSTER_COLUMNS.length)).toEqual(['id (extra)']);
    expect(Object.keys(personToRow(people[0]!))).toContain('id (extra)');
  });

  it('name one called like a roster column in another case so too (MS Forms\' own Email and Name), so a re-import reads the same', () => {
    const msForms = person({ extra: { ID: '7', Email: 'anonymous', Name: 'Jo Bloggs', 'Start time': '2026-10-01' } });
    expect(rosterHeaders([msForms]).slice(ROSTER_COLUMNS.length)).toEqual(['ID (extra)', 'Email (extra)', 'Name (extra)', 'Start time']);
    expect(personToRow(msForms)).toMatchObject({ 'Email (extra)': 'anonymous', email: msForms.email });
  });
});
