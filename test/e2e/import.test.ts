import { copyFile, readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/memory-io.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { runCli } from '../helpers/run-cli.js';

// Runs the built CLI (bin/edumentor.js → dist/): build first with `npx tsc -p tsconfig.build.json`.

const RESPONSES = fixture('edumentoring', 'responses.csv');
const SUMMARY = '404 people, 10 duplicates, 2 rejected, 1 blank (of 417 rows)';
const STACK_LINE = /^ {4}at /m;

let dir: string;
eachTestInTempDir((made) => (dir = made));

const inDir = (name: string) => path.join(dir, name);
const readFileText = (file: string) => readFileSync(file, 'utf8');
const records = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];
const edumentor = (...args: string[]) => runCli(['import', ...args], { cwd: dir });

describe('edumentor import (end to end)', () => {
  it('writes an xlsx roster with the summary on stderr, formula-looking names neutralised', async () => {
    const out = inDir('people.xlsx');
    const run = edumentor(RESPONSES, '-o', out);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toContain(`${RESPONSES}: 417 rows read → 404 people, 10 duplicates, 2 rejected, 1 blank`);
    expect(run.stderr).toContain(SUMMARY);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['People', 'Rejected', 'Duplicates']);
    const names = workbook.getWorksheet('People')!.getColumn(3).values.map(String);
    expect(names).toContain('\'=HYPERLINK("http://evil.example/x","Click me")');
  });

  it('prints a --json summary on stdout and nothing on stderr', () => {
    const run = edumentor(RESPONSES, '-o', inDir('people.csv'), '--json');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const summary = JSON.parse(run.stdout) as Record<string, number>;
    expect(summary).toMatchObject({ rows: 417, people: 404, duplicates: 10, rejected: 2, blank: 1 });
    expect(summary.rows).toBe(summary.people! + summary.duplicates! + summary.rejected! + summary.blank!);
  });

  it('writes CSV to stdout without -o, reads stdin for -, and is silent with --quiet', async () => {
    const run = edumentor(RESPONSES);
    expect(run.code).toBe(0);
    expect(records(run.stdout)).toHaveLength(404);
    expect(run.stderr).toContain(SUMMARY);
    expect(run.stderr).not.toContain('id,email');
    const piped = runCli(['import', '-', '--quiet'], { cwd: dir, input: await readFile(RESPONSES) });
    expect(piped).toMatchObject({ code: 0, stderr: '', stdout: run.stdout });
  });

  it('writes --rejects and --duplicates beside CSV output', () => {
    const run = edumentor(RESPONSES, '-o', inDir('people.csv'), '--rejects', inDir('r.csv'), '--duplicates', inDir('d.csv'), '-q');
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(records(readFileText(inDir('r.csv')))).toHaveLength(2);
    expect(records(readFileText(inDir('d.csv')))).toHaveLength(10);
  });

  it('imports the Microsoft Forms workbook and the two STEP files with a role each', () => {
    const hlta = edumentor(fixture('hlta', 'responses.xlsx'), '-q');
    expect(hlta.code).toBe(0);
    expect(records(hlta.stdout)).toHaveLength(120);
    const step = edumentor(fixture('step', 'mentors.csv'), fixture('step', 'mentees.csv'), '--role', 'mentor', '--role', 'mentee', '-q');
    const roles = records(step.stdout).map((p) => p.role);
    expect([roles.filter((r) => r === 'mentor').length, roles.filter((r) => r === 'mentee').length]).toEqual([25, 40]);
    const wrongCount = edumentor(fixture('step', 'mentors.csv'), fixture('step', 'mentees.csv'), RESPONSES, '--role', 'mentor', '--role', 'mentee');
    expect(wrongCount.code).toBe(2);
    expect(wrongCount.stderr).toContain('error: 2 --role options for 3 input files');
  });

  it('imports the Civil Service sample with its mapping and config: 1000 people, some both', () => {
    const dataDir = fixture('civil-service');
    const run = runCli(
      ['import', 'mentors.csv', 'mentees.csv', '--role', 'mentor', '--role', 'mentee', '--mapping', 'mapping.yaml', '--config', 'edumentor.config.yaml'],
      { cwd: dataDir },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('1000 people, 0 duplicates, 0 rejected, 0 blank (of 1000 rows)');
    expect(records(run.stdout).filter((p) => p.role === 'both').length).toBeGreaterThan(0);
  });

  it('reads a UTF-16 LE tab-separated export as the same roster as UTF-8', () => {
    const utf8 = edumentor(fixture('encodings', 'responses-utf8.csv'), '-q');
    const utf16 = edumentor(fixture('encodings', 'responses-utf16le.txt'), '-q');
    expect(utf16).toMatchObject({ code: 0, stdout: utf8.stdout });
    expect(records(utf8.stdout)).toHaveLength(55);
  });

  it('--explain-mapping prints the mapping; --write-mapping then --mapping gives the same roster', () => {
    const explained = edumentor(RESPONSES, '--explain-mapping', '-q');
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('  email        <- "Email address"');
    expect(edumentor(RESPONSES, '-o', inDir('a.csv'), '--write-mapping', inDir('m.yaml'), '-q').code).toBe(0);
    expect(edumentor(RESPONSES, '-o', inDir('b.csv'), '--mapping', inDir('m.yaml'), '-q').code).toBe(0);
    expect(readFileText(inDir('b.csv'))).toBe(readFileText(inDir('a.csv')));
  });

  it('reads back a roster it wrote, CSV byte-identical, xlsx too', () => {
    edumentor(RESPONSES, '-o', inDir('p.csv'), '-q');
    edumentor(RESPONSES, '-o', inDir('p.xlsx'), '-q');
    expect(edumentor(inDir('p.csv'), '-q').stdout).toBe(readFileText(inDir('p.csv')));
    expect(edumentor(inDir('p.xlsx'), '-q').stdout).toBe(readFileText(inDir('p.csv')));
  });
});

describe('edumentor import: failures (end to end)', () => {
  const bad = (name: string) => fixture('bad-import', name);

  it('exits 3 naming the closest headers when there is no e-mail column', () => {
    const run = edumentor(bad('no-email.csv'));
    expect(run).toMatchObject({ code: 3, stdout: '' });
    expect(run.stderr).toContain('no column of e-mail addresses');
    expect(run.stderr).toContain('did you mean "Email me the newsletter?", "Work e-mial"?');
  });

  it('exits 3 on a truncated workbook with a readable message, and a stack trace only with --debug', () => {
    const run = edumentor(bad('truncated.xlsx'));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^error: .*truncated\.xlsx: this workbook is truncated or damaged/);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const debug = edumentor(bad('truncated.xlsx'), '--debug');
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(STACK_LINE);
  });

  it('exits 3 telling an .xls renamed .xlsx to be saved as .xlsx or .csv', () => {
    const run = edumentor(bad('old-excel.xlsx'));
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('save it as .xlsx or .csv');
  });

  it('exits 2 when -o is also an input, leaving it untouched', async () => {
    const input = inDir('responses.csv');
    await copyFile(RESPONSES, input);
    const run = edumentor(input, '-o', input);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is also an input');
    expect(await readFile(input)).toEqual(await readFile(RESPONSES));
  });

  it('exits 4 naming the path when -o is in a missing folder', () => {
    const out = inDir(path.join('missing', 'people.csv'));
    const run = edumentor(RESPONSES, '-o', out);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(`cannot write "${out}": the folder "${path.dirname(out)}" does not exist`);
  });

  it('exits 3 with --strict when rows were rejected, having written every output', () => {
    const run = edumentor(RESPONSES, '-o', inDir('people.csv'), '--rejects', inDir('r.csv'), '--strict');
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('--strict: 2 row-level problem(s)');
    expect(existsSync(inDir('people.csv')) && existsSync(inDir('r.csv'))).toBe(true);
  });
});
