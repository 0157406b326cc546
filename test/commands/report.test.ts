import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/commands/report.js';
import { loadPeople } from '../../src/commands/load-people.js';
import { readTables } from '../../src/io/read-table.js';
import { writeTables } from '../../src/io/write-table.js';
import { fixture, memoryIO } from '../helpers/memory-io.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';
import { ALL_SHEETS, FILE_FORMATS, FIXTURE_TODAY, outputText, personalData, readModel } from './report-helpers.js';

const SECTION_TITLES = ['Sign-ups', 'Supply and demand', 'Matching', 'Meetings', 'Data quality'];

let dir: string;
allTestsInTempDir((made) => (dir = made));

describe('runReport on the sheets of fixtures/report', () => {
  it.each(FILE_FORMATS)('writes the whole report as .%s, and only to the file', async (extension) => {
    const output = path.join(dir, `full.${extension}`);
    const io = memoryIO(dir);
    expect(await runReport({ ...ALL_SHEETS, today: FIXTURE_TODAY, output }, io)).toEqual({ rowProblems: 0 });
    const text = await outputText(output);
    const sections = extension === 'json' ? ['"signups": {', '"supply": {', '"matching": {', '"meetings": {', '"quality": {'] : SECTION_TITLES;
    for (const expected of [...sections, 'Aisha Khan']) expect(text).toContain(expected);
    expect(text).not.toContain('not available: pass');
    expect(io.out()).toBe('');
    expect(io.err()).toContain(`wrote ${output}`);
  });

  it('puts the numbers of the sheets in the JSON model', async () => {
    const output = path.join(dir, 'numbers.json');
    await runReport({ ...ALL_SHEETS, today: FIXTURE_TODAY, title: 'Spring term', output }, memoryIO(dir));
    const model = await readModel(output);
    expect(model).toMatchObject({ title: 'Spring term', today: FIXTURE_TODAY, redacted: false, missing: [] });
    expect(model.sources.map((s) => [s.input, s.rows])).toEqual([
      ['roster', 14], ['matches', 5], ['unmatched', 5], ['mentors', 5], ['rota', 17], ['rejected', 3], ['duplicates', 2], ['warnings', 3],
    ]);
    expect(model.matching).toMatchObject({ matched: 5, unmatched: 4, mentees: 9, pairs: 5 });
    expect(model.meetings).toMatchObject({ total: 17, held: 6, overdue: 5 });
    expect(model.quality).toMatchObject({ warnings: 3, rowsRejected: 2, duplicatesMerged: 2 });
  });

  it('links the re-imported roster (its hand-made ids replaced) to the match sheet by e-mail', async () => {
    const output = path.join(dir, 'roster-and-matches.json');
    await runReport({ roster: ALL_SHEETS.roster, matches: ALL_SHEETS.matches, output }, memoryIO(dir));
    const model = await readModel(output);
    expect(model.matching).toMatchObject({ matched: 5, unmatched: 4, unmatchedFrom: 'roster', load: { capacity: 6, assigned: 5 } });
  });

  it('prints the terminal summary on stdout without -o (plain when stdout is not a terminal) and with -o -', async () => {
    for (const output of [undefined, '-']) {
      const io = memoryIO(dir);
      await runReport({ ...ALL_SHEETS, today: FIXTURE_TODAY, output }, io);
      expect(io.out()).toMatch(/^Mentoring scheme report\n/);
      expect(io.out()).toContain('Mentees matched      5 of 9');
      expect(io.out()).not.toContain('\u001b[');
    }
  });

  it('colours the terminal summary only on a terminal without NO_COLOR', async () => {
    const coloured = { ...memoryIO(dir), env: {} };
    Object.assign(coloured.stdout, { isTTY: true });
    await runReport({ ...ALL_SHEETS, today: FIXTURE_TODAY }, coloured);
    expect(coloured.out()).toContain('\u001b[');
    const noColor = memoryIO(dir);
    Object.assign(noColor.stdout, { isTTY: true });
    await runReport({ ...ALL_SHEETS, today: FIXTURE_TODAY }, noColor);
    expect(noColor.out()).not.toContain('\u001b[');
  });

  it('with --json prints the model on stdout instead of the summary, besides the file', async () => {
    const output = path.join(dir, 'with-json.html');
    const io = memoryIO(dir);
    await runReport({ ...ALL_SHEETS, today: FIXTURE_TODAY, output, json: true }, io);
    expect(JSON.parse(io.out())).toMatchObject({ matching: { matched: 5 } });
    expect(existsSync(output)).toBe(true);
    expect(io.err()).toBe('');
  });

  it('judges overdue meetings against today in Europe/London when --today is not given', async () => {
    const output = path.join(dir, 'clock.json');
    await runReport({ rota: ALL_SHEETS.rota, output }, memoryIO(dir), new Date('2027-06-30T23:30:00Z'));
    expect((await readModel(output)).today).toBe('2027-07-01');
    await runReport({ rota: ALL_SHEETS.rota, output }, memoryIO(dir), new Date('2027-01-15T23:30:00Z'));
    expect((await readModel(output)).today).toBe('2027-01-15');
  });
});

describe('runReport --redact', () => {
  it.each([...FILE_FORMATS, 'terminal'] as const)('leaves no name or e-mail of the inputs in the %s output', async (format) => {
    const output = format === 'terminal' ? undefined : path.join(dir, `redacted.${format}`);
    const io = memoryIO(dir);
    await runReport({ ...ALL_SHEETS, today: FIXTURE_TODAY, redact: true, output }, io);
    const text = (output ? await outputText(output) : io.out()).toLowerCase();
    const personal = await personalData(Object.values(ALL_SHEETS));
    expect(personal).toContain('Aisha Khan');
    expect(personal.filter((value) => text.includes(value.toLowerCase()))).toEqual([]);
    expect(text).toContain('mentor 1');
  });
});

describe('runReport with a raw form export as the roster', () => {
  it('imports it first and reports its warnings, rejects and duplicates', async () => {
    const raw = fixture('edumentoring', 'responses.csv');
    const output = path.join(dir, 'raw.json');
    const outcome = await runReport({ roster: raw, output }, memoryIO(dir));
    const { result } = await loadPeople({ inputs: [raw] }, memoryIO(dir));
    const model = await readModel(output);
    expect(model.signups?.people).toBe(result.people.length);
    expect(model.quality).toMatchObject({
      warnings: result.warnings.length,
      rowsRejected: new Set(result.rejected.map((r) => r.row)).size,
      duplicatesMerged: result.duplicates.length,
    });
    expect(result.duplicates.length).toBeGreaterThan(0);
    expect(outcome.rowProblems).toBe(result.rejected.length);
  });

  it('lets a sheet named by its own option win over the import', async () => {
    const output = path.join(dir, 'raw-with-rejects.json');
    await runReport({ roster: fixture('edumentoring', 'responses.csv'), rejects: ALL_SHEETS.rejects, output }, memoryIO(dir));
    expect((await readModel(output)).quality?.rowsRejected).toBe(2);
  });
});

describe('runReport importing the roster it has read', () => {
  const raw = fixture('edumentoring', 'responses.csv');
  const roles = (people: readonly { role: string }[]) => ['mentee', 'mentor', 'both'].map((role) => people.filter((p) => p.role === role).length);
  const reportedRoles = async (output: string) => {
    const byRole = (await readModel(output)).signups?.byRole ?? [];
    return ['mentee', 'mentor', 'both'].map((role) => byRole.find((t) => t.key === role)?.count ?? 0);
  };

  it('applies --role to the table it read, as import does', async () => {
    const output = path.join(dir, 'raw-as-mentors.json');
    await runReport({ roster: raw, role: ['mentor'], output }, memoryIO(dir));
    const { result } = await loadPeople({ inputs: [raw], role: ['mentor'] }, memoryIO(dir));
    expect(await reportedRoles(output)).toEqual(roles(result.people));
    expect(roles(result.people)[0]).toBe(0);
  });

  it('imports the sheet --sheet names from the --roster workbook, not the sheet it would have chosen', async () => {
    const [table] = await readTables([raw]);
    const rows = table!.rows.map((row) => Object.fromEntries(table!.headers.map((header, i) => [header, row.cells[i] ?? ''])));
    const workbook = path.join(dir, 'form-and-notes.xlsx');
    await writeTables(workbook, [
      { name: 'Notes', columns: ['Note'], rows: [{ Note: 'not a roster' }] },
      { name: 'Form responses', columns: table!.headers, rows },
    ]);
    const output = path.join(dir, 'raw-by-sheet.json');
    await runReport({ roster: workbook, sheet: 'Form responses', output }, memoryIO(dir));
    const { result } = await loadPeople({ inputs: [raw] }, memoryIO(dir));
    expect(await reportedRoles(output)).toEqual(roles(result.people));
  });

  it('imports a roster on stdin, which nothing read before', async () => {
    const output = path.join(dir, 'raw-on-stdin.json');
    await runReport({ roster: '-', output }, memoryIO(dir, await readFile(raw, 'utf8')));
    const { result } = await loadPeople({ inputs: [raw] }, memoryIO(dir));
    expect(await reportedRoles(output)).toEqual(roles(result.people));
  });
});

describe('runReport escaping', () => {
  it('escapes a name that is markup in the HTML page', async () => {
    const roster = (await readFile(ALL_SHEETS.roster, 'utf8')).replace('Aisha Khan', '<script>alert(1)</script>');
    const rosterFile = path.join(dir, 'script-roster.csv');
    await writeFile(rosterFile, roster);
    const output = path.join(dir, 'script.html');
    await runReport({ roster: rosterFile, matches: ALL_SHEETS.matches, output }, memoryIO(dir));
    const html = await readFile(output, 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.toLowerCase()).not.toContain('<script');
  });
});

describe('runReport usage errors', () => {
  it('refuses to run with no inputs (exit 2)', async () => {
    await expect(runReport({}, memoryIO(dir))).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('--roster') });
    await expect(runReport({ inputs: [] }, memoryIO(dir))).rejects.toMatchObject({ exitCode: 2 });
  });

  it('refuses an unknown extension, listing the formats it writes', async () => {
    const error = runReport({ rota: ALL_SHEETS.rota, output: path.join(dir, 'report.pdf') }, memoryIO(dir));
    await expect(error).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/\.html.*\.md.*\.xlsx.*\.json/) });
  });

  it('refuses an output that is also an input, and stdin twice', async () => {
    const rota = path.join(dir, 'rota.json');
    await writeFile(rota, JSON.stringify({ Rota: [{ pair_id: '1', date: '2027-01-12', mentor_email: 'a@x.org', mentee_email: 'b@x.org', status: 'held' }] }));
    const clash = runReport({ rota, output: rota }, memoryIO(dir));
    await expect(clash).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('also an input') });
    expect(await readFile(rota, 'utf8')).toContain('"Rota"');
    await expect(runReport({ rota: '-', matches: '-' }, memoryIO(dir))).rejects.toMatchObject({ exitCode: 2 });
    await expect(runReport({ rota: ALL_SHEETS.rota, output: '-', json: true }, memoryIO(dir))).rejects.toMatchObject({ exitCode: 2 });
  });

  it('refuses a --today that is not an ISO date', async () => {
    await expect(runReport({ rota: ALL_SHEETS.rota, today: '15/02/2027' }, memoryIO(dir))).rejects.toMatchObject({ exitCode: 2 });
  });
});
