import { personId } from './parse/email.js';
import type { Submission } from './dedupe.js';

/**
 * The kept submissions with one id each: an id a roster gives two people (a row copied and its address changed, the
 * `id` left as it was) stays with the one whose address it was made from, and the others get their own, with a warning.
 */
export function withDistinctIds(kept: readonly Submission[]): Submission[] {
  const count = new Map<string, number>();
  for (const { person } of kept) count.set(person.id, (count.get(person.id) ?? 0) + 1);
  if (count.size === kept.length) return [...kept];
  return kept.map((submission) => {
    const { person } = submission;
    const own = personId(person.email);
    if ((count.get(person.id) ?? 0) < 2 || person.id === own) return submission;
    const message = `the id ${person.id} is also another person's in the input (a copied row?); given its own id ${own}, made from the address`;
    const warning = { kind: 'copied-id' as const, message, file: submission.file, row: submission.line, column: 'id', value: person.id };
    return { ...submission, person: { ...person, id: own }, warnings: [...submission.warnings, warning] };
  });
}
