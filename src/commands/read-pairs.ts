import type { ExcludedPair, KeptPair } from '../core/match/types.js';
import { readSheetRecords } from '../io/read-records.js';

/** The pairs of an earlier match sheet (`--keep`): its Matches sheet, by e-mail. */
export function readKeptPairs(file: string): Promise<KeptPair[]> {
  return readPairsByEmail(file, 'Matches', 'match sheet');
}

/** Pairs never to be made (`--exclude`): a sheet with `mentor_email` and `mentee_email` columns. */
export function readExcludedPairs(file: string): Promise<ExcludedPair[]> {
  return readPairsByEmail(file, 'Exclusions', 'exclusion list');
}

async function readPairsByEmail(file: string, sheetName: string, what: string) {
  const sheet = await readSheetRecords(file, { sheetName, required: ['mentor_email', 'mentee_email'], what });
  return sheet.records.map((r) => ({ mentorEmail: lower(r.mentor_email), menteeEmail: lower(r.mentee_email) }));
}

function lower(text: string | undefined): string {
  return (text ?? '').trim().toLowerCase();
}
