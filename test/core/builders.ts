import type { Person } from '../../src/core/types.js';

/**
 * A person with plain defaults, e-mail and name made from the id: a consenting mentee who meets online or in
 * person, unless `fields` says otherwise (a mentor gets capacity 1).
 */
export function person(fields: Partial<Person> = {}): Person {
  const id = fields.id ?? 'p-0000000000';
  const role = fields.role ?? 'mentee';
  return {
    id,
    email: `${id}@example.org`,
    name: id,
    role,
    stage: '',
    phases: [],
    subjects: [],
    focus: [],
    region: '',
    organisation: '',
    mode: 'either',
    availability: [],
    capacity: role === 'mentee' ? null : 1,
    consent: true,
    submitted: '',
    notes: '',
    extra: {},
    ...fields,
  };
}

/** A mentor (capacity 1 unless given). */
export function mentor(fields: Partial<Person> = {}): Person {
  return person({ role: 'mentor', capacity: 1, ...fields });
}
