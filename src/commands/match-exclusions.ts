import { basename } from 'node:path';
import { mergeExclusions, notAFitReleases, releaseReason, type ExclusionRow, type Release } from '../core/feedback/index.js';
import type { ExcludedPair } from '../core/match/index.js';
import type { Table } from '../core/types.js';
import { describeLocation, InputError } from '../errors.js';
import { unneutralise } from '../io/neutralise.js';
import { readWorkbookSheets } from '../io/read-table.js';

/** Every pair never to make, why, and the pairs the rota released. */
export interface GatheredExclusions {
  /** For the Exclusions sheet: each pair once, with the first reason given. */
  rows: ExclusionRow[];
  /** For the matcher. */
  pairs: ExcludedPair[];
  /** Pairs marked not-a-fit in the rota. */
  releases: Release[];
  /** Rota rows that could not be read, in words. */
  warnings: string[];
  /** The `--exclude` list as read, to check against the roster. */
  listed: ExclusionRow[];
}

/**
 * The exclusions of a match run: `--exclude` (a list, or a match workbook's Exclusions sheet), the Exclusions sheet
 * of the `--keep` workbook (so exclusions carry over from round to round), and the pairs `--rota` marks not-a-fit.
 */
export async function gatherExclusions(
  options: { exclude?: string; keep?: string; rota?: string },
  stdin?: NodeJS.ReadableStream,
): Promise<GatheredExclusions> {
  const listed = options.exclude ? await readExclusionList(options.exclude, stdin) : [];
  const carried = options.keep ? await readCarriedExclusions(options.keep) : [];
  // The scheduler's readers (about twenty modules) load only for a run given a rota.
  const rota = options.rota
    ? await (await import('./schedule-inputs.js')).readRota(options.rota, stdin)
    : { meetings: [], problems: [], warnings: [] };
  const releases = notAFitReleases(
    rota.meetings.map((m) => ({
      pairId: m.pair_id,
      date: m.date,
      mentorName: m.mentor_name,
      mentorEmail: m.mentor_email,
      menteeName: m.mentee_name,
      menteeEmail: m.mentee_email,
      fit: m.extra.fit ?? '',
    })),
  );
  const released = releases.map((r) => ({ mentor_email: r.mentorEmail, mentee_email: r.menteeEmail, reason: releaseReason(r) }));
  const rows = mergeExclusions(listed, carried, released);
  return {
    rows,
    pairs: rows.map((r) => ({ mentorEmail: r.mentor_email, menteeEmail: r.mentee_email })),
    releases,
    warnings: [...rota.problems, ...rota.warnings].map((p) => `${describeLocation(p)}: ${p.message}`),
    listed,
  };
}

/** `--exclude FILE`: its Exclusions sheet (a match workbook), or its only table; a reason column is kept when present. */
async function readExclusionList(file: string, stdin?: NodeJS.ReadableStream): Promise<ExclusionRow[]> {
  const tables = await readWorkbookSheets(file, { stdin });
  const table = exclusionsSheet(tables) ?? (tables.length === 1 ? tables[0] : undefined);
  if (!table) {
    throw new InputError(
      `expected an exclusion list: a sheet with mentor_email and mentee_email, or a workbook with an Exclusions sheet; this workbook has ${tables.map((t) => `"${t.sheet}"`).join(', ')}`,
      { file },
    );
  }
  return exclusionRows(table, `listed in ${basename(file)}`);
}

/** The Exclusions sheet an earlier match workbook (`--keep`) carries; none for a CSV. */
async function readCarriedExclusions(file: string): Promise<ExclusionRow[]> {
  const table = exclusionsSheet(await readWorkbookSheets(file));
  return table ? exclusionRows(table, `listed in ${basename(file)}`) : [];
}

function exclusionsSheet(tables: readonly Table[]): Table | undefined {
  return tables.find((t) => t.sheet?.trim().toLowerCase() === 'exclusions');
}

function exclusionRows(table: Table, defaultReason: string): ExclusionRow[] {
  const index = (name: string) => table.headers.findIndex((h) => h.trim().toLowerCase() === name);
  const [mentor, mentee, reason] = [index('mentor_email'), index('mentee_email'), index('reason')];
  if (mentor < 0 || mentee < 0) {
    throw new InputError(
      `this is not an exclusion list: it lacks the column(s) ${[mentor < 0 && 'mentor_email', mentee < 0 && 'mentee_email'].filter(Boolean).join(', ')} (found: ${table.headers.join(', ')}). Give a sheet with mentor_email and mentee_email columns.`,
      { file: table.file, sheet: table.sheet },
    );
  }
  const text = (cells: readonly string[], i: number) => (i < 0 ? '' : unneutralise(cells[i] ?? '').trim());
  return table.rows.map((row) => ({
    mentor_email: text(row.cells, mentor),
    mentee_email: text(row.cells, mentee),
    reason: text(row.cells, reason) || defaultReason,
  }));
}
