import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runMatch, type MatchCommandOptions } from '../../src/commands/match.js';
import { UsageError } from '../../src/errors.js';
import { fixture, memoryIO } from '../helpers/memory-io.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';

const RESPONSES = fixture('edumentoring', 'responses.csv');
const NEWCOMERS = fixture('edumentoring', 'new-signups.csv');
const HLTA = fixture('hlta', 'responses.xlsx');
const HLTA_CONFIG = fixture('hlta', 'edumentor.config.yaml');

let dir: string;
eachTestInTempDir((made) => (dir = made));

const inDir = (name: string) => path.join(dir, name);

async function run(options: Partial<MatchCommandOptions> = {}) {
  const io = memoryIO(dir);
  const outcome = await runMatch({ inputs: [RESPONSES], quiet: true, ...options }, io);
  return { io, outcome };
}

async function readCsv(file: string): Promise<Record<string, string>[]> {
  return parse(await readFile(file, 'utf8'), { columns: true }) as Record<string, string>[];
}

async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((w) => w.name);
}

describe('match on the Google Forms sample', () => {
  it('matches every mentee some mentor can take, and gives every unmatched one a reason', async () => {
    const files = { output: inDir('m.csv'), unmatched: inDir('u.csv'), mentors: inDir('mentors.csv') };
    await run(files);
    const pairs = await readCsv(files.output);
    const unmatched = await readCsv(files.unmatched);
    const mentors = await readCsv(files.mentors);
    expect(pairs).toHaveLength(217);
    for (const row of unmatched) expect(row.reason).not.toBe('');
    // On this sample no mentor under the hard rules is left for any unmatched mentee: all are matched that can be.
    for (const row of unmatched.filter((u) => u.role === 'mentee')) expect(Number(row.candidates)).toBe(0);
    const menteeIds = new Set(pairs.map((p) => p.mentee_id));
    expect(menteeIds.size).toBe(pairs.length);
    const assigned = new Map<string, number>();
    for (const p of pairs) assigned.set(p.mentor_id!, (assigned.get(p.mentor_id!) ?? 0) + 1);
    for (const m of mentors) {
      expect(Number(m.assigned)).toBe(assigned.get(m.mentor_id!) ?? 0);
      expect(Number(m.assigned)).toBeLessThanOrEqual(Number(m.capacity));
      expect(Number(m.free)).toBe(Number(m.capacity) - Number(m.assigned));
    }
  });

  it('writes the match columns of the contract, with reasons in words', async () => {
    await run({ output: inDir('m.csv') });
    const text = await readFile(inDir('m.csv'), 'utf8');
    // The contract's columns come first, in this order (later features append their own).
    expect(text.split('\n')[0]).toMatch(
      'pair_id,mentor_id,mentor_name,mentor_email,mentee_id,mentee_name,mentee_email,score,reasons,score_phase,' +
        'score_subjects,score_focus,score_availability,score_region,score_stage,shared_phases,shared_subjects,' +
        'shared_focus,common_slots,mode,kept',
    );
    expect(text.startsWith('pair_id,mentor_id,')).toBe(true);
    const pairs = await readCsv(inDir('m.csv'));
    for (const p of pairs) {
      expect(Number(p.score)).toBeGreaterThanOrEqual(0);
      expect(Number(p.score)).toBeLessThanOrEqual(100);
      expect(p.reasons!.length).toBeGreaterThan(10);
      expect(p.mentor_id).not.toBe(p.mentee_id);
    }
  });

  it('gives byte-identical CSV and xlsx files when run twice', async () => {
    await run({ output: inDir('a.xlsx') });
    await run({ output: inDir('b.xlsx') });
    await run({ output: inDir('a.csv') });
    await run({ output: inDir('b.csv') });
    expect(await readFile(inDir('a.xlsx'))).toEqual(await readFile(inDir('b.xlsx')));
    expect(await readFile(inDir('a.csv'))).toEqual(await readFile(inDir('b.csv')));
  });

  it('writes a workbook with every sheet an organiser reviews, and the roster it came from', async () => {
    await run({ output: inDir('m.xlsx') });
    expect(await sheetNames(inDir('m.xlsx'))).toEqual([
      'Matches', 'Unmatched', 'Mentors', 'Alternatives', 'People', 'Rejected', 'Duplicates', 'Settings',
    ]);
  });

  it('warns of a mentor whose kept pairs are more than their capacity now, and keeps the pairs', async () => {
    await run({ output: inDir('first.csv') });
    const counts = new Map<string, number>();
    for (const pair of await readCsv(inDir('first.csv'))) counts.set(pair.mentor_email!, (counts.get(pair.mentor_email!) ?? 0) + 1);
    const [busy] = [...counts].find(([, n]) => n >= 2) ?? [''];
    const rows = parse(await readFile(RESPONSES, 'utf8'), { bom: true }) as string[][];
    const header = rows[0]!;
    const [emailAt, capacityAt] = [header.indexOf('Email address'), header.findIndex((h) => h.startsWith('Mentors: how many'))];
    const lowered = rows.map((row, i) => (i > 0 && row[emailAt]?.trim().toLowerCase() === busy ? row.map((c, j) => (j === capacityAt ? '1' : c)) : row));
    await writeFile(inDir('lowered.csv'), stringify(lowered));
    const { io } = await run({ inputs: [inDir('lowered.csv')], keep: inDir('first.csv'), output: inDir('second.csv'), quiet: false });
    expect(io.err()).toMatch(new RegExp(`warning: .* <${busy}> keeps ${counts.get(busy)} mentees from .*first\\.csv over a capacity of 1`));
    expect((await readCsv(inDir('second.csv'))).filter((p) => p.mentor_email === busy)).toHaveLength(counts.get(busy)!);
  });

  it('keeps every earlier pair with --keep and matches ten newcomers around them', async () => {
    await run({ output: inDir('first.xlsx') });
    await run({ inputs: [RESPONSES, NEWCOMERS], keep: inDir('first.xlsx'), output: inDir('second.csv') });
    const first = await run({ output: inDir('first.csv') }).then(() => readCsv(inDir('first.csv')));
    const second = await readCsv(inDir('second.csv'));
    const key = (p: Record<string, string>) => `${p.mentor_email}>${p.mentee_email}`;
    const secondKeys = new Set(second.map(key));
    for (const pair of first) expect(secondKeys.has(key(pair))).toBe(true);
    expect(second.filter((p) => p.kept === 'true')).toHaveLength(first.length);
    const newcomers = second.filter((p) => p.mentee_email!.includes('newcomer'));
    expect(newcomers.length).toBeGreaterThan(0);
    expect(newcomers.every((p) => p.kept === 'false')).toBe(true);
  });

  it('reports the summary and, with --json, the same as JSON on stdout', async () => {
    const io = memoryIO(dir);
    await runMatch({ inputs: [RESPONSES], output: inDir('m.csv'), json: true }, io);
    const summary = JSON.parse(io.out()) as { mentees: number; matched: number; unmatchedMentees: number };
    expect(summary.matched + summary.unmatchedMentees).toBe(summary.mentees);
    expect(summary.matched).toBe(217);
    expect(io.err()).toBe('');
  });

  it('says on stderr what its import found, so rejected rows and unknown values do not pass unseen', async () => {
    const { io } = await run({ output: inDir('m.csv'), quiet: false });
    expect(io.err().split('\n')[0]).toBe(
      '417 rows read → 404 people, 10 duplicates, 2 rejected, 1 blank; 18 warnings (18 unknown-focus): `edumentor import` with the same inputs lists them',
    );
  });

  it('names the option and the value of a bad match setting', async () => {
    await expect(run({ output: inDir('m.csv'), minScore: 101 })).rejects.toThrow(
      'bad match settings: --min-score (or match.minScore in the config): expected 0–100; found 101',
    );
  });

  it('refuses to overwrite an input', async () => {
    await writeFile(inDir('copy.csv'), await readFile(RESPONSES));
    await expect(run({ inputs: [inDir('copy.csv')], output: inDir('copy.csv') })).rejects.toBeInstanceOf(UsageError);
  });

  it('refuses two outputs on one file before writing anything: the introductions would replace the matches', async () => {
    await expect(run({ output: inDir('both.xlsx'), intros: inDir('both.xlsx') })).rejects.toThrow(/is given to both -o and --intros/);
    await expect(run({ output: inDir('m.csv'), scores: inDir('m.csv') })).rejects.toThrow(/is given to both -o and --scores/);
    expect(existsSync(inDir('both.xlsx')) || existsSync(inDir('m.csv'))).toBe(false);
  });
});

describe('match on the HLTA sample with its config', () => {
  it('allows same-school pairs and in-person meetings within one local authority', async () => {
    await run({ inputs: [HLTA], config: HLTA_CONFIG, output: inDir('h.csv') });
    const pairs = await readCsv(inDir('h.csv'));
    expect(pairs.length).toBeGreaterThan(40);
    expect(pairs.some((p) => p.reasons!.includes('same organisation'))).toBe(true);
    for (const p of pairs.filter((q) => q.mode === 'in-person')) expect(p.score_region).toBe('1');
  });

  it('stops with exit 2 on a config key it does not know, naming it', async () => {
    await writeFile(inDir('bad.yaml'), 'match:\n  weights:\n    phase: -1\n  colour: blue\n');
    const error = await run({ config: inDir('bad.yaml') }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/match\.weights\.phase|match/);
    expect((error as Error).message).toMatch(/colour/);
  });
});
