import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { deflateRawSync } from 'node:zlib';
import type { ReportModel } from '../../src/core/report/index.js';
import { crc32 } from '../../src/io/crc32.js';
import { readWorkbookSheets } from '../../src/io/read-table.js';
import { readWorkbookIndex } from '../../src/io/read-xlsx-parts.js';
import { ZipArchive } from '../../src/io/zip-archive.js';
import { zipBytes, type ZipPart } from '../bad-input/zip-writer.js';
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

/** A copy of the workbook `file`, saved as `copy`, whose sheets named `damaged` fail their checksum: reading one fails. */
export async function withDamagedSheets(file: string, damaged: readonly string[], copy: string): Promise<string> {
  const zip = await ZipArchive.open(file);
  try {
    const sheets = (await readWorkbookIndex(zip))?.sheets ?? [];
    const parts = new Set(damaged.map((name) => sheets.find((sheet) => sheet.name === name)?.part));
    if (parts.has(undefined)) throw new Error(`${file} has no worksheet for every one of ${damaged.join(', ')}`);
    const entries: ZipPart[] = [];
    for (const name of zip.paths()) {
      const content = await buffer((await zip.content(name))!);
      const crc = (crc32(content) ^ 1) >>> 0;
      entries.push(parts.has(name) ? { name, deflated: deflateRawSync(content), declaredSize: content.length, declaredCrc: crc } : { name, content });
    }
    await writeFile(copy, zipBytes(entries));
    return copy;
  } finally {
    await zip.close();
  }
}
