import type { ExcludedPair, KeptPair } from '../core/match/types.js';
import { readSheetRecords } from '../io/read-records.js';

/** The pairs of an earlier match sheet (`--keep`): its Matches sheet, by e-mail. */
export async function readKeptPairs(file: string): Promise<KeptPair[]> {
  const sheet = await readSheetRecords(file, {
    sheetName: 'Matches',
    required: ['mentor_email', 'mentee_email'],
    what: 'match sheet',
  });
  return sheet.records.map((r) => ({ mentorEmail: lower(r.mentor_email), menteeEmail: lower(r.mentee_email) }));
}

/** Pairs never to be made (`--exclude`): a sheet with `mentor_email` and `mentee_email` columns. */
export async function readExcludedPairs(file: string): Promise<ExcludedPair[]> {
  const sheet = await readSheetRecords(file, {
    sheetName: 'Exclusions',
    required: ['mentor_email', 'mentee_email'],
    what: 'exclusion list',
  });
  return sheet.records.map((r) => ({ mentorEmail: lower(r.mentor_email), menteeEmail: lower(r.mentee_email) }));
}

function lower(text: string | undefined): string {
  return (text ?? '').trim().toLowerCase();
}
