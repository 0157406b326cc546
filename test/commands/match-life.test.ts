import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMatch, type MatchCommandOptions } from '../../src/commands/match.js';
import { INTRO_COLUMNS } from '../../src/core/intros/index.js';
import { UsageError } from '../../src/errors.js';
import { readWorkbookSheets } from '../../src/io/read-table.js';
import { writeTables } from '../../src/io/write-table.js';
import { fixture, memoryIO } from '../helpers/memory-io.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';
import { readCsv } from './schedule-helpers.js';

/** `match` after matching: introductions, group mentoring and re-pairing, on the scheme in fixtures/life/. */

const PEOPLE = fixture('life', 'people.csv');
const TEMPLATE = fixture('life', 'intro-template.txt');

let dir: string;
allTestsInTempDir((made) => (dir = made));

const inDir = (name: string) => path.join(dir, name);

async function run(options: Partial<MatchCommandOptions> = {}) {
  const io = memoryIO(dir);
  const outcome = await runMatch({ inputs: [PEOPLE], quiet: true, ...options }, io);
  return { io, outcome };
}

/** The fixture's roster with some cells changed: row by e-mail → column → value. */
async function editedPeople(name: string, changes: Record<string, Record<string, string>>, extraColumn?: string): Promise<string> {
  const rows = await readCsv(PEOPLE);
  const columns = [...Object.keys(rows[0]!), ...(extraColumn ? [extraColumn] : [])];
  const edited = rows.map((r) => ({ ...Object.fromEntries(columns.map((c) => [c, r[c] ?? ''])), ...changes[r.email!] }));
  await writeTables(inDir(name), [{ name: 'People', columns, rows: edited }]);
  return inDir(name);
}

async function sheet(file: string, name: string): Promise<Record<string, string>[]> {
  const table = (await readWorkbookSheets(file)).find((t) => t.sheet === name);
  return (table?.rows ?? []).map((row) => Object.fromEntries(table!.headers.map((h, i) => [h, row.cells[i] ?? ''])));
}

describe('match --intros', () => {
  it('writes an introduction for each side of every pair, with the template rendered', async () => {
    await run({ output: inDir('m.csv'), intros: inDir('intros.csv'), introTemplate: TEMPLATE });
    const pairs = await readCsv(inDir('m.csv'));
    const intros = await readCsv(inDir('intros.csv'));
    expect(Object.keys(intros[0]!)).toEqual([...INTRO_COLUMNS]);
    expect(intros).toHaveLength(2 * pairs.length);
    for (const pair of pairs) {
      const mentor = intros.find((r) => r.pair_id === pair.pair_id && r.role === 'mentor');
      const mentee = intros.find((r) => r.pair_id === pair.pair_id && r.role === 'mentee');
      expect(mentor).toMatchObject({ email: pair.mentor_email, partner_email: pair.mentee_email, reasons: pair.reasons, first_meeting: '' });
      expect(mentee).toMatchObject({ email: pair.mentee_email, partner_name: pair.mentor_name });
      expect(mentee?.message).toContain(`Subject: Your mentoring mentor: ${pair.mentor_name}\n`);
      expect(mentee?.message).toContain('Please agree a time for your first meeting between you.');
    }
    const gita = intros.find((r) => r.email === 'gita.rao@maple.example');
    expect(gita).toMatchObject({ partner_organisation: 'Oak Primary', partner_phase: 'Primary', partner_subjects: 'Mathematics' });
  });

  it('adds an Introductions sheet to the workbook only when introductions are asked for', async () => {
    await run({ output: inDir('with.xlsx'), intros: inDir('intros.json') });
    await run({ output: inDir('without.xlsx') });
    const names = async (file: string) => (await readWorkbookSheets(file)).map((t) => t.sheet);
    expect(await names(inDir('with.xlsx'))).toEqual(['Matches', 'Unmatched', 'Mentors', 'Alternatives', 'Introductions', 'People', 'Rejected', 'Duplicates', 'Settings']);
    expect(await names(inDir('without.xlsx'))).not.toContain('Introductions');
    expect(await sheet(inDir('with.xlsx'), 'Introductions')).toHaveLength(16);
  });

  it('refuses a template with an unknown placeholder before writing anything (exit 2)', async () => {
    await writeFile(inDir('typo.txt'), 'Dear {{frist_name}}');
    await expect(run({ output: inDir('never.csv'), intros: inDir('never-intros.csv'), introTemplate: inDir('typo.txt') })).rejects.toThrow(
      /unknown placeholder \{\{frist_name\}\} on line 1 \(did you mean \{\{first_name\}\}\?\)/,
    );
    await expect(readFile(inDir('never.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('leaves out the details of a partner who did not consent when the scheme switches the consent rule off', async () => {
    const people = await editedPeople('no-consent.csv', { 'gita.rao@maple.example': { consent: 'false' } });
    await writeFile(inDir('consent-off.yaml'), 'match:\n  rules:\n    consent: false\n');
    await run({ inputs: [people], config: inDir('consent-off.yaml'), output: inDir('c.csv'), intros: inDir('c-intros.csv') });
    const intros = await readCsv(inDir('c-intros.csv'));
    const toMentor = intros.find((r) => r.role === 'mentor' && r.pair_id === intros.find((g) => g.email === 'gita.rao@maple.example')?.pair_id);
    expect(toMentor).toMatchObject({ partner_name: '', partner_email: '', partner_organisation: '', reasons: '' });
    expect(toMentor?.message).toContain('the organiser will introduce you to each other directly');
    expect(intros.find((r) => r.email === 'gita.rao@maple.example')?.partner_email).not.toBe('');
  });
});

describe('match --groups', () => {
  it('gives every pair of a mentor with several mentees the mentor\'s group, the pairs being those made without it', async () => {
    await run({ output: inDir('plain.csv') });
    await run({ output: inDir('groups.csv'), groups: true });
    const [plain, groups] = [await readCsv(inDir('plain.csv')), await readCsv(inDir('groups.csv'))];
    expect(groups.map(({ group_id: _group, ...rest }) => rest)).toEqual(plain.map(({ group_id: _group, ...rest }) => rest));
    expect(plain.every((p) => p.group_id === '')).toBe(true);
    expect(groups.every((p) => p.group_id === `g-${p.mentor_id}`)).toBe(true);
  });

  it('takes group mentoring from the config, or per mentor from a roster column groups', async () => {
    await writeFile(inDir('groups.yaml'), 'match:\n  groups: true\n');
    await run({ config: inDir('groups.yaml'), output: inDir('config-groups.csv') });
    expect((await readCsv(inDir('config-groups.csv'))).every((p) => p.group_id !== '')).toBe(true);
    const people = await editedPeople('groups-column.csv', { 'ana.lee@oak.example': { groups: 'yes' } }, 'groups');
    await run({ inputs: [people], output: inDir('ana-groups.xlsx') });
    const pairs = await sheet(inDir('ana-groups.xlsx'), 'Matches');
    expect(new Set(pairs.map((p) => `${p.mentor_name}: ${p.group_id === '' ? 'one-to-one' : 'group'}`))).toEqual(
      new Set(['Ana Lee: group', 'Ben Okafor: one-to-one', 'Cara Singh: one-to-one', 'Dev Patel: one-to-one']),
    );
    expect(await sheet(inDir('ana-groups.xlsx'), 'Settings')).toContainEqual({ setting: 'group meetings', value: "1 group, 2 mentees in all (the roster's groups column)" });
  });
});

describe('match --keep --rota', () => {
  it('refuses --rota without --keep, standard input read twice, and introductions on standard output (exit 2)', async () => {
    await expect(run({ rota: PEOPLE })).rejects.toThrow(UsageError);
    await expect(run({ rota: PEOPLE })).rejects.toThrow('give the earlier match sheet with --keep too');
    await expect(run({ inputs: ['-'], keep: PEOPLE, rota: '-' })).rejects.toThrow(/standard input \(-\) can be read only once/);
    await expect(run({ intros: '-' })).rejects.toThrow('--intros needs a file');
  });
});
