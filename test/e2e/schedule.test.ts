import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMINDER_COLUMNS } from '../../src/core/schedule/index.js';
import { csvRecords, parseEvents } from '../commands/schedule-helpers.js';
import { fixture } from '../helpers/memory-io.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';
import { runCli } from '../helpers/run-cli.js';

// Runs the built CLI (bin/edumentor.js → dist): build first with `npx tsc -p tsconfig.build.json`.
let dir: string;
allTestsInTempDir((made) => (dir = made));

const MATCHES = fixture('schedule-cmd', 'matches.csv');
const TERM_DATES = fixture('schedule', 'term-dates-2026-27.csv');

describe('edumentor schedule (built CLI)', () => {
  it('plans the rota and calendars, and `schedule reminders` reads it back, both through one command name', () => {
    const planned = runCli(
      ['schedule', MATCHES, '--start', '2027-01-04', '--every', '2w', '--count', '6', '--holidays', TERM_DATES, '--today', '2027-01-01', '-o', 'rota.csv', '--ics', 'rota.ics'],
      { cwd: dir },
    );
    expect(planned.stderr).toContain('8 pairs, 48 meetings');
    expect(planned).toMatchObject({ code: 0, stdout: '' });

    const week = runCli(['schedule', 'reminders', 'rota.csv', '--week', '2027-W03', '--today', '2027-01-15'], { cwd: dir });
    expect(week.code).toBe(0);
    const rows = csvRecords(week.stdout);
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.date! >= '2027-01-18' && r.date! <= '2027-01-24')).toBe(true);
    expect(week.stderr).toBe('week 2027-W03 (2027-01-18 to 2027-01-24): 6 meetings, 12 reminders\n');
  });

  it('writes the calendar ical.js reads', async () => {
    const events = parseEvents(await readFile(path.join(dir, 'rota.ics'), 'utf8'));
    expect(events).toHaveLength(48);
    expect(events[0]!.uid).toBe('p06-m01@edumentor');
  });

  it('prints the header alone and exits 0 for an empty week, quietly, with options in any order (cron)', () => {
    const empty = runCli(['schedule', 'reminders', '--today', '2027-07-01', 'rota.csv', '--week', 'next', '-q'], { cwd: dir });
    expect(empty).toEqual({ code: 0, stdout: `${REMINDER_COLUMNS.join(',')}\n`, stderr: '' });
  });

  it('exits 2 for a bad option value and 3 for a file that is not a rota', () => {
    const bad = runCli(['schedule', MATCHES, '--every', 'sometimes'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--every expects a number of weeks like 1w, 2w, 3w or 4w');
    const notRota = runCli(['schedule', 'reminders', MATCHES, '--today', '2027-01-15'], { cwd: dir });
    expect(notRota.code).toBe(3);
    expect(notRota.stderr).toContain('A rota needs the columns');
    expect(runCli(['schedule'], { cwd: dir }).code).toBe(2);
  });

  it('reads free times from --roster through import', () => {
    const args = ['schedule', fixture('schedule-cmd', 'matches-no-slots.csv'), '--roster', fixture('schedule-cmd', 'roster.csv'), '--today', '2027-01-01', '--count', '1', '-q'];
    const run = runCli(args, { cwd: dir });
    expect(run.code).toBe(0);
    expect(csvRecords(run.stdout).map((r) => `${r.pair_id} ${r.day} ${r.start}`)).toEqual(['p04 Wednesday 16:00', 'p05 Thursday 12:30', 'p01 Thursday 16:00']);
  });

  it('turns input rows left out into exit 3 with --strict, after writing the rota', async () => {
    const matches = path.join(dir, 'bad-matches.csv');
    await writeFile(matches, 'pair_id,mentor_email,mentee_email,common_slots\nq1,a@example.org,b@example.org,tue-lunch\nq2,a@example.org,,tue-lunch\n');
    const strict = runCli(['schedule', matches, '--today', '2027-01-01', '--count', '1', '--strict', '-o', 'strict.csv'], { cwd: dir });
    expect(strict.code).toBe(3);
    expect(strict.stderr).toContain('row 3, column "mentee_email": expected the mentee\'s e-mail address; found ""');
    expect(csvRecords(await readFile(path.join(dir, 'strict.csv'), 'utf8'))).toHaveLength(1);
  });
});
