import type { SheetRecord } from '../../../src/core/report/input.js';

/** A roster row for a mentee unless overridden; sets as `a; b`. */
export function rosterRow(id: string, overrides: Partial<Record<string, string>> = {}): SheetRecord {
  return {
    id,
    email: `${id}@example.org`,
    name: `Name ${id}`,
    role: 'mentee',
    stage: 'ect',
    phases: 'primary',
    subjects: 'maths',
    focus: 'behaviour',
    region: 'london',
    capacity: '',
    ...strip(overrides),
  };
}

/** A match-sheet row pairing two roster ids. */
export function matchRow(pairId: string, mentorId: string, menteeId: string, overrides: Partial<Record<string, string>> = {}): SheetRecord {
  return {
    pair_id: pairId,
    mentor_id: mentorId,
    mentor_name: `Name ${mentorId}`,
    mentor_email: `${mentorId}@example.org`,
    mentee_id: menteeId,
    mentee_name: `Name ${menteeId}`,
    mentee_email: `${menteeId}@example.org`,
    score: '75',
    ...strip(overrides),
  };
}

/** A rota row for a pair on a date. */
export function meetingRow(pairId: string, date: string, status: string): SheetRecord {
  return {
    meeting_id: `${pairId}-${date}`,
    pair_id: pairId,
    date,
    mentor_name: `Mentor of ${pairId}`,
    mentor_email: `mentor.${pairId}@example.org`,
    mentee_name: `Mentee of ${pairId}`,
    mentee_email: `mentee.${pairId}@example.org`,
    status,
  };
}

function strip(values: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
