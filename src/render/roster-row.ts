import { personToRecord } from '../core/normalise/index.js';
import type { Person } from '../core/types.js';
import type { Cell } from '../io/sheet.js';

/** A person as an output row: sets stay lists (`a; b` in CSV and xlsx, arrays in JSON), capacity a number, consent a boolean. */
export function rosterRow(person: Person): Record<string, Cell> {
  return {
    ...personToRecord(person),
    phases: person.phases,
    subjects: person.subjects,
    focus: person.focus,
    availability: person.availability,
    capacity: person.capacity,
    consent: person.consent,
  };
}
