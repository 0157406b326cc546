import type { ChangeRow, KeptPair } from '../match/types.js';
import { compareText } from './people.js';
import { releaseReason, type Release } from './releases.js';

/**
 * The Changes rows with the rota's releases in them: a kept pair marked not-a-fit is `released` with the date it
 * was marked (added when the matcher did not list it), and a released mentee's new pair says whom it replaces.
 * Order: kept, released, new; each by mentee e-mail, then mentor e-mail.
 */
export function withReleases(changes: readonly ChangeRow[], releases: readonly Release[], keep: readonly KeptPair[]): ChangeRow[] {
  const kept = new Set(keep.map((k) => pairKey(k.mentorEmail, k.menteeEmail)));
  const released = new Map(releases.filter((r) => kept.has(pairKey(r.mentorEmail, r.menteeEmail))).map((r) => [pairKey(r.mentorEmail, r.menteeEmail), r]));
  const byMentee = new Map([...released.values()].map((r) => [r.menteeEmail, r]));
  const rows = changes.map((change): ChangeRow => {
    const key = pairKey(change.mentor_email, change.mentee_email);
    const release = released.get(key);
    if (release && change.change === 'released') {
      released.delete(key);
      return { ...change, reason: releaseReason(release) };
    }
    const earlier = change.change === 'new' ? byMentee.get(change.mentee_email.trim().toLowerCase()) : undefined;
    return earlier ? { ...change, reason: `${change.reason}; in place of ${earlier.mentorName} (not a fit)` } : change;
  });
  for (const release of released.values()) {
    rows.push({
      change: 'released',
      mentor_email: release.mentorEmail,
      mentor_name: release.mentorName,
      mentee_email: release.menteeEmail,
      mentee_name: release.menteeName,
      reason: releaseReason(release),
    });
  }
  const order: Record<ChangeRow['change'], number> = { kept: 0, released: 1, new: 2 };
  return rows.sort(
    (a, b) => order[a.change] - order[b.change] || compareText(a.mentee_email, b.mentee_email) || compareText(a.mentor_email, b.mentor_email),
  );
}

function pairKey(mentorEmail: string, menteeEmail: string): string {
  return `${mentorEmail.trim().toLowerCase()} ${menteeEmail.trim().toLowerCase()}`;
}
