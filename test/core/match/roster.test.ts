import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { compileRoster } from '../../../src/core/match/roster.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import { mentor, person } from './builders.js';

describe('compileRoster', () => {
  it('sorts people by id and splits the sides; `both` is on each', () => {
    const roster = compileRoster(
      [person({ id: 'c' }), mentor({ id: 'a' }), person({ id: 'b', role: 'both', capacity: null })],
      DEFAULT_STAGES,
    );
    expect(roster.people.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(Array.from(roster.mentors)).toEqual([0, 1]);
    expect(Array.from(roster.mentees)).toEqual([1, 2]);
    expect(Array.from(roster.capacity)).toEqual([1, 1, 0]);
  });

  it('ranks stages by the ladder and leaves unknown ones unranked', () => {
    const roster = compileRoster([person({ id: 'a', stage: 'ect' }), person({ id: 'b', stage: 'governor' })], DEFAULT_STAGES);
    expect(roster.rank[0]).toBe(2);
    expect(roster.rank[1]).toBeNaN();
  });

  it('refuses two people with one id, naming both', () => {
    const twins = [person({ id: 'x', email: 'one@example.org' }), person({ id: 'x', email: 'two@example.org' })];
    expect(() => compileRoster(twins, DEFAULT_STAGES)).toThrow(InputError);
    expect(() => compileRoster(twins, DEFAULT_STAGES)).toThrow(/two people share the id "x" \(one@example.org and two@example.org\)/);
  });
});
