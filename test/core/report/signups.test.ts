import { describe, expect, it } from 'vitest';
import { readRoster } from '../../../src/core/report/roster.js';
import { buildSignups } from '../../../src/core/report/signups.js';
import { DEFAULT_STAGES } from '../../../src/core/stages.js';
import { rosterRow } from './builders.js';

describe('buildSignups', () => {
  const roster = readRoster([
    rosterRow('a', { role: 'both', stage: 'teacher', phases: 'primary; secondary' }),
    rosterRow('b', { role: 'mentor', stage: 'headteacher', phases: 'primary' }),
    rosterRow('c', { role: 'mentee', stage: 'school-business-manager', phases: '', region: '' }),
  ]);
  const s = buildSignups(roster, DEFAULT_STAGES, { duplicatesMerged: null, rowsRejected: 4 });

  it('counts someone with role both on each side but once in the total', () => {
    expect(s.byPhase.find((t) => t.key === 'primary')).toEqual({ key: 'primary', label: 'Primary', mentors: 2, mentees: 1, total: 2 });
  });

  it('orders stages by the ladder, unknown ones last, with ladder labels', () => {
    expect(s.byStage.map((t) => t.label)).toEqual(['Teacher', 'Headteacher', 'School business manager']);
  });

  it('names regions as written, and an unknown one from its slug', () => {
    const people = readRoster([
      rosterRow('a', { region: 'east-of-england' }),
      rosterRow('b', { region: 'outside-the-uk' }),
      rosterRow('c', { region: 'atlantis-north' }),
    ]);
    const labels = buildSignups(people, DEFAULT_STAGES, { duplicatesMerged: null, rowsRejected: null }).byRegion.map((t) => t.label);
    expect(labels.sort()).toEqual(['Atlantis north', 'East of England', 'Outside the UK']);
  });

  it('shows a blank phase or region as not given and passes import counts through', () => {
    expect(s.byPhase.map((t) => t.label)).toContain('(not given)');
    expect(s.byRegion.map((t) => t.label)).toContain('(not given)');
    expect(s).toMatchObject({ people: 3, duplicatesMerged: null, rowsRejected: 4 });
  });
});
