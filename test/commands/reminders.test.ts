import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReminders, type RemindersCommandOptions } from '../../src/commands/reminders.js';
import { REMINDER_COLUMNS } from '../../src/core/schedule/index.js';
import { UsageError } from '../../src/errors.js';
import { readWorkbookSheets } from '../../src/io/read-table.js';
import { memoryIO, tempDir } from '../helpers/memory-io.js';
import { csvRecords, DONE_WHEN, readCsv, schedule } from './schedule-helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let rota: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  rota = path.join(dir, 'rota.csv');
  await schedule(dir, { ...DONE_WHEN, output: rota });
});
afterEach(() => cleanup());

async function reminders(options: Partial<RemindersCommandOptions>) {
  const io = memoryIO(dir);
  const outcome = await runReminders({ rota, today: '2027-01-15', ...options }, io);
  return { io, outcome, rows: options.json ? [] : csvRecords(io.out()) };
}

describe('schedule reminders: the "Done when" case', () => {
  it('--week 2027-W03 --today 2027-01-15 gives exactly the meetings of 18–24 January, two rows each', async () => {
    const { rows, io, outcome } = await reminders({ week: '2027-W03' });
    const meetings = (await readCsv(rota)).filter((r) => r.date! >= '2027-01-18' && r.date! <= '2027-01-24');
    expect(meetings).toHaveLength(6);
    expect(rows).toHaveLength(12);
    expect(Object.keys(rows[0]!)).toEqual([...REMINDER_COLUMNS]);
    expect(rows.map((r) => r.meeting_id)).toEqual(meetings.flatMap((m) => [m.meeting_id, m.meeting_id]));
    for (const m of meetings) {
      const pair = rows.filter((r) => r.meeting_id === m.meeting_id);
      expect(pair.map((r) => [r.role, r.email, r.partner_email])).toEqual([
        ['mentor', m.mentor_email, m.mentee_email],
        ['mentee', m.mentee_email, m.mentor_email],
      ]);
      expect(pair[0]).toMatchObject({ date: m.date, day: m.day, start: m.start, end: m.end, meeting_no: m.meeting_no, meetings_total: '6' });
    }
    expect(io.err()).toBe('week 2027-W03 (2027-01-18 to 2027-01-24): 6 meetings, 12 reminders\n');
    expect(outcome.rowProblems).toBe(0);
  });
});

describe('schedule reminders: weeks', () => {
  it('reads this, next, an ISO week and a date relative to --today, this week by default', async () => {
    const weekOf = async (week?: string) => [...new Set((await reminders({ week, today: '2027-01-13' })).rows.map((r) => r.date))];
    expect(await weekOf()).toEqual(['2027-01-12', '2027-01-13']);
    expect(await weekOf('this')).toEqual(await weekOf());
    expect(await weekOf('next')).toEqual(['2027-01-18', '2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22']);
    expect(await weekOf('2027-01-24')).toEqual(await weekOf('next'));
    await expect(reminders({ week: 'soon' })).rejects.toThrow(/--week expects this, next, an ISO week like 2027-W03/);
  });

  it('prints only the header and succeeds for a week without meetings (for cron)', async () => {
    const { io, outcome } = await reminders({ week: '2027-W30', quiet: true });
    expect(io.out()).toBe(`${REMINDER_COLUMNS.join(',')}\n`);
    expect(io.err()).toBe('');
    expect(outcome.rowProblems).toBe(0);
  });

  it('leaves out held and cancelled meetings', async () => {
    const rows = (await readCsv(rota)).map((r) => ({ ...r, status: r.meeting_id === 'p06-m02' ? 'held' : r.meeting_id === 'p02-m02' ? 'Cancelled' : r.status! }));
    await writeFile(rota, stringify(rows, { header: true }));
    const ids = new Set((await reminders({ week: '2027-W03' })).rows.map((r) => r.meeting_id));
    expect([...ids]).toEqual(['p04-m02', 'p07-m02', 'p01-m02', 'p08-m02']);
  });
});

describe('schedule reminders: --overdue', () => {
  it('lists the meetings before today still marked scheduled, in rota columns', async () => {
    const rows = (await readCsv(rota)).map((r) => ({ ...r, status: r.pair_id === 'p06' ? 'held' : r.status! }));
    await writeFile(rota, stringify(rows, { header: true }));
    const { rows: overdue, io } = await reminders({ overdue: true, today: '2027-01-12' });
    expect(overdue.map((r) => r.meeting_id)).toEqual(['p02-m01', 'p04-m01', 'p07-m01', 'p01-m01', 'p08-m01']);
    expect(Object.keys(overdue[0]!).slice(0, 2)).toEqual(['meeting_id', 'pair_id']);
    expect(io.err()).toBe('5 meetings before 2027-01-12 still marked scheduled\n');
    await expect(reminders({ overdue: true, week: 'next' })).rejects.toThrow(UsageError);
  });
});

describe('schedule reminders: files and summaries', () => {
  it('reads the Rota sheet of a workbook and writes the reminders where -o says', async () => {
    const workbook = path.join(dir, 'rota.xlsx');
    await schedule(dir, { ...DONE_WHEN, output: workbook });
    const out = path.join(dir, 'reminders.xlsx');
    const { io } = await reminders({ rota: workbook, week: '2027-W03', output: out, json: true });
    expect(JSON.parse(io.out())).toEqual({ today: '2027-01-15', week: '2027-W03', monday: '2027-01-18', sunday: '2027-01-24', meetings: 6, reminders: 12, problems: 0 });
    const [sheet] = await readWorkbookSheets(out);
    expect(sheet).toMatchObject({ sheet: 'Reminders', headers: [...REMINDER_COLUMNS] });
    expect(sheet!.rows).toHaveLength(12);
    await expect(reminders({ json: true, output: '-' })).rejects.toThrow(UsageError);
    await expect(reminders({ output: rota })).rejects.toThrow(/is also an input/);
  });

  it('warns about rows it cannot read and counts them for --strict', async () => {
    await writeFile(rota, 'pair_id,meeting_no,date,start,end,mentor_email,mentee_email\np1,1,2027-01-19,16:00,16:45,a@example.org,b@example.org\np1,2,someday,16:00,16:45,a@example.org,b@example.org\n');
    const { io, outcome, rows } = await reminders({ week: '2027-W03' });
    expect(rows).toHaveLength(2);
    expect(io.err()).toContain(`warning: ${rota}, row 3, column "date": expected a date like 2027-01-18; found "someday" (row left out)`);
    expect(outcome.rowProblems).toBe(1);
  });
});
