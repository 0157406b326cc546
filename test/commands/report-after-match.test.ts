import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runMatch } from '../../src/commands/match.js';
import { runReport } from '../../src/commands/report.js';
import { sheetRecords } from '../../src/commands/report-inputs.js';
import type { ReportModel } from '../../src/core/report/index.js';
import { readWorkbookSheets } from '../../src/io/read-table.js';
import { fixture, memoryIO, tempDir } from '../helpers/memory-io.js';
import { fastClock, phasesDrawn, terminalIO } from './progress-helpers.js';
import { ALL_SHEETS, FIXTURE_TODAY, outputText, personalData, readModel, withDamagedSheets } from './report-helpers.js';

// `edumentor match responses.csv -o matches.xlsx`, then `edumentor report` on the workbook alone.
let dir: string;
let cleanup: () => Promise<void>;
let workbook: string;
let sheets: Map<string, Record<string, string>[]>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  workbook = path.join(dir, 'matches.xlsx');
  await runMatch({ inputs: [fixture('edumentoring', 'responses.csv')], output: workbook, quiet: true }, memoryIO(dir));
  sheets = new Map((await readWorkbookSheets(workbook)).map((t) => [t.sheet ?? '', sheetRecords(t)]));
});
afterAll(() => cleanup());

function sheet(name: string): Record<string, string>[] {
  const records = sheets.get(name);
  if (!records) throw new Error(`the match workbook has no ${name} sheet`);
  return records;
}

async function reportOn(options: Parameters<typeof runReport>[0], name: string): Promise<ReportModel> {
  const output = path.join(dir, `${name}.json`);
  await runReport({ ...options, today: FIXTURE_TODAY, output }, memoryIO(dir));
  return readModel(output);
}

describe('report on a match workbook given once', () => {
  const ways: [string, (file: string) => Parameters<typeof runReport>[0]][] = [
    ['as a plain argument', (file) => ({ inputs: [file] })],
    ['as --matches', (file) => ({ matches: file })],
    ['as --roster', (file) => ({ roster: file })],
  ];
  it.each(ways)('%s, uses every sheet it holds, and its numbers agree with the sheets', async (how, optionsFor) => {
    const model = await reportOn(optionsFor(workbook), how.replaceAll(' ', '-'));
    const people = sheet('People');
    const menteesInRoster = people.filter((p) => p.role === 'mentee' || p.role === 'both').length;
    const unmatchedMentees = sheet('Unmatched').filter((u) => u.role === 'mentee').length;
    const blocking = sheet('Settings').find((s) => s.setting === 'blocking pairs')?.value;

    expect(model.sources.map((s) => s.input)).toEqual(['roster', 'matches', 'unmatched', 'mentors', 'rejected', 'duplicates', 'warnings']);
    expect(model.signups?.people).toBe(people.length);
    expect(model.matching).toMatchObject({
      matched: sheet('Matches').length,
      pairs: sheet('Matches').length,
      unmatched: unmatchedMentees,
      mentees: menteesInRoster,
      blockingPairs: Number(blocking),
    });
    expect(model.matching!.matched + model.matching!.unmatched!).toBe(menteesInRoster);
    const mentors = sheet('Mentors');
    expect(model.matching?.load?.assigned).toBe(mentors.reduce((sum, m) => sum + Number(m.assigned), 0));
    expect(model.quality).toMatchObject({ duplicatesMerged: sheet('Duplicates').length, rowsRejected: sheet('Rejected').length });
    expect(model.missing.map((m) => m.section)).toEqual(['meetings', 'feedback']);
  });

  it('takes a sheet named by its own option over the workbook\'s', async () => {
    const model = await reportOn({ matches: workbook, roster: ALL_SHEETS.roster, rota: ALL_SHEETS.rota }, 'with-roster');
    expect(model.signups?.people).toBe(14);
    expect(model.matching?.matched).toBe(sheet('Matches').length);
    expect(model.meetings?.total).toBe(17);
  });

  it('leaves none of its names or e-mails in the redacted page', async () => {
    const output = path.join(dir, 'redacted.html');
    await runReport({ matches: workbook, redact: true, output }, memoryIO(dir));
    const html = (await outputText(output)).toLowerCase();
    const personal = await personalData([workbook]);
    expect(personal.length).toBeGreaterThan(400);
    expect(personal.filter((value) => html.includes(value.toLowerCase()))).toEqual([]);
  });
});

describe('report reads a match workbook once, and only the sheets it uses', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads each sheet it uses once, People too, and never Alternatives (the progress bar names what is read)', async () => {
    fastClock();
    const io = terminalIO(dir, true);
    Object.assign(io.stderr, { columns: 200 });
    await runReport({ matches: workbook, output: path.join(dir, 'read-once.html') }, io);
    const reading = phasesDrawn(io.err()).filter((phase) => phase.startsWith('reading '));
    expect(reading).toEqual(['reading matches.xlsx (Matches, Unmatched, Mentors, People, Rejected, Duplicates, Settings)']);
  });

  it.each([
    ['as a plain argument', { inputs: ['-'] }],
    ['as --matches', { matches: '-' }],
  ])('reads it from stdin %s, which can be read only once, to the same report', async (how, options) => {
    const output = path.join(dir, `stdin-${how.replaceAll(' ', '-')}.json`);
    const io = { ...memoryIO(dir), stdin: Readable.from([await readFile(workbook)]) };
    await runReport({ ...options, today: FIXTURE_TODAY, output }, io);
    expect(await readModel(output)).toEqual(await reportOn({ matches: workbook }, 'from-file'));
  });

  it('gives the same report when its Alternatives sheet is damaged, which it does not read', async () => {
    const damaged = await withDamagedSheets(workbook, ['Alternatives'], path.join(dir, 'damaged-alternatives.xlsx'));
    await expect(readWorkbookSheets(damaged)).rejects.toThrow(/truncated or damaged/);
    for (const options of [{ matches: damaged }, { inputs: [damaged] }, { roster: damaged }]) {
      expect(await reportOn(options, 'damaged')).toEqual(await reportOn({ matches: workbook }, 'whole'));
    }
  });
});
