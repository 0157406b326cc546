import type { Stage } from '../stages.js';
import type { OnProgress } from '../types.js';

/** One row of a sheet as read by the command: column name → cell text. */
export type SheetRecord = Record<string, string>;

/** The sheets a report can be built from; any non-empty subset may be given. */
export interface ReportInput {
  /** The roster: `id, email, name, role, stage, phases, subjects, focus, region, …`; sets joined by `; `. */
  roster?: SheetRecord[];
  /** The match sheet: `pair_id, mentor_id, …, score, score_phase, …, shared_phases, …, common_slots, mode, kept`. */
  matches?: SheetRecord[];
  /** The unmatched sheet: `id, name, email, role, reason, candidates`. */
  unmatched?: SheetRecord[];
  /** The mentors sheet: `mentor_id, name, email, capacity, assigned, free`. */
  mentors?: SheetRecord[];
  /** The rota: `meeting_id, pair_id, meeting_no, …, date, …, mentor_name, mentor_email, mentee_name, mentee_email, status`. */
  rota?: SheetRecord[];
  /** The import rejects: `file, row, column, value, reason`. */
  rejected?: SheetRecord[];
  /** The import duplicates: `file, row, email, name, submitted, kept_file, kept_row`. */
  duplicates?: SheetRecord[];
  /** Import warnings: `kind, message, file, row, column, value`. */
  warnings?: SheetRecord[];
  /** What the matcher reported beyond its sheets. */
  matchSummary?: MatchSummary;
}

/** Facts from a match run that its sheets do not hold. */
export interface MatchSummary {
  /** Pairs (mentor, mentee) who would both rather have each other than their partners; null when not counted. */
  blockingPairs?: number | null;
}

/** The sheet inputs by name, in the order a report lists them. */
export const INPUT_KEYS = [
  'roster',
  'matches',
  'unmatched',
  'mentors',
  'rota',
  'rejected',
  'duplicates',
  'warnings',
] as const;

/** The name of one sheet input (also the name of the command's option that passes it, but `--rejects` for `rejected`). */
export type InputKey = (typeof INPUT_KEYS)[number];

/** How a report is built. */
export interface ReportOptions {
  /** Today as an ISO date (`2027-02-15`); a scheduled meeting before it is overdue. Without it nothing is overdue. */
  today?: string;
  /** Replace every name and e-mail by a stable pseudonym ("Mentor 3", "Mentee 7", "Person 2"). */
  redact?: boolean;
  /** The report's title. */
  title?: string;
  /** The career-stage ladder, for stage order and labels; PRODUCT.md §2's default when absent. */
  stages?: readonly Stage[];
  /** Weeks without a held meeting after which a pair counts as stalled (default 4). */
  stalledWeeks?: number;
  /** Told how far reading the roster and the rota's rows has got (for a progress bar). */
  onProgress?: OnProgress;
}

/** A cell's text, trimmed; '' when the column is absent. */
export function cell(record: SheetRecord, column: string): string {
  return (record[column] ?? '').trim();
}

/** A set cell (`maths; science`) as its slugs, blanks dropped. */
export function cellSet(record: SheetRecord, column: string): string[] {
  return cell(record, column)
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A numeric cell, or null when it is blank or not a number. */
export function cellNumber(record: SheetRecord, column: string): number | null {
  const text = cell(record, column);
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
