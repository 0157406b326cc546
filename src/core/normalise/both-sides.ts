import type { Person } from '../types.js';
import type { Submission } from './dedupe.js';

/** Fields one side's form may not ask, taken from the other side's answer when the kept one is empty. */
const FILLED_FROM_OTHER_SIDE = ['stage', 'phases', 'subjects', 'focus', 'region', 'organisation', 'availability', 'notes'] as const;

/**
 * Whether `other` signed the same address up for another side in another input (one form per side, `--role`): the
 * person means both, not a change of mind (a resubmission to the same form is one, and the latest wins).
 */
export function isOtherSide(kept: Submission, other: Submission): boolean {
  return other.table !== kept.table && kept.person.role !== 'both' && other.person.role !== kept.person.role;
}

/**
 * The kept submission of a person who signed up on each side's form, as both: its answers, empty ones filled from
 * the other side's, the mentor side's capacity, consent only when both gave it, and a warning saying so.
 */
export function asBothSides(kept: Submission, other: Submission): Submission {
  const mentorSide = kept.person.role === 'mentee' ? other.person : kept.person;
  const person: Person = {
    ...kept.person,
    role: 'both',
    capacity: mentorSide.capacity ?? 1,
    consent: kept.person.consent && other.person.consent,
    extra: { ...other.person.extra, ...kept.person.extra },
  };
  for (const field of FILLED_FROM_OTHER_SIDE) if (person[field].length === 0) Object.assign(person, { [field]: other.person[field] });
  const places = `${person.capacity} place${person.capacity === 1 ? '' : 's'}`;
  const message =
    `signed up as a ${kept.person.role} here and as a ${other.person.role} in ${other.file} (row ${other.line}): kept as ` +
    `both, offering ${places}; if one of the two was a mistake, delete that row and import again`;
  const warning = { kind: 'both-sides' as const, message, file: kept.file, row: kept.line, column: '', value: other.person.role };
  return { ...kept, person, warnings: [...kept.warnings, warning] };
}
