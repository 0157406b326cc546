import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentorPlaces } from '../../../src/core/report/places.js';
import { readRoster } from '../../../src/core/report/roster.js';
import { buildSupply } from '../../../src/core/report/supply.js';
import { matchRow, rosterRow } from './builders.js';

describe('buildSupply', () => {
  it('counts roster capacity as places and leaves matched unknown without a match sheet', () => {
    const roster = readRoster([
      rosterRow('m1', { role: 'mentor', capacity: '2', phases: 'secondary', subjects: 'maths; physics' }),
      rosterRow('e1', { phases: 'secondary', subjects: 'physics' }),
      rosterRow('e2', { phases: 'secondary', subjects: 'physics' }),
      rosterRow('e3', { phases: 'secondary', subjects: 'physics' }),
    ]);
    const supply = buildSupply(roster, undefined, mentorPlaces(roster, undefined, undefined)!);
    expect(supply.placesFrom).toBe('roster');
    expect(supply.rows.find((r) => r.key === 'physics')).toMatchObject({ wanting: 3, places: 2, matched: null, shortfall: 1 });
    expect(supply.rows.find((r) => r.key === 'maths')).toMatchObject({ wanting: 0, places: 2, shortfall: 0 });
    expect(supply.recruit).toEqual([
      'Secondary (phase): 1 more mentor place needed; 3 mentees without a mentor, 2 free places',
      'Physics (subject): 1 more mentor place needed; 3 mentees without a mentor, 2 free places',
      'London (region): 1 more mentor place needed; 3 mentees without a mentor, 2 free places',
      'Behaviour (focus): 1 more mentor place needed; 3 mentees without a mentor, 2 free places',
    ]);
  });

  it('never reports a negative shortfall nor more matched than wanting', () => {
    const person = fc.record({
      role: fc.constantFrom('mentor', 'mentee', 'both'),
      phases: fc.constantFrom('primary', 'secondary', 'primary; secondary', ''),
      capacity: fc.constantFrom('0', '1', '3', ''),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 8 }), (people, pairs) => {
        const roster = readRoster(people.map((p, i) => rosterRow(`p${i}`, p)));
        const matches = pairs.map(([a, b], i) => matchRow(String(i), `p${a}`, `p${b}`));
        const supply = buildSupply(roster, matches, mentorPlaces(roster, matches, undefined)!);
        for (const row of supply.rows) {
          expect(row.shortfall).toBeGreaterThanOrEqual(0);
          expect(row.places).toBeGreaterThanOrEqual(0);
          expect(row.matched ?? 0).toBeLessThanOrEqual(row.wanting);
          expect(row.shortfall).toBe(Math.max(0, row.wanting - (row.matched ?? 0) - row.places));
        }
      }),
      { numRuns: 150 },
    );
  });
});
