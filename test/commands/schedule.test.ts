import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSchedule } from '../../src/commands/schedule.js';
import { InputError, OutputError, UsageError } from '../../src/errors.js';
import { readWorkbookSheets } from '../../src/io/read-table.js';
import { writeTables } from '../../src/io/write-table.js';
import { fixture, memoryIO } from '../helpers/memory-io.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { csvRecords, DONE_WHEN, inHoliday, MATCHES, mondayOfDate, readCsv, schedule, TERM_DATES_ICS, writeCsv } from './schedule-helpers.js';

let dir: string;
eachTestInTempDir((made) => (dir = made));

describe('schedule: the "Done when" case on the fixture', () => {
  it('plans six fortnightly meetings per pair from 2027-01-04, moving half-term meetings with a note', async () => {
    const out = path.join(dir, 'rota.csv');
    const { io, outcome } = await schedule(dir, { ...DONE_WHEN, output: out, quiet: false });
    const rows = await readCsv(out);
    expect(outcome.rowProblems).toBe(0);
    expect(rows).toHaveLength(48);
    expect(new Set(rows.map((r) => r.pair_id)).size).toBe(8);
    expect(rows.every((r) => r.status === 'scheduled' && r.meetings_total === '6')).toBe(true);
    expect(rows.filter((r) => inHoliday(r.date!))).toEqual([]);
    expect(rows[0]).toMatchObject({ meeting_id: 'p06-m01', date: '2027-01-04', day: 'Monday', start: '19:00', end: '19:45' });
    // Every pair's 4th meeting belongs in the week of 15 February, the spring half term.
    const halfTerm = rows.filter((r) => /^moved from 2027-02-1[5-9]: Spring half term$/.test(r.note!));
    expect(halfTerm.map((r) => r.meeting_id).sort()).toEqual(['p01-m04', 'p02-m04', 'p03-m04', 'p04-m04', 'p05-m04', 'p06-m04', 'p07-m04', 'p08-m04']);
    expect(io.err()).toContain('8 pairs, 48 meetings (every 2 weeks from 2027-01-04, 6 per pair)');
    expect(io.err()).toContain('moved: 8 for holidays, 10 for other reasons');
    expect(io.out()).toBe('');
  });

  it('never gives a mentor more than --max-per-week meetings a week, nor anyone two meetings at once', async () => {
    const out = path.join(dir, 'rota.csv');
    await schedule(dir, { ...DONE_WHEN, output: out });
    const rows = await readCsv(out);
    const perMentorWeek = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.mentor_email} ${mondayOfDate(r.date!)}`;
      perMentorWeek.set(key, (perMentorWeek.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perMentorWeek.values())).toBe(2);
    // Ed Fraser is a mentee of p04 and the mentor of p05: never both at once.
    const edTimes = rows.filter((r) => r.mentor_email === 'ed.fraser@example.org' || r.mentee_email === 'ed.fraser@example.org').map((r) => `${r.date} ${r.start}`);
    expect(new Set(edTimes).size).toBe(edTimes.length);
    expect(edTimes).toHaveLength(12);
  });

  it('moves a meeting out of the Easter holiday with a note when one falls there', async () => {
    const out = path.join(dir, 'rota.csv');
    await schedule(dir, { ...DONE_WHEN, count: '7', output: out });
    const rows = await readCsv(out);
    expect(rows.filter((r) => inHoliday(r.date!))).toEqual([]);
    expect(rows.find((r) => r.meeting_id === 'p06-m07')).toMatchObject({ date: '2027-04-12', note: 'moved from 2027-03-29: Easter holiday' });
  });

  it('reads a term-dates .ics the same as the CSV of ranges', async () => {
    const [fromCsv, fromIcs] = [path.join(dir, 'a.csv'), path.join(dir, 'b.csv')];
    await schedule(dir, { ...DONE_WHEN, output: fromCsv });
    await schedule(dir, { ...DONE_WHEN, holidays: [TERM_DATES_ICS], output: fromIcs });
    expect(await readCsv(fromIcs)).toEqual(await readCsv(fromCsv));
  });
});

describe('schedule: outputs', () => {
  it('writes the rota as CSV on stdout without -o, and the unscheduled meetings with --unscheduled', async () => {
    const unscheduled = path.join(dir, 'unscheduled.csv');
    // Two meetings a pair, but only the first week before the end date.
    const { io } = await schedule(dir, { start: '2027-01-04', until: '2027-01-08', count: '2', unscheduled });
    const rows = csvRecords(io.out());
    expect(rows.map((r) => r.meeting_no)).toEqual(Array(rows.length).fill('1'));
    const left = await readCsv(unscheduled);
    expect(Object.keys(left[0]!)).toEqual(['pair_id', 'meeting_no', 'reason']);
    expect(left.length + rows.length).toBe(16);
    expect(left.find((r) => r.pair_id === 'p01')).toMatchObject({ meeting_no: '2', reason: 'its week (from 2027-01-18) is after the end date 2027-01-08' });
  });

  it('writes an xlsx with Rota, Unscheduled and (when inputs had bad rows) Problems sheets', async () => {
    const matches = await writeCsv(dir, 'matches.csv', [
      ['pair_id', 'mentor_name', 'mentor_email', 'mentee_name', 'mentee_email', 'common_slots', 'mode'],
      ['q1', '=Ana', 'ana@example.org', 'Bob', 'bob@example.org', 'tue-lunch', 'online'],
      ['q2', 'Cat', 'not-an-address', 'Dan', 'dan@example.org', 'tue-lunch', 'online'],
    ]);
    const out = path.join(dir, 'rota.xlsx');
    const { outcome } = await schedule(dir, { matches, start: '2027-01-04', count: '2', output: out });
    const sheets = await readWorkbookSheets(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['Rota', 'Unscheduled', 'Problems']);
    expect(sheets[0]!.headers.slice(0, 3)).toEqual(['meeting_id', 'pair_id', 'meeting_no']);
    expect(sheets[0]!.rows).toHaveLength(2);
    // The writer neutralises a formula-like name; the reader shows the quoted text.
    expect(sheets[0]!.rows[0]!.cells[8]).toBe("'=Ana");
    expect(sheets[2]!.rows.map((r) => r.cells)).toEqual([[matches, '', '3', 'mentor_email', 'expected the mentor\'s e-mail address; found "not-an-address"']]);
    expect(outcome.rowProblems).toBe(1);
  });

  it('prints a JSON summary on stdout with --json, and refuses --json with the rota on stdout', async () => {
    const { io } = await schedule(dir, { ...DONE_WHEN, json: true, output: path.join(dir, 'rota.csv') });
    const summary = JSON.parse(io.out());
    expect(summary).toMatchObject({ pairs: 8, meetings: 48, byStatus: { scheduled: 48 }, movedForHolidays: 8, unscheduled: 0, problems: 0 });
    expect(summary.warnings).toEqual([
      { kind: 'no time both are free and none known for the mentor', count: 1, example: expect.stringContaining('p07: no time both are free') },
    ]);
    expect(io.err()).toBe('');
    await expect(schedule(dir, { json: true, output: '-' })).rejects.toThrow(UsageError);
  });
});

describe('schedule: options and the config file', () => {
  it('starts on the Monday after --today by default', async () => {
    const { io } = await schedule(dir, { today: '2027-01-06', count: '1' });
    const dates = csvRecords(io.out()).map((r) => r.date!);
    expect(dates.every((d) => d >= '2027-01-11')).toBe(true);
    expect(dates).toContain('2027-01-11');
  });

  it('takes settings from the config schedule section, holiday files relative to it, the command line winning', async () => {
    await writeFile(path.join(dir, 'holidays.csv'), 'start,end,name\n2027-01-11,2027-01-15,Snow week\n');
    const config = path.join(dir, 'scheme.yaml');
    await writeFile(config, 'schedule:\n  start: 2027-01-04\n  every: 1w\n  count: 3\n  holidays: holidays.csv\n  duration: 1h\n');
    const { io } = await schedule(dir, { config, count: '2' });
    const rows = csvRecords(io.out()).filter((r) => r.pair_id === 'p06');
    expect(rows.map((r) => [r.date, r.end, r.note])).toEqual([
      ['2027-01-04', '20:00', ''],
      ['2027-01-18', '20:00', 'moved from 2027-01-11: Snow week'],
    ]);
    const noHolidays = await schedule(dir, { config, holidays: [fixture('schedule-cmd', 'holidays-extra.csv')] });
    expect(csvRecords(noHolidays.io.out()).find((r) => r.meeting_id === 'p06-m02')?.date).toBe('2027-01-11');
  });

  it('skips bank holidays unless --no-bank-holidays (or the config) says not to', async () => {
    const matches = await writeCsv(dir, 'm.csv', [
      ['pair_id', 'mentor_email', 'mentee_email', 'common_slots'],
      ['q1', 'ana@example.org', 'bob@example.org', 'mon-evening'],
    ]);
    const base = { matches, start: '2027-05-03', count: '1' };
    expect(csvRecords((await schedule(dir, base)).io.out())[0]).toMatchObject({ date: '2027-05-10', note: 'moved from 2027-05-03: Early May bank holiday' });
    expect(csvRecords((await schedule(dir, { ...base, bankHolidays: false })).io.out())[0]?.date).toBe('2027-05-03');
    const config = path.join(dir, 'c.json');
    await writeFile(config, JSON.stringify({ schedule: { bankHolidays: false } }));
    expect(csvRecords((await schedule(dir, { ...base, config })).io.out())[0]?.date).toBe('2027-05-03');
    expect(csvRecords((await schedule(dir, { ...base, config, bankHolidays: true })).io.out())[0]?.date).toBe('2027-05-10');
  });

  it('gets free times from --roster when the match sheet has no common_slots', async () => {
    const matches = fixture('schedule-cmd', 'matches-no-slots.csv');
    const withRoster = await schedule(dir, { matches, start: '2027-01-04', count: '1', roster: [fixture('schedule-cmd', 'roster.csv')], json: true, output: path.join(dir, 'r.csv') });
    const rows = await readCsv(path.join(dir, 'r.csv'));
    expect(rows.map((r) => `${r.pair_id} ${r.day} ${r.start}`)).toEqual(['p04 Wednesday 16:00', 'p05 Thursday 12:30', 'p01 Thursday 16:00']);
    expect(JSON.parse(withRoster.io.out()).warnings).toEqual([]);
    const without = await schedule(dir, { matches, start: '2027-01-04', count: '1', json: true, output: path.join(dir, 'r2.csv') });
    expect(JSON.parse(without.io.out()).warnings.map((w: { kind: string }) => w.kind)).toEqual([
      'no time both are free and none known for the mentor',
      'the match sheet has no common_slots column and no roster was given, so no pair has known free times',
    ]);
  });

  it('reads the Matches sheet of a workbook, whatever sheet comes first', async () => {
    const workbook = path.join(dir, 'matches.xlsx');
    const records = await readCsv(MATCHES);
    const columns = Object.keys(records[0]!);
    await writeTables(workbook, [
      { name: 'Notes', columns: ['note'], rows: [{ note: 'not the pairs' }] },
      { name: 'Matches', columns, rows: records },
    ]);
    const fromXlsx = await schedule(dir, { ...DONE_WHEN, matches: workbook });
    const fromCsv = await schedule(dir, DONE_WHEN);
    expect(fromXlsx.io.out()).toBe(fromCsv.io.out());
  });
});

describe('schedule: errors', () => {
  it('refuses an output that is also an input, or an output format it cannot write, before writing anything', async () => {
    const matches = await writeCsv(dir, 'm.csv', [['pair_id', 'mentor_email', 'mentee_email'], ['q1', 'a@example.org', 'b@example.org']]);
    await expect(schedule(dir, { matches, output: matches })).rejects.toThrow(/is also an input/);
    const rota = path.join(dir, 'rota.csv');
    await expect(schedule(dir, { matches, output: rota, unscheduled: rota })).rejects.toThrow(/is given to both -o and --unscheduled/);
    // An output whose folder is missing fails the run before the rota is written over the earlier one.
    await writeFile(rota, 'the earlier rota\n');
    await expect(schedule(dir, { matches, output: rota, ics: path.join(dir, 'no-such-folder', 'rota.ics') })).rejects.toThrow(OutputError);
    expect(await readFile(rota, 'utf8')).toBe('the earlier rota\n');
    await expect(schedule(dir, { matches, output: path.join(dir, 'r2.csv'), icsDir: rota })).rejects.toThrow(
      /cannot write ".*rota\.csv": a file has that name, where a folder is needed/,
    );
    await expect(schedule(dir, { matches, ics: TERM_DATES_ICS, holidays: [TERM_DATES_ICS] })).rejects.toThrow(UsageError);
    await expect(schedule(dir, { matches, output: path.join(dir, 'rota.txt') })).rejects.toThrow(/cannot tell which format/);
  });

  it('names the missing columns of a sheet that is not a match sheet (exit 3)', async () => {
    const io = memoryIO(dir);
    const notMatches = fixture('schedule', 'term-dates-2026-27.csv');
    const error = await runSchedule({ matches: notMatches, today: '2027-01-01' }, io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^A match sheet needs the columns pair_id, mentor_email, mentee_email; found start, end, name/);
  });

  it('reports bad option values as usage errors naming what was expected', async () => {
    await expect(schedule(dir, { every: 'often' })).rejects.toThrow(/--every expects a number of weeks like 1w/);
    await expect(schedule(dir, { start: '04/01/2027' })).rejects.toThrow(/--start expects a date like 2027-01-04; found "04\/01\/2027"/);
    await expect(schedule(dir, { tz: 'Mars/Olympus' })).rejects.toThrow(UsageError);
  });
});
