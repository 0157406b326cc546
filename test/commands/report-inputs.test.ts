import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseSheets, sheetRecords, type ChosenSheet } from '../../src/commands/report-inputs.js';
import type { Table } from '../../src/core/types.js';
import { readWorkbookSheets } from '../../src/io/read-table.js';
import { writeTables, type Sheet } from '../../src/io/write-table.js';
import { fixture } from '../helpers/memory-io.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';
import { ALL_SHEETS, reportFixture, withDamagedSheets } from './report-helpers.js';

let dir: string;
allTestsInTempDir((made) => (dir = made));

function summary(chosen: readonly ChosenSheet[]): string[] {
  return chosen.map((c) => `${c.kind} ${path.basename(c.file)}${c.sheet ? `:${c.sheet}` : ''}${c.explicit ? ' (option)' : ''}`).sort();
}

/** A workbook with the given sheets, each a copy of one rows-less table with these columns. */
async function workbook(name: string, sheets: Record<string, string[]>): Promise<string> {
  const file = path.join(dir, name);
  const tables: Sheet[] = Object.entries(sheets).map(([sheetName, columns]) => ({
    name: sheetName,
    columns,
    rows: [Object.fromEntries(columns.map((c) => [c, `${c} 1`]))],
  }));
  await writeTables(file, tables);
  return file;
}

describe('chooseSheets', () => {
  it('recognises each sheet edumentor writes, given as a plain CSV argument, by its columns', async () => {
    const chosen = await chooseSheets({ named: {}, plain: Object.values(ALL_SHEETS) });
    expect(summary(chosen)).toEqual([
      'duplicates duplicates.csv', 'matches matches.csv', 'mentors mentors.csv', 'rejected rejected.csv',
      'roster roster.csv', 'rota rota.csv', 'unmatched unmatched.csv', 'warnings warnings.csv',
    ]);
  });

  it('takes a workbook\'s sheets by name, the option\'s own first, and ignores sheets it does not use', async () => {
    const file = await workbook('import.xlsx', {
      People: ['id', 'email'],
      Rejected: ['file', 'row', 'reason'],
      Alternatives: ['mentee_id', 'rank'],
    });
    expect(summary(await chooseSheets({ named: { roster: file }, plain: [] }))).toEqual([
      'rejected import.xlsx:Rejected',
      'roster import.xlsx:People (option)',
    ]);
  });

  it('lets an option win over a workbook\'s sheet, and the first workbook over a later one', async () => {
    const first = await workbook('first.xlsx', { Rota: ['pair_id', 'date', 'mentor_email', 'mentee_email', 'status'], Rejected: ['file', 'row', 'reason'] });
    const second = await workbook('second.xlsx', { Rejected: ['file', 'row', 'reason'], Duplicates: ['email', 'kept_row'] });
    const chosen = await chooseSheets({ named: { rota: ALL_SHEETS.rota }, plain: [first, second] });
    expect(summary(chosen)).toEqual([
      'duplicates second.xlsx:Duplicates',
      'rejected first.xlsx:Rejected',
      'rota rota.csv (option)',
    ]);
  });

  it('reads a one-sheet workbook with its own sheet name as the option says', async () => {
    const file = await workbook('hand-made.xlsx', { 'Spring meetings': ['date', 'mentor_email', 'mentee_email', 'status'] });
    expect(summary(await chooseSheets({ named: { rota: file }, plain: [] }))).toEqual(['rota hand-made.xlsx:Spring meetings (option)']);
  });

  it('leaves the roster on stdin for import to read', async () => {
    expect(await chooseSheets({ named: { roster: '-' }, plain: [] })).toEqual([{ kind: 'roster', file: '-', explicit: true, table: null }]);
  });

  it('says what a plain argument it cannot recognise should be passed as (exit 2)', async () => {
    const raw = fixture('edumentoring', 'responses.csv');
    await expect(chooseSheets({ named: {}, plain: [raw] })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('--roster (a form export or roster)'),
    });
  });

  it('refuses a file without the columns of the sheet its option names (exit 3)', async () => {
    await expect(chooseSheets({ named: { rota: reportFixture('roster') }, plain: [] })).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringMatching(/not a rota: .*date, mentor_email, mentee_email are missing/),
    });
  });

  it('refuses a workbook that lacks the sheet its option names, listing its sheets (exit 3)', async () => {
    const file = await workbook('people-only.xlsx', { People: ['id'], Duplicates: ['email', 'kept_row'] });
    await expect(chooseSheets({ named: { matches: file }, plain: [] })).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringContaining('no sheet "Matches" (its sheets: "People", "Duplicates")'),
    });
  });
});

/** Columns each kind of sheet needs, for workbooks made here. */
const COLUMNS = {
  matches: ['mentor_email', 'mentee_email'],
  rota: ['date', 'mentor_email', 'mentee_email'],
  rejected: ['file', 'row', 'reason'],
  duplicates: ['email', 'kept_row'],
  alternatives: ['mentee_id', 'rank'],
};

/** `workbook`, then a copy of it whose sheets `damaged` cannot be read (checked here, so a test on it can fail). */
async function damagedWorkbook(name: string, sheets: Record<string, string[]>, damaged: string[]): Promise<string> {
  const copy = await withDamagedSheets(await workbook(name, sheets), damaged, path.join(dir, `damaged-${name}`));
  await expect(readWorkbookSheets(copy)).rejects.toThrow(/truncated or damaged/);
  return copy;
}

describe('chooseSheets reads only the sheets it can choose', () => {
  it('leaves a workbook\'s other sheets unread: Alternatives, and a kind another option names', async () => {
    const file = await damagedWorkbook(
      'match.xlsx',
      { Matches: COLUMNS.matches, Alternatives: COLUMNS.alternatives, People: ['id', 'email'], Rota: COLUMNS.rota },
      ['Alternatives', 'Rota'],
    );
    expect(summary(await chooseSheets({ named: { matches: file, rota: ALL_SHEETS.rota }, plain: [] }))).toEqual([
      'matches damaged-match.xlsx:Matches (option)',
      'roster damaged-match.xlsx:People',
      'rota rota.csv (option)',
    ]);
  });

  it('leaves unread a later file\'s sheet of a kind an earlier file offered', async () => {
    const first = await workbook('early.xlsx', { Rota: COLUMNS.rota, Rejected: COLUMNS.rejected });
    const second = await damagedWorkbook('late.xlsx', { Rejected: COLUMNS.rejected, Duplicates: COLUMNS.duplicates }, ['Rejected']);
    expect(summary(await chooseSheets({ named: {}, plain: [first, second] }))).toEqual([
      'duplicates damaged-late.xlsx:Duplicates',
      'rejected early.xlsx:Rejected',
      'rota early.xlsx:Rota',
    ]);
  });

  it('still gives an option the first sheet no kind claims, whatever sheets come after it', async () => {
    const file = await damagedWorkbook(
      'spring.xlsx',
      { People: ['id'], 'Spring meetings': COLUMNS.rota, Alternatives: COLUMNS.alternatives },
      ['Alternatives'],
    );
    expect(summary(await chooseSheets({ named: { rota: file }, plain: [] }))).toEqual([
      'roster damaged-spring.xlsx:People',
      'rota damaged-spring.xlsx:Spring meetings (option)',
    ]);
    const alternativesFirst = await workbook('alternatives-first.xlsx', { Alternatives: COLUMNS.alternatives, 'Spring meetings': COLUMNS.rota });
    await expect(chooseSheets({ named: { rota: alternativesFirst }, plain: [] })).rejects.toMatchObject({
      context: { sheet: 'Alternatives' },
      message: expect.stringMatching(/^this is not a rota: .*found: mentee_id, rank/),
    });
  });

  it('lists every sheet of the workbook, read or not, when the option\'s sheet is missing', async () => {
    const file = await damagedWorkbook('no-matches.xlsx', { People: ['id'], Duplicates: COLUMNS.duplicates }, ['People']);
    await expect(chooseSheets({ named: { roster: ALL_SHEETS.roster, matches: file }, plain: [] })).rejects.toMatchObject({
      exitCode: 3,
      message: expect.stringContaining('no sheet "Matches" (its sheets: "People", "Duplicates")'),
    });
  });

  it('lists every sheet, none of them read, of a plain workbook it cannot recognise', async () => {
    const file = await damagedWorkbook('form.xlsx', { Form1: ['Email'], Alternatives: COLUMNS.alternatives }, ['Form1', 'Alternatives']);
    await expect(chooseSheets({ named: {}, plain: [file] })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('from its sheets ("Form1", "Alternatives")'),
    });
  });

  it('recognises a plain one-sheet workbook by its columns, as a CSV', async () => {
    const file = await workbook('one-sheet.xlsx', { 'Spring meetings': ['pair_id', ...COLUMNS.rota] });
    expect(summary(await chooseSheets({ named: {}, plain: [file] }))).toEqual(['rota one-sheet.xlsx:Spring meetings']);
    const unknown = await workbook('unknown.xlsx', { Form1: ['Email'] });
    await expect(chooseSheets({ named: {}, plain: [unknown] })).rejects.toMatchObject({
      message: expect.stringContaining('from its columns (Email)'),
    });
  });
});

describe('sheetRecords', () => {
  it('keys cells by header and takes off the formula guard that writing added', () => {
    const table: Table = { file: 'x.csv', headers: ['name', 'notes'], blankRows: 0, rows: [{ line: 2, cells: [" Ann ", "'=1+1"] }, { line: 3, cells: ['Bo'] }] };
    expect(sheetRecords(table)).toEqual([
      { name: 'Ann', notes: '=1+1' },
      { name: 'Bo', notes: '' },
    ]);
  });
});
