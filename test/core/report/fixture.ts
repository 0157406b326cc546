import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { ReportInput, SheetRecord } from '../../../src/core/report/input.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/report/', import.meta.url));

/** One sheet of fixtures/report/ as records. */
export function readFixture(name: string): SheetRecord[] {
  return parse(readFileSync(`${FIXTURES}${name}.csv`, 'utf8'), { columns: true, skip_empty_lines: true }) as SheetRecord[];
}

/** Every sheet of the hand-made scheme in fixtures/report/ (14 people, 5 pairs, 17 meetings). */
export function fixtureInput(): ReportInput {
  return {
    roster: readFixture('roster'),
    matches: readFixture('matches'),
    unmatched: readFixture('unmatched'),
    mentors: readFixture('mentors'),
    rota: readFixture('rota'),
    rejected: readFixture('rejected'),
    duplicates: readFixture('duplicates'),
    warnings: readFixture('warnings'),
    matchSummary: { blockingPairs: 1 },
  };
}

/** The date the fixture's report is judged on (a Monday, 2027-W07). */
export const FIXTURE_TODAY = '2027-02-15';
