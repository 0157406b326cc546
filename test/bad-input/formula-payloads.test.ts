import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/memory-io.js';
import { spawnCli } from './spawn-cli.js';

// Runs the built CLI (bin/edumentor.js → dist/): build first with `npx tsc -p tsconfig.build.json`.

/** Known CSV-injection payloads (OWASP), as names: mentors first, then mentees. */
const MENTOR_NAMES = ['=HYPERLINK("http://x","click")', "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", '<script>alert(1)</script>'];
const MENTEE_NAMES = ['+1+1', '-1+1', '=1+1', '=DDE("cmd";"/C calc";"!A0")'];
/** …and as notes, with the leading spaces, tab and carriage return that spreadsheets skip before a formula. */
const NOTES = ['  =1+1', '\t=1+1', '\r=1+1', ' @SUM(1+1)', '-2+3', '=HYPERLINK("http://x","click")', '+44 7700 900123', 'plain'];

/** Text a spreadsheet would run as a formula (after spaces), unless it is a plain number such as -5. */
const DANGEROUS = /^[ \u00a0]*[=+\-@\t\r]/;
const isNumber = (text: string) => /^-?\d+(\.\d+)?$/.test(text);

function formExport(): string {
  const header = ['Timestamp', 'Email address', 'Full name', 'Are you signing up as a mentor or a mentee?',
    'Which best describes your current role?', 'Which phase(s) do you work in?', 'Name of your school or organisation',
    'How would you prefer to meet?', 'When are you usually free to meet? [Tuesday]', 'Anything else?'];
  const person = (name: string, i: number, mentor: boolean) => [
    `1${i}/04/2026 09:00:00`, `${mentor ? 'mentor' : 'mentee'}${i}@school.example`, name, mentor ? 'Mentor' : 'Mentee',
    mentor ? 'Headteacher' : 'ECT', 'Primary', mentor ? `=SUM(A1) School ${i}` : `@Academy ${i}`, 'Online', 'After school',
    NOTES[(mentor ? 0 : 4) + i] ?? '',
  ];
  return stringify([
    header,
    ...MENTOR_NAMES.map((name, i) => person(name, i, true)),
    ...MENTEE_NAMES.map((name, i) => person(name, i, false)),
  ]);
}

let dir: string;
let cleanup: () => Promise<void>;
const inDir = (name: string) => path.join(dir, name);
const edumentor = async (...args: string[]) => {
  const run = await spawnCli([...args, '-q'], { cwd: dir });
  if (run.code !== 0) throw new Error(`edumentor ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
};

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeFile(inDir('form.csv'), formExport());
  await Promise.all([
    edumentor('import', 'form.csv', '-o', 'people.csv', '--rejects', 'rejects.csv'),
    edumentor('import', 'form.csv', '-o', 'people.xlsx'),
    edumentor('import', 'form.csv', '-o', 'people.tsv'),
    edumentor('match', 'form.csv', '-o', 'matches.csv', '--unmatched', 'unmatched.csv', '--mentors', 'mentors.csv', '--alternatives', 'alternatives.csv'),
    edumentor('match', 'form.csv', '-o', 'matches.xlsx'),
  ]);
  await Promise.all([
    edumentor('schedule', 'matches.csv', '--start', '2027-01-11', '--count', '2', '-o', 'rota.csv', '--ics', 'rota.ics'),
    edumentor('schedule', 'matches.xlsx', '--start', '2027-01-11', '--count', '2', '-o', 'rota.xlsx'),
  ]);
  await Promise.all([
    edumentor('schedule', 'reminders', 'rota.csv', '--week', '2027-W02', '--today', '2027-01-08', '-o', 'reminders.csv'),
    edumentor('report', '--roster', 'people.csv', '--matches', 'matches.csv', '--rota', 'rota.csv', '--today', '2027-02-01', '-o', 'report.html'),
    edumentor('report', '--roster', 'people.csv', '--matches', 'matches.xlsx', '--rota', 'rota.xlsx', '--today', '2027-02-01', '-o', 'report.xlsx'),
  ]);
}, 120_000);
afterAll(() => cleanup());

/** Every text cell of a workbook, and whether any cell holds a formula. */
async function workbookCells(file: string): Promise<{ texts: string[]; formulas: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts: string[] = [];
  let formulas = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    ),
  );
  return { texts, formulas };
}

describe('formula payloads in names and notes, through import, match, schedule and report', () => {
  it('leave no CSV or TSV cell starting with a dangerous character, and stay readable', async () => {
    const files = (await readdir(dir)).filter((name) => /\.[ct]sv$/.test(name) && name !== 'form.csv');
    expect(files.sort()).toEqual([
      'alternatives.csv', 'matches.csv', 'mentors.csv', 'people.csv', 'people.tsv', 'rejects.csv', 'reminders.csv', 'rota.csv', 'unmatched.csv',
    ]);
    const cells: string[] = [];
    for (const file of files) {
      const delimiter = file.endsWith('.tsv') ? '\t' : ',';
      cells.push(...(parse(await readFile(inDir(file)), { delimiter, relax_column_count: true }) as string[][]).flat());
    }
    expect(cells.filter((cell) => DANGEROUS.test(cell) && !isNumber(cell))).toEqual([]);
    for (const payload of [...MENTOR_NAMES, ...MENTEE_NAMES].filter((name) => DANGEROUS.test(name))) {
      expect(cells).toContain(`'${payload}`);
    }
    expect(cells).toContain("'  =1+1");
    expect(cells).toContain("'+44 7700 900123");
  });

  it('leave no xlsx cell starting with a dangerous character, and no formula', async () => {
    for (const file of ['people.xlsx', 'matches.xlsx', 'rota.xlsx', 'report.xlsx']) {
      const { texts, formulas } = await workbookCells(inDir(file));
      expect(formulas, file).toBe(0);
      expect(texts.filter((text) => DANGEROUS.test(text) && !isNumber(text)), file).toEqual([]);
      expect(texts, file).toContain(`'${MENTOR_NAMES[0]}`);
    }
  });

  it('show the payloads as plain text in the calendar', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await readFile(inDir('rota.ics'), 'utf8')));
    const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
    expect(summaries).toHaveLength(8);
    for (const name of [...MENTOR_NAMES, ...MENTEE_NAMES]) {
      expect(summaries.filter((summary) => summary.includes(` ${name} `)), name).toHaveLength(2);
    }
  });

  it('escape every name in the HTML report', async () => {
    const html = await readFile(inDir('report.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;click&quot;)');
  });
});
