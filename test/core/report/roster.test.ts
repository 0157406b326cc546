import { describe, expect, it } from 'vitest';
import { isMentee, isMentor, readRoster } from '../../../src/core/report/roster.js';

describe('readRoster', () => {
  it('splits sets, lower-cases e-mails and roles, and gives a mentor without capacity the default 1', () => {
    const [mentor, mentee] = readRoster([
      { id: 'a', email: 'A@Example.org', name: 'A', role: 'Mentor', phases: 'primary;  secondary; ', capacity: '' },
      { id: 'b', email: 'b@example.org', name: 'B', role: 'mentee', capacity: 'two' },
    ]);
    expect(mentor).toMatchObject({ email: 'a@example.org', role: 'mentor', phases: ['primary', 'secondary'], capacity: 1, subjects: [] });
    expect(mentee).toMatchObject({ role: 'mentee', capacity: null });
  });
});

describe('isMentor and isMentee', () => {
  it('count both on each side', () => {
    expect([isMentor('both'), isMentee('both'), isMentor('mentee'), isMentee('mentor'), isMentee('')]).toEqual([true, true, false, false, false]);
  });
});
