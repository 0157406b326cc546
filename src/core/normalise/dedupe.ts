import type { Person } from '../types.js';
import { asBothSides, isOtherSide } from './both-sides.js';
import type { DuplicateRecord, ImportWarning } from './types.js';

/** A row that became a person, with where it came from; `order` is its position across all tables. */
export interface Submission {
  person: Person;
  warnings: readonly ImportWarning[];
  file: string;
  line: number;
  order: number;
  /** Which input table the row is in. */
  table: number;
}

/** The people kept and the submissions they replaced. */
export interface Deduplicated {
  kept: Submission[];
  duplicates: { submission: Submission; keptBy: Submission }[];
}

/**
 * One submission per address: the latest by its timestamp wins (when both have one; otherwise, or
 * on a tie, the later row). People stay in the order of their first submission. An address signed up on
 * each side's form (one input per side) is kept as both (see `asBothSides`).
 */
export function dedupe(submissions: readonly Submission[]): Deduplicated {
  // Each address's group in order of first submission, and each submission's group: one look-up per row.
  const groupOf = new Map<string, number>();
  const winners: Submission[] = [];
  const groups = submissions.map((submission) => {
    const group = groupOf.get(submission.person.email);
    if (group === undefined) {
      groupOf.set(submission.person.email, winners.length);
      winners.push(submission);
      return winners.length - 1;
    }
    if (isLater(submission, winners[group] ?? submission)) winners[group] = submission;
    return group;
  });
  const otherSides = new Map<number, Submission>();
  submissions.forEach((submission, i) => {
    const group = groups[i] ?? 0;
    const winner = winners[group];
    if (!winner || !isOtherSide(winner, submission)) return;
    const other = otherSides.get(group);
    if (!other || isLater(submission, other)) otherSides.set(group, submission);
  });
  const kept = otherSides.size === 0 ? winners : winners.map((winner, group) => {
    const other = otherSides.get(group);
    return other ? asBothSides(winner, other) : winner;
  });
  const duplicates: Deduplicated['duplicates'] = [];
  submissions.forEach((submission, i) => {
    const group = groups[i] ?? 0;
    const keptBy = kept[group];
    if (keptBy !== undefined && winners[group] !== submission) duplicates.push({ submission, keptBy });
  });
  duplicates.sort((a, b) => a.submission.order - b.submission.order);
  return { kept, duplicates };
}

/** The duplicates report's row for a replaced submission. */
export function duplicateRecord(submission: Submission, keptBy: Submission): DuplicateRecord {
  return {
    file: submission.file,
    row: submission.line,
    email: submission.person.email,
    name: submission.person.name,
    submitted: submission.person.submitted,
    kept_file: keptBy.file,
    kept_row: keptBy.line,
  };
}

function isLater(next: Submission, best: Submission): boolean {
  const a = instant(next.person.submitted);
  const b = instant(best.person.submitted);
  if (a !== undefined && b !== undefined && a !== b) return a > b;
  return next.order > best.order;
}

/** Milliseconds of an ISO time; a time without a zone is compared as if it were UTC. */
export function instant(iso: string): number | undefined {
  if (iso === '') return undefined;
  const zoned = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i.test(iso) && iso.includes('T');
  const ms = Date.parse(zoned ? iso : iso.includes('T') ? `${iso}Z` : `${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}
