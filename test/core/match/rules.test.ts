import { describe, expect, it } from 'vitest';
import { compileRoster } from '../../../src/core/match/roster.js';
import * as R from '../../../src/core/match/rules.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import type { Person } from '../../../src/core/types.js';
import { config, mentor, person } from './builders.js';

const NAMES: Record<number, string> = {
  [R.RULE_SELF]: 'self',
  [R.RULE_CONSENT]: 'consent',
  [R.RULE_PHASE]: 'phase',
  [R.RULE_STAGE]: 'stage',
  [R.RULE_IN_PERSON]: 'in-person',
  [R.RULE_ORGANISATION]: 'organisation',
  [R.RULE_AVAILABILITY]: 'availability',
  [R.RULE_EXCLUDED]: 'excluded',
  [R.RULE_CAPACITY]: 'capacity',
  [R.RULE_PASS]: 'pass',
};

/** The first rule a mentor and a mentee (teacher above ECT, both primary unless given) break. */
function rule(m: Partial<Person>, e: Partial<Person>, changes: Record<string, unknown> = {}, excluded = false): string {
  const people = [
    mentor({ id: 'm', stage: 'teacher', phases: ['primary'], ...m }),
    person({ id: 'e', stage: 'ect', phases: ['primary'], ...e }),
  ];
  const roster = compileRoster(people, DEFAULT_STAGES);
  const [mi, ei] = [roster.people.findIndex((p) => p.id === 'm'), roster.people.findIndex((p) => p.id === 'e')];
  const keys = new Set(excluded ? [R.pairKey(mi, ei, people.length)] : []);
  const ctx = { roster, rules: config(changes).rules, excluded: keys, remaining: roster.capacity };
  return NAMES[R.firstFailingRule(ctx, mi, ei)]!;
}

describe('firstFailingRule', () => {
  it('passes a plain pair', () => {
    expect(rule({}, {})).toBe('pass');
  });

  it('never pairs a person with themselves', () => {
    const roster = compileRoster([person({ id: 'b', role: 'both', capacity: 2 })], DEFAULT_STAGES);
    expect(R.firstFailingRule({ roster, rules: config().rules, excluded: new Set(), remaining: roster.capacity }, 0, 0)).toBe(
      R.RULE_SELF,
    );
  });

  it('needs both to consent, unless the rule is off', () => {
    expect(rule({ consent: false }, {})).toBe('consent');
    expect(rule({}, { consent: false })).toBe('consent');
    expect(rule({}, { consent: false }, { rules: { consent: false } })).toBe('pass');
  });

  it('needs a shared phase, with all-through sharing any phase and a missing phase blocking nothing', () => {
    expect(rule({ phases: ['secondary'] }, { phases: ['primary'] })).toBe('phase');
    expect(rule({ phases: ['secondary', 'primary'] }, { phases: ['primary'] })).toBe('pass');
    expect(rule({ phases: ['all-through'] }, { phases: ['early-years'] })).toBe('pass');
    expect(rule({ phases: ['special'] }, { phases: ['all-through'] })).toBe('pass');
    expect(rule({ phases: [] }, { phases: ['primary'] })).toBe('pass');
    expect(rule({ phases: ['secondary'] }, { phases: ['primary'] }, { rules: { phase: 'off' } })).toBe('pass');
  });

  it('needs the mentor at least minStageGap stages above; an unknown stage blocks nothing', () => {
    expect(rule({ stage: 'ect' }, { stage: 'ect' })).toBe('stage');
    expect(rule({ stage: 'hlta' }, { stage: 'ect' })).toBe('stage');
    expect(rule({ stage: 'trainee' }, { stage: 'ect' })).toBe('stage');
    expect(rule({ stage: 'teacher' }, { stage: 'ect' }, { rules: { minStageGap: 2 } })).toBe('stage');
    expect(rule({ stage: 'middle-leader' }, { stage: 'ect' }, { rules: { minStageGap: 2 } })).toBe('pass');
    expect(rule({ stage: 'ect' }, { stage: 'ect' }, { rules: { minStageGap: 0 } })).toBe('pass');
    expect(rule({ stage: '' }, { stage: 'headteacher' })).toBe('pass');
    expect(rule({ stage: 'governor' }, { stage: 'ect' })).toBe('pass');
  });

  it('needs the same region and an in-person-capable partner when either meets only in person', () => {
    expect(rule({ mode: 'in-person', region: 'london' }, { region: 'north-west' })).toBe('in-person');
    expect(rule({ region: 'london' }, { mode: 'in-person', region: 'north-west' })).toBe('in-person');
    expect(rule({ mode: 'online' }, { mode: 'in-person', region: 'london' })).toBe('in-person');
    expect(rule({ mode: 'in-person', region: 'london' }, { mode: 'in-person', region: 'london' })).toBe('pass');
    expect(rule({ mode: 'in-person', region: '' }, { region: 'london' })).toBe('pass');
    expect(rule({ region: 'london' }, { region: 'north-west' })).toBe('pass');
    const off = { rules: { inPersonSameRegion: false } };
    expect(rule({ mode: 'online' }, { mode: 'in-person', region: 'london' }, off)).toBe('pass');
  });

  it('keeps people of one organisation apart unless allowed or preferred', () => {
    expect(rule({ organisation: 'Oakwood Academy' }, { organisation: 'the oakwood academy.' })).toBe('organisation');
    expect(rule({ organisation: 'Oakwood Academy' }, { organisation: 'Oakwood Primary' })).toBe('pass');
    expect(rule({ organisation: '' }, { organisation: '' })).toBe('pass');
    expect(rule({ organisation: 'Oak' }, { organisation: 'Oak' }, { rules: { sameOrganisation: 'allow' } })).toBe('pass');
    expect(rule({ organisation: 'Oak' }, { organisation: 'Oak' }, { rules: { sameOrganisation: 'prefer' } })).toBe('pass');
  });

  it('needs a common free time only when availability is required', () => {
    const apart: [Partial<Person>, Partial<Person>] = [{ availability: ['mon-lunch'] }, { availability: ['tue-evening'] }];
    expect(rule(...apart)).toBe('pass');
    expect(rule(...apart, { rules: { availability: 'required' } })).toBe('availability');
    expect(rule({ availability: [] }, { availability: ['tue-evening'] }, { rules: { availability: 'required' } })).toBe('pass');
  });

  it('never makes an excluded pair', () => {
    expect(rule({}, {}, {}, true)).toBe('excluded');
  });

  it('needs a mentor with a place (capacity 0 is paused)', () => {
    expect(rule({ capacity: 0 }, {})).toBe('capacity');
  });
});
