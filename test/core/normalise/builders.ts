import type { Person } from '../../../src/core/types.js';

/** A person with every field set to something plain; override what a test is about. */
export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'p-0000000000',
    email: 'jo@school.example',
    name: 'Jo Bloggs',
    role: 'mentor',
    stage: 'teacher',
    phases: [],
    subjects: [],
    focus: [],
    region: '',
    organisation: '',
    mode: 'either',
    availability: [],
    capacity: 1,
    consent: true,
    submitted: '',
    notes: '',
    extra: {},
    ...overrides,
  };
}
