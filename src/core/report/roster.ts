import type { OnProgress } from '../types.js';
import { cell, cellNumber, cellSet, type SheetRecord } from './input.js';
import { readRows } from './progress.js';

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

/** The progress phase of reading the roster and counting from it; the report's builder says when it is over. */
export const ROSTER_PHASE = 'counting sign-ups';

/**
 * Reads the roster's rows; a mentor with a blank capacity has the default 1 (PRODUCT.md §2). `onProgress` is told
 * how many rows are read (phase ROSTER_PHASE), never that all are (see `readRows`).
 */
export function readRoster(records: readonly SheetRecord[], onProgress?: OnProgress): RosterPerson[] {
  return readRows(records, readPerson, ROSTER_PHASE, onProgress);
}

function readPerson(record: SheetRecord): RosterPerson {
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
}

/** Whether a role can take mentees (`mentor` or `both`). */
export function isMentor(role: string): boolean {
  return role === 'mentor' || role === 'both';
}

/** Whether a role can have a mentor (`mentee` or `both`). */
export function isMentee(role: string): boolean {
  return role === 'mentee' || role === 'both';
}
