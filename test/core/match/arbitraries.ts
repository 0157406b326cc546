import fc from 'fast-check';
import type { Person } from '../../../src/core/types.js';
import { person } from './builders.js';

/** Small vocabularies, so random people often share (and often break) every rule. */
const STAGES = ['', 'trainee', 'ect', 'teacher', 'middle-leader', 'headteacher', 'governor'];
const PHASES = ['primary', 'secondary', 'early-years', 'all-through'];
const SUBJECTS = ['maths', 'english', 'science'];
const FOCUS = ['behaviour', 'workload', 'send'];
const REGIONS = ['', 'london', 'north-west'];
const ORGANISATIONS = ['', 'Oak School', 'oak  school.', 'Elm Academy'];
const SLOTS = ['mon-lunch', 'tue-after-school', 'wed-evening'];

const subset = (values: string[]) => fc.subarray(values).map((v) => [...v].sort());

/** A random person with id `id`. */
export function personArbitrary(id: string, role?: Person['role']): fc.Arbitrary<Person> {
  return fc
    .record({
      role: role ? fc.constant(role) : fc.constantFrom<Person['role']>('mentor', 'mentee', 'both'),
      stage: fc.constantFrom(...STAGES),
      phases: subset(PHASES),
      subjects: subset(SUBJECTS),
      focus: subset(FOCUS),
      region: fc.constantFrom(...REGIONS),
      organisation: fc.constantFrom(...ORGANISATIONS),
      mode: fc.constantFrom<Person['mode']>('online', 'in-person', 'either'),
      availability: subset(SLOTS),
      capacity: fc.integer({ min: 0, max: 2 }),
      consent: fc.boolean(),
    })
    .map((fields) => person({ id, ...fields, capacity: fields.role === 'mentee' ? null : fields.capacity }));
}

/** A roster of `min`–`max` random people with ids p00, p01 … */
export function rosterArbitrary(min: number, max: number): fc.Arbitrary<Person[]> {
  return fc
    .integer({ min, max })
    .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => personArbitrary(`p${String(i).padStart(2, '0')}`))));
}

/** Rosters of exactly `mentees` mentees and `mentors` mentors. */
export function sidesArbitrary(mentees: number, mentors: number): fc.Arbitrary<Person[]> {
  return fc.tuple(
    ...Array.from({ length: mentees }, (_, i) => personArbitrary(`e${i}`, 'mentee')),
    ...Array.from({ length: mentors }, (_, i) => personArbitrary(`m${i}`, 'mentor')),
  );
}

/** A random config's rule section and objective. */
export const configChangesArbitrary = fc.record({
  rules: fc.record({
    sameOrganisation: fc.constantFrom('forbid', 'allow', 'prefer'),
    minStageGap: fc.constantFrom(0, 1, 2),
    phase: fc.constantFrom('shared', 'off'),
    inPersonSameRegion: fc.boolean(),
    availability: fc.constantFrom('required', 'scored'),
    consent: fc.boolean(),
  }),
  objective: fc.constantFrom('most-matched', 'best-scores'),
  minScore: fc.constantFrom(0, 0, 30),
});
