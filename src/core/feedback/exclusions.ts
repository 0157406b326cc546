import { compareText } from './people.js';

/** The Exclusions sheet's columns: pairs never to make, which `match --exclude` reads back. */
export const EXCLUSION_COLUMNS = ['mentor_email', 'mentee_email', 'reason'] as const;

/** One pair never to make, and why. */
export type ExclusionRow = Record<(typeof EXCLUSION_COLUMNS)[number], string>;

/**
 * The exclusions of several lists as one: each pair once (by lower-case e-mails) with the first reason given,
 * sorted by mentee e-mail, then mentor e-mail.
 */
export function mergeExclusions(...lists: readonly (readonly ExclusionRow[])[]): ExclusionRow[] {
  const merged = new Map<string, ExclusionRow>();
  for (const row of lists.flat()) {
    const mentor = row.mentor_email.trim().toLowerCase();
    const mentee = row.mentee_email.trim().toLowerCase();
    if (!mentor || !mentee) continue;
    const key = `${mentor} ${mentee}`;
    if (!merged.has(key)) merged.set(key, { mentor_email: mentor, mentee_email: mentee, reason: row.reason.trim() });
  }
  return [...merged.values()].sort((a, b) => compareText(a.mentee_email, b.mentee_email) || compareText(a.mentor_email, b.mentor_email));
}
