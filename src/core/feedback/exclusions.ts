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

/**
 * What an exclusion list says that the roster cannot hold: an address no one signed up with (a typo, or someone who
 * left), for which the exclusion does nothing. `emails`: the roster's addresses, lower case.
 */
export function exclusionWarnings(rows: readonly ExclusionRow[], emails: ReadonlySet<string>, list: string): string[] {
  return rows.flatMap((row) => {
    const missing = [row.mentor_email, row.mentee_email].map((e) => e.trim().toLowerCase()).filter((e) => e !== '' && !emails.has(e));
    if (missing.length === 0) return [];
    const who = missing.map((e) => `"${e}"`).join(' and ');
    return [`${list}: ${who} ${missing.length > 1 ? 'are' : 'is'} not on the roster, so excluding ${row.mentor_email} with ${row.mentee_email} does nothing: check the spelling`];
  });
}
