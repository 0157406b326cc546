import type { Field } from './fields.js';

/**
 * How form questions name each field, as lower-case words without punctuation (see `words`).
 * `exact`: the whole header; `contains`: a phrase inside a longer question. The field's own name
 * is always an exact match (an edumentor roster's headers).
 */
export const HEADER_SYNONYMS: Readonly<Record<Field, { exact: readonly string[]; contains: readonly string[] }>> = {
  id: { exact: ['edumentor id', 'person id'], contains: [] },
  email: {
    exact: ['email address', 'e mail', 'e mail address', 'username', 'work email', 'email addresses', 'mail'],
    contains: ['email', 'e mail', 'email address'],
  },
  name: {
    exact: ['full name', 'your name', 'your full name', 'name and surname', 'first and last name', 'participant name'],
    contains: ['full name', 'your name', 'name in full'],
  },
  role: {
    exact: ['mentor or mentee', 'mentor mentee', 'participant type', 'scheme role'],
    contains: [
      'mentor or a mentee', 'mentor or mentee', 'mentee or mentor', 'signing up as', 'sign up as', 'applying as',
      'apply as', 'registering as', 'register as', 'joining as', 'join as', 'role in the scheme', 'mentor and mentee',
    ],
  },
  stage: {
    exact: ['job title', 'grade', 'position', 'career stage', 'current role', 'job role', 'post', 'level'],
    contains: [
      'current role', 'your role', 'job title', 'career stage', 'describes your role', 'role', 'grade', 'position',
      'stage',
    ],
  },
  phases: {
    exact: ['phase', 'phases', 'phase s', 'school phase', 'key stage', 'key stages'],
    contains: ['phase', 'phases', 'key stage', 'age range'],
  },
  subjects: {
    exact: ['subject', 'subjects', 'subject s', 'specialism', 'specialist area', 'subject specialism'],
    contains: ['subject', 'subjects', 'specialism', 'specialisms', 'specialist area', 'what do you teach'],
  },
  focus: {
    exact: ['focus', 'focus areas', 'priorities', 'development priorities', 'areas', 'topics', 'expertise'],
    contains: [
      'support with', 'help with', 'offer support', 'can offer', 'priorities', 'focus', 'areas', 'interests', 'expertise',
      'strengths', 'development needs', 'standards', 'topics', 'would you like to work on',
    ],
  },
  region: {
    exact: ['region', 'area', 'location', 'local authority', 'la', 'county', 'where are you based', 'nation'],
    contains: [
      'region', 'where are you based', 'based', 'local authority', 'location', 'county', 'area you', 'geographical',
    ],
  },
  organisation: {
    exact: [
      'organisation', 'organization', 'school', 'employer', 'workplace', 'school name', 'department', 'trust',
      'setting',
    ],
    contains: [
      'organisation', 'organization', 'school', 'employer', 'workplace', 'place of work', 'institution', 'company',
      'setting',
    ],
  },
  mode: {
    exact: ['mode', 'meeting mode', 'format', 'preferred contact', 'contact preference', 'meeting format'],
    contains: [
      'prefer to meet', 'like to meet', 'how would you prefer', 'online or in person', 'in person or online',
      'preferred contact', 'contact preference', 'meeting preference', 'way of meeting', 'format',
    ],
  },
  availability: {
    exact: ['availability', 'available', 'days', 'meeting days', 'preferred days', 'times', 'preferred meeting days'],
    contains: [
      'availability', 'available', 'free to meet', 'when are you', 'when can you', 'days', 'times', 'time of day',
    ],
  },
  capacity: {
    exact: ['capacity', 'number of mentees', 'max mentees', 'maximum mentees'],
    contains: [
      'how many mentees', 'number of mentees', 'mentees can you', 'mentees could you', 'capacity', 'how many people',
    ],
  },
  consent: {
    exact: ['consent', 'gdpr', 'permission', 'data sharing', 'privacy'],
    contains: [
      'consent', 'i agree', 'agree to', 'permission', 'gdpr', 'data protection', 'privacy', 'being shared',
      'happy for',
    ],
  },
  submitted: {
    exact: [
      'timestamp', 'completion time', 'submitted', 'submitted at', 'submission time', 'date submitted',
      'submission date',
    ],
    contains: ['timestamp', 'completion time', 'submitted', 'submission'],
  },
  notes: {
    exact: ['notes', 'comments', 'comment', 'note', 'additional information', 'other information', 'anything else'],
    contains: [
      'anything else', 'notes', 'comments', 'additional information', 'any other information', 'further information',
      'other comments',
    ],
  },
};

/** First-name and last-name columns, read together as `name`. */
export const NAME_PARTS = {
  first: ['first name', 'forename', 'forenames', 'given name', 'given names', 'first names', 'firstname'],
  last: ['last name', 'surname', 'family name', 'lastname', 'second name'],
} as const;
