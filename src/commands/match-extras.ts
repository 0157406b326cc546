import { groupMentorEmails, groupsOf } from '../core/groups/index.js';
import { introRows } from '../core/intros/index.js';
import type { MatchResult } from '../core/match/index.js';
import type { Person } from '../core/types.js';
import type { Sheet } from '../io/sheet.js';
import { introductionsSheet } from '../render/intro-sheet.js';
import type { IntroTemplates } from './intros.js';

/** Where group mentoring was asked for: every mentor (`--groups` or the config), or the mentors the roster names. */
export type GroupSource = '--groups' | 'match.groups in the config' | "the roster's groups column";

/** Pair id → group id for the pairs whose mentor meets their mentees together, and a line saying so for the Settings sheet. */
export function matchGroups(result: MatchResult, people: readonly Person[], source: GroupSource): { groupOf: Map<string, string>; note?: string } {
  const groupOf = groupsOf(
    result.pairs.map((p) => ({ pairId: p.pair_id, mentorId: p.mentor_id, mentorEmail: p.mentor_email })),
    source === "the roster's groups column" ? groupMentorEmails(people) : 'all',
  );
  const groups = new Set(groupOf.values()).size;
  return { groupOf, note: groups === 0 ? undefined : `${groups} group${groups === 1 ? '' : 's'}, ${groupOf.size} mentees in all (${source})` };
}

/** The Introductions sheet of a match run: both sides of every pair, no first meeting yet. */
export function matchIntroductions(result: MatchResult, groupOf: ReadonlyMap<string, string>, people: readonly Person[], templates: IntroTemplates): Sheet {
  const pairs = result.pairs.map((p) => ({
    pairId: p.pair_id,
    groupId: groupOf.get(p.pair_id) ?? '',
    mentor: { name: p.mentor_name, email: p.mentor_email },
    mentee: { name: p.mentee_name, email: p.mentee_email },
    reasons: p.reasons,
    kept: p.kept,
  }));
  return introductionsSheet(introRows({ pairs, people, ...templates }));
}
