import type { Person } from '../types.js';

/** Answers in a roster's `groups` column that mean a mentor meets their mentees together. */
const YES = new Set(['yes', 'y', 'true', '1', 'group', 'groups']);

/** The id of a mentor's group: `g-` and the mentor's id. */
export function groupId(mentorId: string): string {
  return `g-${mentorId}`;
}

/**
 * Whether a roster row asks for group meetings: a column headed `groups` (any case, spaces and punctuation
 * ignored), which import keeps in `extra`, answered yes or true.
 */
export function wantsGroups(person: Person): boolean {
  return Object.entries(person.extra).some(
    ([header, value]) => header.toLowerCase().replace(/[^a-z]/g, '') === 'groups' && YES.has(value.trim().toLowerCase()),
  );
}

/** One pair as grouping needs it: its id and its mentor. */
export interface GroupablePair {
  pairId: string;
  mentorId: string;
  mentorEmail: string;
}

/**
 * The group of every pair whose mentor meets their mentees together (`all`, or the mentor asked in the roster)
 * and has two or more of them: pair id → `g-<mentor id>`. One-to-one pairs are not in the map.
 */
export function groupsOf(pairs: readonly GroupablePair[], groupMentors: 'all' | ReadonlySet<string>): Map<string, string> {
  const byMentor = new Map<string, GroupablePair[]>();
  for (const pair of pairs) {
    const email = pair.mentorEmail.trim().toLowerCase();
    if (groupMentors !== 'all' && !groupMentors.has(email)) continue;
    byMentor.set(email, [...(byMentor.get(email) ?? []), pair]);
  }
  const groups = new Map<string, string>();
  for (const members of byMentor.values()) {
    if (members.length < 2) continue;
    const first = members[0]!;
    const id = groupId(first.mentorId || first.mentorEmail.trim().toLowerCase().replace(/[^a-z0-9.-]+/g, '-'));
    for (const pair of members) groups.set(pair.pairId, id);
  }
  return groups;
}

/** The e-mail addresses (lower case) of the mentors who asked for group meetings in the roster. */
export function groupMentorEmails(people: readonly Person[]): Set<string> {
  return new Set(people.filter((p) => p.role !== 'mentee' && wantsGroups(p)).map((p) => p.email.trim().toLowerCase()));
}
