import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportOptions } from '../../src/commands/import.js';
import { loadPeople } from '../../src/commands/load-people.js';
import type { Role } from '../../src/core/types.js';
import { InputError, OutputError, UsageError } from '../../src/errors.js';
import { CIVIL, CIVIL_OPTIONS, fixture, memoryIO } from '../helpers/memory-io.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';

const RESPONSES = fixture('edumentoring', 'responses.csv');
const HLTA = fixture('hlta', 'responses.xlsx');
const STEP = [fixture('step', 'mentors.csv'), fixture('step', 'mentees.csv')];
const FORMULA_NAME = '=HYPERLINK("http://evil.example/x","Click me")';
const MULTI_LINE_NOTE = 'I work part-time (Mon-Wed).\nPlease email, not phone, "thanks"!';

let dir: string;
eachTestInTempDir((made) => (dir = made));

/** Runs `import` in-process on the Google Forms sample unless told otherwise. */
async function runOn(options: Omit<Partial<ImportOptions>, 'role'> & { role?: readonly Role[] } = {}, stdin = '') {
  const io = memoryIO(dir, stdin);
  const outcome = await runImport({ inputs: [RESPONSES], ...options, role: options.role ? [...options.role] : undefined }, io);
  return { io, outcome };
}

function records(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}

async function readCsv(file: string): Promise<Record<string, string>[]> {
  return records(await readFile(file, 'utf8'));
}

const inDir = (name: string) => path.join(dir, name);

/** The error a run throws; fails the test when it throws none. */
async function thrown(run: Promise<unknown>): Promise<Error> {
  const error = await run.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('import: the Google Forms sample (417 rows)', () => {
  it('accounts for every row: 404 people, 10 duplicates, 2 rejected, 1 blank, on stderr and in --json', async () => {
    const out = inDir('people.csv');
    const { io, outcome } = await runOn({ output: out });
    expect(io.err()).toContain(`${RESPONSES}: 417 rows read → 404 people, 10 duplicates, 2 rejected, 1 blank`);
    expect(io.err()).toContain('404 people, 10 duplicates, 2 rejected, 1 blank (of 417 rows)');
    // A CSV roster has no room for the rejected rows: the summary says where to find them.
    expect(io.err()).toContain('to see which rows were rejected and why: --rejects rejected.csv');
    expect(io.out()).toBe('');
    expect(outcome.rowProblems).toBe(2);
    expect(await readCsv(out)).toHaveLength(404);

    const json = await runOn({ output: inDir('again.csv'), json: true });
    const summary = JSON.parse(json.io.out()) as Record<string, number> & { files: Record<string, number>[] };
    expect(summary).toMatchObject({ rows: 417, people: 404, duplicates: 10, rejected: 2, blank: 1 });
    for (const f of [summary, ...summary.files]) expect(f.rows).toBe(f.people! + f.duplicates! + f.rejected! + f.blank!);
    expect(json.io.err()).toBe('');
  });

  it('neutralises formula-looking cells in CSV output and keeps the multi-line note whole', async () => {
    const out = inDir('people.csv');
    await runOn({ output: out });
    const people = await readCsv(out);
    const byEmail = (email: string) => people.find((p) => p.email === email)!;
    expect(byEmail('formula.person@example.org').name).toBe(`'${FORMULA_NAME}`);
    expect(byEmail('at.person@example.org').name).toBe("'@SUM(1+1)");
    expect(byEmail('plus.person@example.org')['Twitter handle (optional)']).toBe("'+44 7700 900123");
    expect(byEmail('multi.line@example.org').notes).toBe(MULTI_LINE_NOTE);
    const read = await loadPeople({ inputs: [out] }, memoryIO(dir));
    expect(read.result.people.find((p) => p.email === 'formula.person@example.org')?.name).toBe(FORMULA_NAME);
  });

  it('writes xlsx with People, Rejected and Duplicates sheets: bold frozen headers, autofilters, neutralised cells', async () => {
    const out = inDir('people.xlsx');
    await runOn({ output: out });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => [w.name, w.rowCount])).toEqual([['People', 405], ['Rejected', 3], ['Duplicates', 11]]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
    }
    const people = workbook.getWorksheet('People')!;
    const cells = people.getColumn(3).values.map(String);
    expect(cells.filter((name) => name.includes('HYPERLINK'))).toEqual([`'${FORMULA_NAME}`]);
    expect(people.getColumn(16).values).toContain(MULTI_LINE_NOTE);

    const read = await loadPeople({ inputs: [out] }, memoryIO(dir));
    expect(read.result.people).toHaveLength(404);
    expect(read.result.people.find((p) => p.email === 'formula.person@example.org')?.name).toBe(FORMULA_NAME);
    expect(read.result.people.find((p) => p.email === 'multi.line@example.org')?.notes).toBe(MULTI_LINE_NOTE);
  });

  it('counts one row and one person in the singular', async () => {
    const one = inDir('one.csv');
    await writeFile(one, 'Email address,Full name\nann.lee@school.example,Ann Lee\n');
    const { io } = await runOn({ inputs: [one], role: ['mentee'] });
    expect(io.err()).toBe(`${one}: 1 row read → 1 person, 0 duplicates, 0 rejected, 0 blank\n1 person, 0 duplicates, 0 rejected, 0 blank (of 1 row)\n`);
  });

  it('writes the rejected rows and the duplicates beside CSV output with --rejects and --duplicates', async () => {
    const [rejects, duplicates] = [inDir('rejected.csv'), inDir('duplicates.csv')];
    await runOn({ output: inDir('people.csv'), rejects, duplicates });
    expect(await readCsv(rejects)).toEqual([
      { file: RESPONSES, row: '415', column: 'Email address', value: '', reason: 'no e-mail address: fill in the address or delete the row' },
      expect.objectContaining({ row: '416', column: 'Email address', value: 'jo.bloggs@' }),
    ]);
    const dups = await readCsv(duplicates);
    expect(dups).toHaveLength(10);
    expect(dups[0]).toMatchObject({ row: '6', email: 'dylan.osuilleabhain4@example.net', kept_row: '407' });
    expect(dups.every((d) => Number(d.kept_row) > 400)).toBe(true);
  });
});

describe('import: other forms', () => {
  it('imports the Microsoft Forms workbook: 120 people with submitted times, stages and availability days', async () => {
    const out = inDir('hlta.csv');
    const { io } = await runOn({ inputs: [HLTA], output: out });
    const people = await readCsv(out);
    expect(people).toHaveLength(120);
    expect(people.every((p) => /^2026-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(p.submitted!))).toBe(true);
    expect(new Set(people.map((p) => p.stage))).toEqual(new Set(['ta', 'hlta']));
    expect(people.every((p) => /^(mon|tue|wed|thu|fri|sat|sun)-morning/.test(p.availability!))).toBe(true);
    expect(io.err()).toContain(`${HLTA}, sheet "Sheet1": 120 rows read → 120 people, 0 duplicates, 0 rejected, 0 blank`);
  });

  it('imports one form per side with --role mentor --role mentee: 25 mentors, 40 mentees', async () => {
    const out = inDir('step.csv');
    await runOn({ inputs: STEP, role: ['mentor', 'mentee'], output: out });
    const people = await readCsv(out);
    expect(people.filter((p) => p.role === 'mentor')).toHaveLength(25);
    expect(people.filter((p) => p.role === 'mentee')).toHaveLength(40);
  });

  it('refuses a count of --role options that is neither one nor one per file (exit 2)', async () => {
    const error = await thrown(runOn({ inputs: [...STEP, HLTA], role: ['mentor', 'mentee'] }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toContain('2 --role options for 3 input files');
  });

  it('imports the Civil Service sample with its mapping and ladder: 500 + 500 sign-ups, 1000 people', async () => {
    const out = inDir('civil.csv');
    const { outcome } = await runOn({ inputs: CIVIL, ...CIVIL_OPTIONS, output: out });
    const people = await readCsv(out);
    expect(people).toHaveLength(1000);
    expect(outcome.rowProblems).toBe(0);
    const side = (p: Record<string, string>) => p.email!.split('.')[0];
    expect(people.every((p) => p.role === 'both' || p.role === side(p))).toBe(true);
    expect(people.filter((p) => p.role === 'both').length).toBeGreaterThan(0);
    expect(people.find((p) => p.email === 'mentee.000@gov.uk')).toMatchObject({ name: 'mentee 000', role: 'both', stage: 'aa' });
    expect(people.every((p) => /^(aa|ao|eo|heo|seo|g7|g6|scs[1-4])$/.test(p.stage!))).toBe(true);
  });
});

describe('import: encodings and separators', () => {
  const enc = (name: string) => fixture('encodings', name);
  const roster = async (input: string) => {
    const out = inDir(`${path.basename(input)}.csv`);
    await runOn({ inputs: [input], output: out, quiet: true });
    return readFile(out, 'utf8');
  };

  it('reads UTF-16 LE tab-separated and ;-separated exports as the same roster as UTF-8', async () => {
    const reference = await roster(enc('responses-utf8.csv'));
    expect(records(reference)).toHaveLength(55);
    expect(reference).toContain('Łukasz');
    expect(await roster(enc('responses-utf16le.txt'))).toBe(reference);
    expect(await roster(enc('responses-semicolon.csv'))).toBe(reference);
  });

  it('reads a Windows-1252 export as the same roster as its text in UTF-8', async () => {
    const reference = await roster(enc('responses-cp1252-source.csv'));
    expect(reference).toContain('Kerin Ó Súilleabháin');
    expect(await roster(enc('responses-cp1252.csv'))).toBe(reference);
  });
});

describe('import: inputs it cannot use (exit 3)', () => {
  const bad = (name: string) => fixture('bad-import', name);
  const failure = (inputs: string[]) => thrown(runOn({ inputs })) as Promise<InputError>;

  it('names the closest headers when no column holds e-mail addresses', async () => {
    const error = await failure([bad('no-email.csv')]);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^no column of e-mail addresses/);
    expect(error.message).toContain('did you mean "Email me the newsletter?", "Work e-mial"?');
  });

  it('says a truncated workbook is damaged and how to fix it', async () => {
    const error = await failure([bad('truncated.xlsx')]);
    expect(error).toBeInstanceOf(InputError);
    expect(error.describe()).toMatch(/truncated\.xlsx: this workbook is truncated or damaged.*save it again as \.xlsx/);
  });

  it('tells an .xls renamed .xlsx to be saved as .xlsx or .csv', async () => {
    const error = await failure([bad('old-excel.xlsx')]);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('old-style Excel .xls workbook');
    expect(error.message).toContain('save it as .xlsx or .csv');
  });
});

describe('import: mappings and round trips', () => {
  it('--explain-mapping prints which column became which field, and the extra columns, on stdout', async () => {
    const { io } = await runOn({ explainMapping: true, quiet: true });
    expect(io.out()).toMatch(/^ {2}email +<- "Email address"\n +header is "email address"; .* \(high\)$/m);
    expect(io.out()).toContain('availability <- "When are you usually free to meet? [Monday]"');
    expect(io.out()).toMatch(/^ {2}extra +<- "Twitter handle \(optional\)"$/m);
    expect(io.out()).not.toContain('id,email');
    const withOutput = await runOn({ explainMapping: true, output: inDir('p.csv'), json: true });
    expect(withOutput.io.err()).toContain('email        <- "Email address"');
    expect(JSON.parse(withOutput.io.out())).toMatchObject({ people: 404 });
  });

  it('--write-mapping then --mapping gives the same roster', async () => {
    const [mapping, first, second] = [inDir('mapping.yaml'), inDir('first.csv'), inDir('second.csv')];
    await runOn({ output: first, writeMapping: mapping });
    expect(YAML.parse(await readFile(mapping, 'utf8'))).toMatchObject({ columns: { email: 'Email address', submitted: 'Timestamp' } });
    await runOn({ output: second, mapping });
    expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'));
  });

  it('--write-mapping keeps the given mapping file’s values, ignores and null fields', async () => {
    const [mapping, first, second] = [inDir('civil.yaml'), inDir('first.csv'), inDir('second.csv')];
    await runOn({ inputs: CIVIL, ...CIVIL_OPTIONS, output: first, writeMapping: mapping });
    const written = YAML.parse(await readFile(mapping, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ values: { role: { yes: 'both', no: '' } }, ignore: ['biography'] });
    await runOn({ inputs: CIVIL, ...CIVIL_OPTIONS, mapping, output: second });
    expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'));

    const noNotes = inDir('no-notes.yaml');
    await writeFile(noNotes, 'columns:\n  notes: null\n');
    await runOn({ output: first, mapping: noNotes, writeMapping: mapping });
    expect(YAML.parse(await readFile(mapping, 'utf8'))).toMatchObject({ columns: { notes: null } });
    await runOn({ output: second, mapping });
    expect(await readFile(second, 'utf8')).toBe(await readFile(first, 'utf8'));
    expect((await readCsv(second)).every((p) => p.notes === '')).toBe(true);
  });

  it('reads back a roster it wrote, as CSV (byte-identical) and as xlsx', async () => {
    const [csv, again, xlsx, fromXlsx] = ['p.csv', 'p2.csv', 'p.xlsx', 'p3.csv'].map(inDir) as [string, string, string, string];
    await runOn({ output: csv });
    await runOn({ output: xlsx });
    const { io } = await runOn({ inputs: [csv], output: again });
    await runOn({ inputs: [xlsx], output: fromXlsx });
    const original = await readFile(csv, 'utf8');
    expect(await readFile(again, 'utf8')).toBe(original);
    expect(await readFile(fromXlsx, 'utf8')).toBe(original);
    expect(io.err()).toContain('404 rows read → 404 people, 0 duplicates, 0 rejected, 0 blank');
  });
});

describe('import: outputs', () => {
  it('refuses an output that is also an input (exit 2) and leaves it untouched', async () => {
    const input = inDir('responses.csv');
    await copyFile(RESPONSES, input);
    const before = await readFile(input);
    const error = await thrown(runOn({ inputs: [input], output: input }));
    expect(error).toBeInstanceOf(UsageError);
    expect(await readFile(input)).toEqual(before);
  });

  it('refuses, before writing anything, an output in a missing folder (exit 4) naming the path', async () => {
    const [rejects, missing] = [inDir('rejected.csv'), inDir(path.join('no-such-folder', 'people.csv'))];
    const error = await thrown(runOn({ output: inDir('people.csv'), rejects: missing }));
    expect(error).toBeInstanceOf(OutputError);
    expect(error.message).toBe(
      `cannot write "${missing}": the folder "${path.dirname(missing)}" does not exist: create it first or choose another folder`,
    );
    expect(existsSync(inDir('people.csv'))).toBe(false);
    await expect(runOn({ output: missing, rejects })).rejects.toBeInstanceOf(OutputError);
    expect(existsSync(rejects)).toBe(false);
  });

  it('refuses two outputs on one path, and an output format it cannot tell, before writing anything', async () => {
    const out = inDir('people.csv');
    await expect(runOn({ output: out, rejects: path.join(dir, '.', 'people.csv') })).rejects.toThrow(/is given to both -o and --rejects/);
    await expect(runOn({ output: '-', rejects: '-' })).rejects.toThrow(/^standard output \(-\) is given to both -o and --rejects/);
    await expect(runOn({ output: out, writeMapping: '-' })).rejects.toThrow(/^--write-mapping needs a file/);
    await expect(runOn({ output: out, duplicates: inDir('duplicates.txt') })).rejects.toThrow(/cannot tell which format/);
    expect(existsSync(out)).toBe(false);
    await expect(runOn({ output: '-', json: true })).rejects.toBeInstanceOf(UsageError);
  });

  it('says when the dates read either way, and that day first is only the default', async () => {
    const csv = 'Timestamp,Email address,Full name,Mentor or mentee?\n05/11/2020 10:00:00,jo@x.example,Jo,Mentee\n06/11/2020 09:00:00,al@x.example,Al,Mentor\n';
    await writeFile(inDir('ambiguous.csv'), csv);
    const { io } = await runOn({ inputs: [inDir('ambiguous.csv')], output: inDir('people.csv') });
    expect(io.err()).toContain('ambiguous.csv: no submission time shows whether the day or the month comes first');
    expect(io.err()).toContain('import again with --date-order mdy');
    const told = await runOn({ inputs: [inDir('ambiguous.csv')], output: inDir('people.csv'), dateOrder: 'dmy' });
    expect(told.io.err()).not.toContain('no submission time shows');
  });

  it('reports the rejected rows as row problems (for --strict) and still writes every output', async () => {
    const [out, rejects] = [inDir('people.csv'), inDir('rejected.csv')];
    const { outcome, io } = await runOn({ output: out, rejects });
    expect(outcome.rowProblems).toBe(2);
    expect(await readCsv(out)).toHaveLength(404);
    expect(await readCsv(rejects)).toHaveLength(2);
    expect(io.err()).not.toContain('to see which rows were rejected');
  });

  it('writes CSV to stdout without -o, and only the summary to stderr', async () => {
    const { io } = await runOn();
    expect(records(io.out())).toHaveLength(404);
    expect(io.out().startsWith('id,email,name,role,stage,')).toBe(true);
    expect(io.err()).not.toContain('id,email');
    expect(io.err()).toContain('404 people, 10 duplicates, 2 rejected, 1 blank (of 417 rows)');
  });

  it('reads standard input for -', async () => {
    const fromFile = await runOn();
    const fromStdin = await runOn({ inputs: ['-'], rejects: inDir('rejected.csv') }, await readFile(RESPONSES, 'utf8'));
    expect(fromStdin.io.out()).toBe(fromFile.io.out());
    expect(fromStdin.io.err()).toContain('-: 417 rows read → 404 people');
    // The file `-`, neutralised like any cell starting with a minus sign.
    expect((await readCsv(inDir('rejected.csv'))).map((r) => r.file)).toEqual(["'-", "'-"]);
  });

  it('prints nothing on stderr with --quiet', async () => {
    const { io } = await runOn({ quiet: true, config: fixture('civil-service', 'edumentor.config.yaml') });
    expect(io.err()).toBe('');
    expect(records(io.out())).toHaveLength(404);
  });
});
