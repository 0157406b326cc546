import type { Role } from '../../types.js';

/** Whole answers that name a side. */
export const ROLE_ANSWERS: Readonly<Record<Role, readonly string[]>> = {
  mentor: ['Mentor', 'I want to be a mentor', 'Mentors', 'Mentor only'],
  mentee: ['Mentee', 'Mentees', 'Mentee only', 'Protege', 'Protégé'],
  both: ['Both', 'Mentor and mentee', 'Mentee and mentor', 'Both mentor and mentee', 'Either'],
};

/**
 * Phrases inside a longer answer, tried in this order: an answer that asks for a mentor
 * ("I'd like a mentor") is a mentee even though it says "mentor".
 */
export const ROLE_PHRASES: readonly (readonly [Role, readonly string[]])[] = [
  ['both', ['both', 'mentor and mentee', 'mentee and mentor', 'mentor and be mentored']],
  [
    'mentee',
    [
      'mentee', 'like a mentor', 'need a mentor', 'want a mentor', 'find a mentor', 'looking for a mentor',
      'some support', 'like support', 'working towards', 'be mentored', 'receive',
    ],
  ],
  ['mentor', ['mentor', 'support someone', 'support others', 'offer support', 'offer', 'coach']],
];
