import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportModel } from '../../src/core/report/index.js';
import { readWorkbookSheets } from '../../src/io/read-table.js';
import { fixture } from '../helpers/memory-io.js';

/** A sheet of fixtures/report/. */
export function reportFixture(name: string): string {
  return fixture('report', `${name}.csv`);
}

/** Every sheet of fixtures/report/, by the option that passes it. */
export const ALL_SHEETS = {
  roster: reportFixture('roster'),
  matches: reportFixture('matches'),
  unmatched: reportFixture('unmatched'),
  mentors: reportFixture('mentors'),
  rota: reportFixture('rota'),
  rejects: reportFixture('rejected'),
  duplicates: reportFixture('duplicates'),
  warnings: reportFixture('warnings'),
};

/** The date the fixture's report is judged on. */
export const FIXTURE_TODAY = '2027-02-15';

/** The report file types `-o` takes. */
export const FILE_FORMATS = ['html', 'md', 'xlsx', 'json'] as const;

/** A written report as text: an xlsx as every sheet name, header and cell, one per line. */
export async function outputText(file: string): Promise<string> {
  if (path.extname(file) !== '.xlsx') return readFile(file, 'utf8');
  const tables = await readWorkbookSheets(file);
  return tables.flatMap((t) => [t.sheet ?? '', ...t.headers, ...t.rows.flatMap((r) => r.cells)]).join('\n');
}

/** The JSON model a report wrote. */
export async function readModel(file: string): Promise<ReportModel> {
  return JSON.parse(await readFile(file, 'utf8')) as ReportModel;
}

const PERSONAL_COLUMNS = /(^|_)(name|email)$/;

/** Every name and e-mail in the name/e-mail columns of some sheets or workbooks (what `--redact` must hide). */
export async function personalData(files: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const file of files) {
    for (const table of await readWorkbookSheets(file)) {
      const columns = table.headers.flatMap((header, i) => (PERSONAL_COLUMNS.test(header) ? [i] : []));
      for (const row of table.rows) for (const i of columns) if (row.cells[i]?.trim()) found.add(row.cells[i].trim());
    }
  }
  return [...found];
}
