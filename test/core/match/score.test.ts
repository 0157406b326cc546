import { describe, expect, it } from 'vitest';
import { compileRoster } from '../../../src/core/match/roster.js';
import { criterionScores, scoreContext, scoreTenths, stageScore } from '../../../src/core/match/score.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import type { Person } from '../../../src/core/types.js';
import { config, mentor, person } from './builders.js';

/** The six criterion scores (phase, subjects, focus, availability, region, stage) and the score in tenths. */
function scores(m: Partial<Person>, e: Partial<Person>, changes: Record<string, unknown> = {}) {
  const roster = compileRoster([mentor({ id: 'm', ...m }), person({ id: 'e', ...e })], DEFAULT_STAGES);
  const ctx = scoreContext(roster, config(changes));
  const [mi, ei] = [roster.people.findIndex((p) => p.id === 'm'), roster.people.findIndex((p) => p.id === 'e')];
  return { parts: Array.from(criterionScores(ctx, mi, ei)), tenths: scoreTenths(ctx, mi, ei) };
}

describe('criterion scores', () => {
  it('phase: 1 for a phase both named, ½ through all-through, 0 otherwise or unknown', () => {
    expect(scores({ phases: ['primary', 'secondary'] }, { phases: ['secondary'] }).parts[0]).toBe(1);
    expect(scores({ phases: ['all-through'] }, { phases: ['secondary'] }).parts[0]).toBe(0.5);
    expect(scores({ phases: ['primary'] }, { phases: ['all-through'] }).parts[0]).toBe(0.5);
    expect(scores({ phases: ['all-through'] }, { phases: ['all-through'] }).parts[0]).toBe(1);
    expect(scores({ phases: ['primary'] }, { phases: ['secondary'] }).parts[0]).toBe(0);
    expect(scores({ phases: [] }, { phases: ['secondary'] }).parts[0]).toBe(0);
  });

  it("subjects and focus: the share of the mentee's values the mentor has", () => {
    const s = scores({ subjects: ['maths', 'physics'], focus: ['behaviour'] }, { subjects: ['maths', 'art', 'music', 'physics'], focus: ['send', 'behaviour'] });
    expect(s.parts[1]).toBe(0.5);
    expect(s.parts[2]).toBe(0.5);
    expect(scores({ subjects: ['maths'] }, { subjects: [] }).parts[1]).toBe(0);
  });

  it('availability: common slots over 3, at most 1', () => {
    const free = (n: number) => ['mon-lunch', 'tue-lunch', 'wed-lunch', 'thu-lunch'].slice(0, n);
    expect(scores({ availability: free(4) }, { availability: free(1) }).parts[3]).toBeCloseTo(1 / 3);
    expect(scores({ availability: free(4) }, { availability: free(2) }).parts[3]).toBeCloseTo(2 / 3);
    expect(scores({ availability: free(4) }, { availability: free(4) }).parts[3]).toBe(1);
    expect(scores({ availability: [] }, { availability: free(4) }).parts[3]).toBe(0);
  });

  it('region: 1 for the same known region; with sameOrganisation prefer, one organisation counts too', () => {
    expect(scores({ region: 'london' }, { region: 'london' }).parts[4]).toBe(1);
    expect(scores({ region: 'london' }, { region: 'north-west' }).parts[4]).toBe(0);
    expect(scores({ region: '' }, { region: '' }).parts[4]).toBe(0);
    const sameSchool = [{ organisation: 'Oak' }, { organisation: 'oak' }] as const;
    expect(scores(...sameSchool, { rules: { sameOrganisation: 'allow' } }).parts[4]).toBe(0);
    expect(scores(...sameSchool, { rules: { sameOrganisation: 'prefer' } }).parts[4]).toBe(1);
  });

  it('stage: 1 inside the ideal gap, ¼ less per stage above, ½ less per stage below, 0 when unknown', () => {
    expect(scores({ stage: 'teacher' }, { stage: 'ect' }).parts[5]).toBe(1);
    expect(scores({ stage: 'middle-leader' }, { stage: 'ect' }).parts[5]).toBe(1);
    expect(scores({ stage: 'senior-leader' }, { stage: 'ect' }).parts[5]).toBe(0.75);
    expect(scores({ stage: 'headteacher' }, { stage: 'trainee' }).parts[5]).toBe(0.25);
    expect(scores({ stage: '' }, { stage: 'ect' }).parts[5]).toBe(0);
    expect(stageScore(0, { min: 1, max: 2 })).toBe(0.5);
    expect(stageScore(-1, { min: 1, max: 2 })).toBe(0);
    expect(stageScore(9, { min: 1, max: 2 })).toBe(0);
    expect(stageScore(4, { min: 3, max: 5 })).toBe(1);
  });
});

describe('scoreTenths', () => {
  it('is 1000 × the weighted mean, rounded', () => {
    const both = { phases: ['primary'], subjects: ['maths'], focus: ['send'], region: 'london', availability: ['mon-lunch'] };
    // phase 1, subjects 1, focus 1, availability ⅓, region 1, stage 1 (teacher for ECT): (25+20+20+5+10+10)/100.
    expect(scores({ ...both, stage: 'teacher' }, { ...both, stage: 'ect' }).tenths).toBe(900);
    expect(scores({}, {}).tenths).toBe(0);
    expect(scores({ phases: ['primary'] }, { phases: ['primary'] }, { weights: { phase: 1, subjects: 0, focus: 0, availability: 0, region: 0, stage: 1 } }).tenths).toBe(500);
  });
});
