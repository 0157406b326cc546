import { cell, cellNumber, cellSet, type SheetRecord } from './input.js';

/** A roster row as the report needs it. */
export interface RosterPerson {
  id: string;
  email: string;
  name: string;
  role: string;
  stage: string;
  phases: string[];
  subjects: string[];
  focus: string[];
  region: string;
  /** Null when blank or not a number. */
  capacity: number | null;
}

/** Reads the roster's rows; a mentor with a blank capacity has the default 1 (PRODUCT.md §2). */
export function readRoster(records: readonly SheetRecord[]): RosterPerson[] {
  return records.map((record) => {
    const role = cell(record, 'role').toLowerCase();
    const capacity = cellNumber(record, 'capacity');
    return {
      id: cell(record, 'id'),
      email: cell(record, 'email').toLowerCase(),
      name: cell(record, 'name'),
      role,
      stage: cell(record, 'stage'),
      phases: cellSet(record, 'phases'),
      subjects: cellSet(record, 'subjects'),
      focus: cellSet(record, 'focus'),
      region: cell(record, 'region'),
      capacity: capacity ?? (isMentor(role) ? 1 : null),
    };
  });
}

/** Whether a role can take mentees (`mentor` or `both`). */
export function isMentor(role: string): boolean {
  return role === 'mentor' || role === 'both';
}

/** Whether a role can have a mentor (`mentee` or `both`). */
export function isMentee(role: string): boolean {
  return role === 'mentee' || role === 'both';
}
