import type { MatchConfig } from './config.js';
import { compare, normaliseEmail, type Roster } from './roster.js';
import { pairKey } from './rules.js';
import type { ChangeRow, KeptPair } from './types.js';

/** A kept pair as person indices. */
export interface KeptIndexPair {
  mentor: number;
  mentee: number;
}

/** Which pairs of an earlier sheet stay, and why the others were released. */
export interface KeepOutcome {
  kept: KeptIndexPair[];
  released: ChangeRow[];
}

/**
 * A kept pair stays exactly, even if a rule now fails, while both people are on the roster on
 * their sides and (with the consent rule) consent; an excluded pair and a mentee's second kept
 * pair are released. Order: by mentee e-mail, then mentor e-mail, so input order does not matter.
 */
export function resolveKept(
  roster: Roster,
  keep: readonly KeptPair[],
  rules: MatchConfig['rules'],
  excluded: ReadonlySet<number>,
): KeepOutcome {
  const wanted = keep
    .map((k) => ({ mentorEmail: normaliseEmail(k.mentorEmail), menteeEmail: normaliseEmail(k.menteeEmail) }))
    .sort((a, b) => compare(a.menteeEmail, b.menteeEmail) || compare(a.mentorEmail, b.mentorEmail))
    .filter((k, i, all) => i === 0 || k.menteeEmail !== all[i - 1]!.menteeEmail || k.mentorEmail !== all[i - 1]!.mentorEmail);
  const kept: KeptIndexPair[] = [];
  const released: ChangeRow[] = [];
  const keptWith = new Map<number, number>();
  for (const pair of wanted) {
    const m = roster.byEmail.get(pair.mentorEmail);
    const e = roster.byEmail.get(pair.menteeEmail);
    const reason = releaseReason(roster, rules, excluded, m, e, pair, keptWith);
    if (reason === null && m !== undefined && e !== undefined) {
      kept.push({ mentor: m, mentee: e });
      keptWith.set(e, m);
    } else {
      released.push({
        change: 'released',
        mentor_email: pair.mentorEmail,
        mentor_name: m === undefined ? '' : roster.people[m]!.name,
        mentee_email: pair.menteeEmail,
        mentee_name: e === undefined ? '' : roster.people[e]!.name,
        reason: reason ?? '',
      });
    }
  }
  return { kept, released };
}

function releaseReason(
  roster: Roster,
  rules: MatchConfig['rules'],
  excluded: ReadonlySet<number>,
  m: number | undefined,
  e: number | undefined,
  pair: KeptPair,
  keptWith: Map<number, number>,
): string | null {
  if (m === undefined) return `mentor ${pair.mentorEmail} is no longer on the roster`;
  if (e === undefined) return `mentee ${pair.menteeEmail} is no longer on the roster`;
  const mentor = roster.people[m]!;
  const mentee = roster.people[e]!;
  if (m === e) return `${mentor.name} cannot mentor themselves`;
  if (mentor.role === 'mentee') return `${mentor.name} is no longer signed up as a mentor`;
  if (mentee.role === 'mentor') return `${mentee.name} is no longer signed up as a mentee`;
  if (rules.consent && !mentor.consent) return `${mentor.name} did not consent to sharing details`;
  if (rules.consent && !mentee.consent) return `${mentee.name} did not consent to sharing details`;
  if (excluded.has(pairKey(m, e, roster.people.length))) return 'the pair is on the exclusion list';
  const other = keptWith.get(e);
  if (other !== undefined) return `${mentee.name} is already kept with ${roster.people[other]!.name}`;
  return null;
}
