import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCandidates } from './stored-rows.js';
import { compileRoster } from '../../../src/core/match/roster.js';
import { firstFailingRule, RULE_PASS, type RuleContext } from '../../../src/core/match/rules.js';
import { scoreContext, scoreTenths } from '../../../src/core/match/score.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import { configChangesArbitrary, rosterArbitrary } from './arbitraries.js';
import { config, mentor, person } from './builders.js';

describe('buildCandidates', () => {
  it('lists exactly the pairs passing every hard rule, each with its score, whatever the blocking', () => {
    fc.assert(
      fc.property(rosterArbitrary(0, 14), configChangesArbitrary, (people, changes) => {
        const settings = config(changes);
        const roster = compileRoster(people, DEFAULT_STAGES);
        const rules: RuleContext = { roster, rules: settings.rules, excluded: new Set(), remaining: roster.capacity };
        const score = scoreContext(roster, settings);
        const menteeOpen = Uint8Array.from(roster.mentees, () => 1);
        const table = buildCandidates({ rules, score, menteeOpen, minTenths: 0 });
        const expected: string[] = [];
        const listed: string[] = [];
        roster.mentees.forEach((e, i) => {
          roster.mentors.forEach((m, j) => {
            if (firstFailingRule(rules, m, e) === RULE_PASS) expected.push(`${i}-${j}-${scoreTenths(score, m, e)}`);
          });
          for (let k = table.rowStart[i]!; k < table.rowStart[i + 1]!; k += 1) {
            listed.push(`${i}-${table.mentor[k]}-${table.tenths[k]}`);
          }
        });
        expect(listed).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the rows of mentees not to be matched empty, and reports progress', () => {
    const people = [person({ id: 'e1', phases: ['primary'] }), person({ id: 'e2' }), mentor({ id: 'm1', stage: 'teacher' })];
    const roster = compileRoster(people, DEFAULT_STAGES);
    const settings = config();
    const progress: [string, number, number][] = [];
    const table = buildCandidates({
      rules: { roster, rules: settings.rules, excluded: new Set(), remaining: roster.capacity },
      score: scoreContext(roster, settings),
      menteeOpen: Uint8Array.from([0, 1]),
      minTenths: 0,
      onProgress: (...args) => progress.push(args),
    });
    expect(Array.from(table.rowStart)).toEqual([0, 0, 1]);
    expect(table.menteeIds).toEqual(['e1', 'e2']);
    expect(table.mentorIds).toEqual(['m1']);
    expect(progress).toEqual([['candidates', 2, 2]]);
  });
});
