import { groupsOf } from '../groups/groups.js';
import { sortSlots } from './slots.js';
import type { Participant, SchedulePair, ScheduleWarning } from './types.js';

/** Which pairs meet as groups. */
export interface GroupingRule {
  /** The match sheet's `group_id` of each pair that has one. */
  sheetGroups: ReadonlyMap<string, string>;
  /** Mentors (lower-case e-mail) who meet every mentee together whatever the sheet says; `all` for `--groups`. */
  groupMentors: 'all' | ReadonlySet<string>;
}

/** What is scheduled: one unit per one-to-one pair and per group, and the group of each pair in one. */
export interface Grouped {
  units: SchedulePair[];
  /** Pair id → group id, for the pairs that meet as a group. */
  groupOf: Map<string, string>;
  warnings: ScheduleWarning[];
}

/**
 * Puts the pairs of a group together: a mentor with two or more mentees in one group meets them all at once, on a
 * slot every one of them is free (the pairs' common slots, intersected). A group of one is a pair again; a pair
 * whose group belongs to another mentor stays on its own, with a warning.
 */
export function groupForMeetings(pairs: readonly SchedulePair[], rule: GroupingRule): Grouped {
  const wanted = groupsOf(
    pairs.map((p) => ({ pairId: p.pairId, mentorId: p.mentor.id, mentorEmail: p.mentor.email })),
    rule.groupMentors,
  );
  for (const [pairId, groupId] of rule.sheetGroups) if (groupId) wanted.set(pairId, groupId);
  const result: Grouped = { units: [], groupOf: new Map(), warnings: [] };
  const members = new Map<string, SchedulePair[]>();
  for (const pair of pairs) {
    const groupId = wanted.get(pair.pairId);
    const group = groupId === undefined ? undefined : members.get(groupId);
    if (groupId === undefined) result.units.push(pair);
    else if (!group) members.set(groupId, [pair]);
    else if (group[0]!.mentor.email === pair.mentor.email) group.push(pair);
    else {
      result.warnings.push({
        pair_id: pair.pairId,
        message: `group ${groupId} belongs to ${group[0]!.mentor.name}, not ${pair.mentor.name}: the pair meets on its own; give it its own group_id`,
      });
      result.units.push(pair);
    }
  }
  for (const [groupId, group] of members) {
    if (group.length === 1) {
      result.units.push(group[0]!);
      continue;
    }
    for (const pair of group) result.groupOf.set(pair.pairId, groupId);
    const unit = groupUnit(groupId, group);
    if (unit.mode.includes(';')) {
      result.warnings.push({ pair_id: groupId, message: `the group's members meet in different ways (${unit.mode}); check how the group will meet` });
    }
    result.units.push(unit);
  }
  return result;
}

function groupUnit(groupId: string, group: readonly SchedulePair[]): SchedulePair {
  const first = group[0]!;
  const mentees: Participant[] = group.map((p) => p.mentee).sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  const joined = (key: keyof Participant) => mentees.map((m) => m[key]).join('; ');
  const shared = group.slice(1).reduce((slots, p) => slots.filter((s) => p.commonSlots.includes(s)), first.commonSlots);
  const modes = [...new Set(group.map((p) => p.mode).filter((m) => m !== '' && m !== 'either'))].sort();
  return {
    pairId: groupId,
    mentor: first.mentor,
    mentee: { id: joined('id'), name: joined('name'), email: joined('email') },
    members: mentees,
    commonSlots: sortSlots(shared),
    mentorSlots: first.mentorSlots,
    mode: modes.length === 0 ? (group.some((p) => p.mode === 'either') ? 'either' : '') : modes.join('; '),
  };
}
