import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPeople, normaliseTables } from '../../src/commands/load-people.js';
import { setReadLimits } from '../../src/io/limits.js';
import { readTables } from '../../src/io/read-table.js';
import { memoryIO } from '../helpers/memory-io.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';

let dir: string;
allTestsInTempDir((made) => (dir = made));
afterEach(() => setReadLimits({}));

/** Each header's usual answers (a column's meaning shows in them), and answers any column may hold. */
const ANSWERS: Record<string, string[]> = {
  Timestamp: ['03/05/2026 10:00:00', '13/05/2026 10:00:00', '05/23/2026 10:00:00', '2026-05-03', ''],
  'Email address': ['a@school.example', 'b@school.example', 'c@school.example', 'bad-email', ''],
  'Full name': ['Ann Shah', 'Ben Cole', 'Cy Ng', ''],
  'Are you signing up as a mentor or a mentee?': ['Mentor', 'Mentee', 'Both', 'Not sure'],
  'Where are you based?': ['London', 'Wales', 'North West', ''],
  'Subject specialism(s)': ['Maths', 'Science, Physics', 'English', ''],
  Contact: ['d@school.example', 'e@school.example', ''],
  Info: ['', '', '', 'London', 'Wales', 'South East', 'Yorkshire and the Humber'],
  '': ['', '', '', 'typed here'],
  Notes: ['hello', '=cmd', 'a"b', 'c,d', 'line\nbreak', ''],
  'When are you usually free to meet? [Monday]': ['Lunchtime, Evening', 'Morning', ''],
};
const REQUIRED = ['Email address', 'Full name', 'Are you signing up as a mentor or a mentee?'];
const OTHERS = Object.keys(ANSWERS).filter((header) => !REQUIRED.includes(header));
const anyAnswer = fc.constantFrom(...Object.values(ANSWERS).flat(), ' ');
const answerTo = (header: string) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(ANSWERS[header] ?? [''])) }, { weight: 1, arbitrary: anyAnswer });
const quoted = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const MAPPINGS = ['columns:\n  organisation: Column 9\n', 'columns:\n  email: Contact\n', 'ignore: [Info]\n', 'columns:\n  region: Info\n'];

/** `arbitrary`'s value now and then (one time in `odds`), otherwise undefined. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, odds: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: odds - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** Headers: the required ones (now and then one missing) and some others, in any order. */
const headerRows = fc
  .tuple(fc.subarray(REQUIRED, { minLength: 2 }), fc.subarray(OTHERS, { maxLength: 6 }))
  .chain(([required, others]) => fc.shuffledSubarray([...required, ...others], { minLength: required.length + others.length }));

/** A form export: title lines, a header, rows answering it (some short, some with cells past it), some line end. */
const exports = headerRows.chain((headers) =>
  fc.record({
    titles: fc.array(fc.constantFrom(['Mentoring sign-ups'], [''], ['a', 'b']), { maxLength: 2 }),
    headers: fc.constant(headers),
    rows: fc.array(
      fc.tuple(fc.tuple(...headers.map(answerTo)), fc.nat(headers.length + 2), fc.array(fc.constantFrom('typed past the header', ' ', ''), { minLength: 1, maxLength: 2 })).map(
        ([answers, kept, past]) => (kept > headers.length ? [...answers, ...past] : answers.slice(0, Math.max(kept, 1)))),
      { minLength: 8, maxLength: 40 },
    ),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    xlsx: fc.boolean(),
    unclosed: sometimes(fc.nat(40), 8),
    headRows: fc.integer({ min: 1, max: 8 }),
    role: sometimes(fc.constantFrom('mentor' as const, 'mentee' as const), 4),
    dateOrder: sometimes(fc.constantFrom('dmy' as const, 'mdy' as const), 5),
    mapping: sometimes(fc.constantFrom(...MAPPINGS), 4),
    maxRows: sometimes(fc.integer({ min: 1, max: 30 }), 8),
  }),
);

/** The rows as a workbook's one sheet, or as CSV with the line end given (and a quote never closed, if asked). */
async function writeExport(file: string, rows: readonly (readonly string[])[], { xlsx, eol, unclosed }: { xlsx: boolean; eol: string; unclosed?: number }) {
  if (xlsx) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Form responses 1');
    for (const row of rows) sheet.addRow([...row]);
    await workbook.xlsx.writeFile(file);
    return;
  }
  const lines = rows.map((cells) => cells.map(quoted).join(','));
  if (unclosed !== undefined) lines[unclosed % lines.length] += ',"open';
  await writeFile(file, lines.join(eol) + eol);
}

describe('loadPeople of a single input, normalised as it is read', () => {
  it('gives exactly what reading the whole table first gives (CSV or xlsx): the same people, rejects and mappings, or the same error', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(exports, async (c) => {
        const cwd = path.join(dir, String(run++));
        await mkdir(cwd);
        const file = path.join(cwd, c.xlsx ? 'signups.xlsx' : 'signups.csv');
        await writeExport(file, [...c.titles, c.headers, ...c.rows], c);
        const options = { role: c.role && [c.role], dateOrder: c.dateOrder, mapping: c.mapping && path.join(cwd, 'map.yaml') };
        if (c.mapping) await writeFile(path.join(cwd, 'map.yaml'), c.mapping);
        setReadLimits(c.maxRows ? { maxRows: c.maxRows } : {});
        const settle = (promise: Promise<{ result: unknown }>) => promise.then((loaded) => loaded.result, (error: unknown) => error);
        const streamed = await settle(loadPeople({ ...options, inputs: [file] }, memoryIO(cwd), undefined, c.headRows));
        const whole = await settle(readTables([file]).then((tables) => normaliseTables(tables, options, memoryIO(cwd))));
        expect(streamed).toEqual(whole);
        // The same order of keys too: a roster's extra columns follow the order of each person's answers.
        if (!(whole instanceof Error)) expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
      }),
      { numRuns: 200 },
    );
  });

  /** Sign-ups whose dates read either way, or month first, or are no dates: a head may be read again month first. */
  const dated = fc.record({
    rows: fc.array(
      fc.tuple(
        fc.oneof(
          { weight: 12, arbitrary: fc.constantFrom('03/05/2026 10:00:00', '04/02/2026 09:30:00') },
          { weight: 2, arbitrary: fc.constantFrom('05/23/2026 10:00:00', '12/31/2026 23:59:59') },
          { weight: 1, arbitrary: fc.constantFrom('yesterday', '') },
        ),
        fc.nat(6),
        fc.constantFrom('Mentor', 'Mentee'),
      ),
      { minLength: 20, maxLength: 60 },
    ),
    headRows: fc.integer({ min: 1, max: 10 }),
    dateOrder: sometimes(fc.constantFrom('dmy' as const, 'mdy' as const), 5),
  });

  it('gives what reading the whole table first gives when the dates show their order only after the head', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(dated, async (c) => {
        const cwd = path.join(dir, `dated-${run++}`);
        await mkdir(cwd);
        const file = path.join(cwd, 'signups.csv');
        const lines = c.rows.map(([time, who, role]) => `${time},p${who}@school.example,P ${who},${role}`);
        await writeFile(file, `Timestamp,Email address,Full name,Are you signing up as a mentor or a mentee?\n${lines.join('\n')}\n`);
        const streamed = await loadPeople({ inputs: [file], dateOrder: c.dateOrder }, memoryIO(cwd), undefined, c.headRows);
        const whole = await normaliseTables(await readTables([file]), { dateOrder: c.dateOrder }, memoryIO(cwd));
        expect(JSON.stringify(streamed.result)).toBe(JSON.stringify(whole.result));
      }),
      { numRuns: 100 },
    );
  });
});
