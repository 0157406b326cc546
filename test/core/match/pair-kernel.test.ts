import { describe, expect, it } from 'vitest';
import { storeRows } from './stored-rows.js';
import { rowBuffers, sortedRow, tableSource } from '../../../src/core/match/pair-source.js';
import { rosterPairs } from '../../../src/core/match/pair-kernel.js';
import { compileRoster } from '../../../src/core/match/roster.js';
import { firstFailingRule, RULE_PASS, type RuleContext } from '../../../src/core/match/rules.js';
import { scoreContext, scoreTenths } from '../../../src/core/match/score.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import type { Person } from '../../../src/core/types.js';
import { config } from './builders.js';
import { generateRoster, random } from './generate.js';

/** Every pair of a roster the slow way: rule by rule, score by score, as "mentee-mentor-tenths". */
function expectedPairs(people: Person[], changes: Record<string, unknown> = {}): { listed: string[]; expected: string[] } {
  const settings = config(changes);
  const roster = compileRoster(people, DEFAULT_STAGES);
  const rules: RuleContext = { roster, rules: settings.rules, excluded: new Set(), remaining: roster.capacity };
  const score = scoreContext(roster, settings);
  const source = rosterPairs({ rules, score, menteeOpen: Uint8Array.from(roster.mentees, () => 1) });
  const buffer = rowBuffers(source);
  const listed: string[] = [];
  const expected: string[] = [];
  roster.mentees.forEach((e, i) => {
    roster.mentors.forEach((m, j) => {
      if (firstFailingRule(rules, m, e) === RULE_PASS) expected.push(`${i}-${j}-${scoreTenths(score, m, e)}`);
    });
    const count = sortedRow(source, i, buffer);
    for (let x = 0; x < count; x += 1) listed.push(`${i}-${buffer.mentor[x]}-${buffer.tenths[x]}`);
  });
  return { listed, expected };
}

describe('rosterPairs', () => {
  it('gives the same pairs and scores as the rules one by one on a regional roster, under every rule setting', () => {
    const people = generateRoster(300, 7);
    for (const rules of [{}, { sameOrganisation: 'prefer', availability: 'required' }, { phase: 'off', minStageGap: 0, inPersonSameRegion: false }]) {
      const { listed, expected } = expectedPairs(people, { rules });
      expect(listed.length).toBeGreaterThan(100);
      expect(listed).toEqual(expected);
    }
  });

  it('takes the general path when a vocabulary has more than 32 values', () => {
    const next = random(5);
    const many = Array.from({ length: 40 }, (_, v) => `subject-${v}`);
    const people = generateRoster(120, 3).map((p) => ({ ...p, subjects: many.filter(() => next() < 0.2) }));
    const { listed, expected } = expectedPairs(people);
    expect(compileRoster(people, DEFAULT_STAGES).subjects.words).toBe(2);
    expect(listed.length).toBeGreaterThan(50);
    expect(listed).toEqual(expected);
  });

  it('stays on the one-word path with exactly 32 values, where the top bit is set', () => {
    const next = random(9);
    const many = Array.from({ length: 32 }, (_, v) => `subject-${String(v).padStart(2, '0')}`);
    const people = generateRoster(150, 4).map((p) => ({ ...p, subjects: many.filter((_, v) => v === 31 ? next() < 0.6 : next() < 0.1) }));
    const { listed, expected } = expectedPairs(people);
    expect(compileRoster(people, DEFAULT_STAGES).subjects.words).toBe(1);
    expect(listed.length).toBeGreaterThan(50);
    expect(listed).toEqual(expected);
  });

  it('restricted to some mentors, gives exactly their pairs, stored or computed', () => {
    const settings = config();
    const roster = compileRoster(generateRoster(200, 11), DEFAULT_STAGES);
    const rules: RuleContext = { roster, rules: settings.rules, excluded: new Set(), remaining: roster.capacity };
    const source = rosterPairs({ rules, score: scoreContext(roster, settings), menteeOpen: Uint8Array.from(roster.mentees, () => 1) });
    const only = Uint8Array.from(roster.mentors, (_, j) => (j % 3 === 0 ? 1 : 0));
    const rows = (s: typeof source) => {
      const buffer = rowBuffers(s);
      return Array.from(roster.mentees, (_, i) => {
        const count = sortedRow(s, i, buffer);
        return Array.from(buffer.mentor.subarray(0, count));
      });
    };
    const all = rows(source);
    const expected = all.map((row) => row.filter((j) => only[j]));
    expect(rows(source.restrict(only))).toEqual(expected);
    const stored = tableSource(storeRows(source, Infinity)!, roster.mentors.length);
    expect(rows(stored)).toEqual(all);
    expect(rows(stored.restrict(only))).toEqual(expected);
  });
});
