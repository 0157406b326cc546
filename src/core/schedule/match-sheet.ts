import { progressCounter } from '../progress.js';
import type { OnProgress, Person, Table } from '../types.js';
import { parseSlotList, sortSlots } from './slots.js';
import { SheetColumns } from './sheet-columns.js';
import type { Participant, RowProblem, SchedulePair } from './types.js';

/** Pairs read from a match sheet, the rows left out, and sheet-wide warnings. */
export interface MatchSheetPairs {
  pairs: SchedulePair[];
  /** The `group_id` of each pair that has one (pair id → group id). */
  groups: Map<string, string>;
  problems: RowProblem[];
  warnings: string[];
}

const REQUIRED = ['pair_id', 'mentor_email', 'mentee_email'] as const;

/**
 * Reads the pairs of a match sheet (`match` output). Availability comes from its `common_slots`
 * column; the roster, when given, supplies each mentor's own slots and the common slots of a
 * sheet without that column. `onProgress` is told how many rows are read (phase `reading pairs`).
 */
export function pairsFromMatchTable(table: Table, roster: readonly Person[] = [], onProgress?: OnProgress): MatchSheetPairs {
  const columns = new SheetColumns(table);
  columns.require(REQUIRED, 'A match sheet');
  const people = new Map(roster.map((p) => [p.email.trim().toLowerCase(), p]));
  const hasCommon = columns.has('common_slots');
  const result: MatchSheetPairs = { pairs: [], groups: new Map(), problems: [], warnings: [] };
  if (!hasCommon && roster.length === 0) {
    result.warnings.push('the match sheet has no common_slots column and no roster was given, so no pair has known free times; give the roster to place meetings when both are free');
  }
  const seen = new Map<string, number>();
  const progress = progressCounter('reading pairs', table.rows.length, onProgress);
  for (const row of table.rows) {
    progress.tick();
    const pairId = columns.cell(row, 'pair_id');
    const participant = (side: 'mentor' | 'mentee'): Participant => {
      const email = columns.cell(row, `${side}_email`).toLowerCase();
      return { id: columns.cell(row, `${side}_id`), name: columns.cell(row, `${side}_name`) || email, email };
    };
    const mentor = participant('mentor');
    const mentee = participant('mentee');
    const error = rowError(pairId, mentor, mentee, seen);
    if (error) {
      result.problems.push({ file: table.file, sheet: table.sheet, row: row.line, column: error[0], message: error[1] });
      continue;
    }
    seen.set(pairId, row.line);
    const groupId = columns.cell(row, 'group_id');
    if (groupId) result.groups.set(pairId, groupId);
    const mentorSlots = people.get(mentor.email)?.availability ?? [];
    let commonSlots: string[];
    if (hasCommon) {
      const parsed = parseSlotList(columns.cell(row, 'common_slots'));
      if (parsed.unknown.length > 0) {
        const unknown = parsed.unknown.map((u) => `"${u}"`).join(', ');
        result.warnings.push(`row ${row.line}, pair ${pairId}: common_slots ${unknown} left out; expected slots like tue-after-school`);
      }
      commonSlots = parsed.slots;
    } else {
      const menteeSlots = new Set(people.get(mentee.email)?.availability ?? []);
      commonSlots = mentorSlots.filter((s) => menteeSlots.has(s));
    }
    result.pairs.push({
      pairId,
      mentor,
      mentee,
      commonSlots: sortSlots(commonSlots),
      mentorSlots: sortSlots(mentorSlots),
      mode: columns.cell(row, 'mode'),
    });
  }
  progress.finish();
  return result;
}

/** Why a match-sheet row cannot be used, as [column, message]; undefined when it can. */
function rowError(
  pairId: string,
  mentor: Participant,
  mentee: Participant,
  seen: ReadonlyMap<string, number>,
): [string, string] | undefined {
  if (!pairId) return ['pair_id', 'expected a pair id; found an empty cell'];
  const earlier = seen.get(pairId);
  if (earlier !== undefined) return ['pair_id', `pair id "${pairId}" is already used on row ${earlier}; give each pair its own id`];
  if (!mentor.email.includes('@')) return ['mentor_email', `expected the mentor's e-mail address; found "${mentor.email}"`];
  if (!mentee.email.includes('@')) return ['mentee_email', `expected the mentee's e-mail address; found "${mentee.email}"`];
  if (mentor.email === mentee.email) return ['mentee_email', `the mentee is the mentor (${mentor.email}); pair them with someone else`];
  return undefined;
}
