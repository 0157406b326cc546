import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/core/report/index.js';
import { readWorkbookSheets } from '../../src/io/read-table.js';
import { csvRecords, parseEvents } from '../commands/schedule-helpers.js';
import { fixture } from '../helpers/memory-io.js';
import { allTestsInTempDir } from '../helpers/temp-dirs.js';
import { runCli } from '../helpers/run-cli.js';

// The life of a pair on fixtures/life/: introductions, group meetings, feedback and re-pairing, through the built CLI
// (bin/edumentor.js → dist/): build first with `npx tsc -p tsconfig.build.json`.
const PEOPLE = fixture('life', 'people.csv');
const TEMPLATE = fixture('life', 'intro-template.txt');
const TERM_DATES = fixture('schedule', 'term-dates-2026-27.csv');

let dir: string;
allTestsInTempDir((made) => (dir = made));

type Row = Record<string, string>;
const inDir = (name: string) => path.join(dir, name);
const csv = async (name: string): Promise<Row[]> => csvRecords(await readFile(inDir(name), 'utf8'));

function edumentor(...args: string[]) {
  const run = runCli(args, { cwd: dir });
  expect(run.stderr).not.toMatch(/error:/);
  expect(run.code).toBe(0);
  return run;
}

async function sheet(file: string, name: string): Promise<Row[]> {
  const table = (await readWorkbookSheets(inDir(file))).find((t) => t.sheet === name);
  if (!table) return [];
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row.cells[i] ?? ''])));
}

describe('introductions', () => {
  it('introduces both sides of every pair, with the template rendered', async () => {
    edumentor('match', PEOPLE, '-o', 'matches.xlsx', '--intros', 'intros.csv', '--intro-template', TEMPLATE);
    const pairs = await sheet('matches.xlsx', 'Matches');
    const intros = await csv('intros.csv');
    expect(pairs).toHaveLength(8);
    expect(intros).toHaveLength(16);
    for (const p of pairs) {
      const toMentor = intros.find((r) => r.email === p.mentor_email && r.pair_id === p.pair_id);
      const toMentee = intros.find((r) => r.email === p.mentee_email && r.pair_id === p.pair_id);
      expect(toMentor?.message).toContain(`You are now paired with ${p.mentee_name} (${p.mentee_email})`);
      expect(toMentee?.message).toContain(`You are now paired with ${p.mentor_name} (${p.mentor_email})`);
      expect(toMentee?.message).toContain(`We matched you because: ${p.reasons}.`);
    }
    expect(intros.some((r) => r.message!.includes('{{'))).toBe(false);
    expect(await sheet('matches.xlsx', 'Introductions')).toHaveLength(16);
  });
});

describe('group mentoring', () => {
  it('schedules each group together with no clash for any member, one calendar event per group meeting', async () => {
    edumentor('match', PEOPLE, '--groups', '-o', 'groups.xlsx');
    const pairs = await sheet('groups.xlsx', 'Matches');
    expect(pairs.every((p) => p.group_id === `g-${p.mentor_id}`)).toBe(true);
    edumentor(
      'schedule', 'groups.xlsx', '--groups', '--roster', PEOPLE, '--start', '2027-01-04', '--today', '2027-01-01', '--count', '6',
      '--holidays', TERM_DATES, '-o', 'group-rota.csv', '--ics', 'groups.ics', '--intros', 'group-intros.csv',
    );
    const rota = await csv('group-rota.csv');
    const groups = new Set(pairs.map((p) => p.group_id));
    expect(new Set(rota.map((r) => r.pair_id))).toEqual(groups);
    expect(rota).toHaveLength(6 * groups.size);

    const busy = new Map<string, Row[]>();
    for (const meeting of rota) {
      const members = pairs.filter((p) => p.group_id === meeting.pair_id);
      expect(meeting.mentee_email!.split('; ').sort()).toEqual(members.map((p) => p.mentee_email).sort());
      for (const email of [meeting.mentor_email!, ...meeting.mentee_email!.split('; ')]) {
        const clash = (busy.get(email) ?? []).find((m) => m.date === meeting.date && m.start! < meeting.end! && meeting.start! < m.end!);
        expect(clash).toBeUndefined();
        busy.set(email, [...(busy.get(email) ?? []), meeting]);
      }
      expect(meeting.date! >= '2027-02-15' && meeting.date! <= '2027-02-19').toBe(false);
    }

    const events = parseEvents(await readFile(inDir('groups.ics'), 'utf8'));
    expect(events).toHaveLength(rota.length);
    for (const event of events) {
      const meeting = rota.find((m) => `${m.meeting_id}@edumentor` === event.uid)!;
      const attendees = event.attendees.map((a) => String(a.getFirstValue()).replace('mailto:', '')).sort();
      expect(attendees).toEqual([meeting.mentor_email!, ...meeting.mentee_email!.split('; ')].sort());
    }
    const intros = await csv('group-intros.csv');
    expect(intros.every((r) => r.first_meeting !== '' && r.group_id !== '')).toBe(true);
  });

  it('reminds every member of a group meeting', async () => {
    const rota = await csv('group-rota.csv');
    const week = runCli(['schedule', 'reminders', 'group-rota.csv', '--week', '2027-W01', '--today', '2027-01-01'], { cwd: dir });
    const reminders = csvRecords(week.stdout);
    const meetings = rota.filter((m) => m.date! <= '2027-01-10');
    expect(reminders).toHaveLength(meetings.length * 3);
    expect(new Set(reminders.map((r) => r.email)).size).toBe(12);
  });
});

describe('feedback round trip', () => {
  /** The pairs marked not-a-fit (one per mentor, for three mentors) and the two marked good. */
  const marked = { notAFit: [] as Row[], good: [] as Row[] };

  it('releases exactly the pairs marked not-a-fit, re-pairs their mentees with someone else and records the exclusions', async () => {
    edumentor('schedule', 'matches.xlsx', '--start', '2027-01-04', '--today', '2027-01-01', '--count', '6', '-o', 'rota.csv');
    const rota = await csv('rota.csv');
    const pairs = (await sheet('matches.xlsx', 'Matches')).sort((a, b) => a.pair_id!.localeCompare(b.pair_id!));
    for (const pair of pairs) {
      if (marked.notAFit.length < 3 && !marked.notAFit.some((p) => p.mentor_email === pair.mentor_email)) marked.notAFit.push(pair);
      else if (marked.good.length < 2) marked.good.push(pair);
    }
    const isIn = (list: Row[], row: Row) => list.some((p) => p.pair_id === row.pair_id);
    const edited = rota.map((row): Row => {
      if (row.meeting_no === '1') {
        return isIn(marked.notAFit, row)
          ? { ...row, status: 'held', mentor_rating: '2', mentee_rating: '1', fit: 'not-a-fit' }
          : { ...row, status: 'held', mentor_rating: '3', mentee_rating: '4' };
      }
      if (row.meeting_no === '2' && isIn(marked.good, row)) return { ...row, status: 'held', mentor_rating: '4', mentee_rating: '4', fit: 'good' };
      return row;
    });
    await writeFile(inDir('rota-marked.csv'), stringify(edited, { header: true }));

    const run = edumentor('match', PEOPLE, '--keep', 'matches.xlsx', '--rota', 'rota-marked.csv', '-o', 'matches-2.xlsx');
    expect(run.stderr).toContain('3 pairs marked not-a-fit in rota-marked.csv released');
    const after = await sheet('matches-2.xlsx', 'Matches');
    const mentorOf = (list: Row[], mentee: string) => list.find((p) => p.mentee_email === mentee)?.mentor_email;
    expect(after).toHaveLength(8);
    for (const pair of pairs) {
      const now = mentorOf(after, pair.mentee_email!);
      if (isIn(marked.notAFit, pair)) expect(now).not.toBe(pair.mentor_email);
      else expect(now).toBe(pair.mentor_email);
    }
    const dateOf = (pair: Row) => rota.find((r) => r.pair_id === pair.pair_id && r.meeting_no === '1')?.date;
    const expected = marked.notAFit
      .map((p) => ({ mentor_email: p.mentor_email, mentee_email: p.mentee_email, reason: `marked not-a-fit in the rota on ${dateOf(p)}` }))
      .sort((a, b) => a.mentee_email!.localeCompare(b.mentee_email!));
    expect(await sheet('matches-2.xlsx', 'Exclusions')).toEqual(expected);
    const changes = await sheet('matches-2.xlsx', 'Changes');
    expect(changes.filter((c) => c.change === 'released').map(({ mentor_email, mentee_email, reason }) => ({ mentor_email, mentee_email, reason }))).toEqual(expected);
    expect(changes.filter((c) => c.change === 'kept')).toHaveLength(5);
    expect(changes.filter((c) => c.change === 'new').every((c) => c.reason!.includes('(not a fit)'))).toBe(true);
  });

  it('never pairs them again: the next round keeps the exclusions, and --exclude reads them back', async () => {
    edumentor('match', PEOPLE, '--keep', 'matches-2.xlsx', '-o', 'matches-3.xlsx');
    expect(await sheet('matches-3.xlsx', 'Exclusions')).toEqual(await sheet('matches-2.xlsx', 'Exclusions'));
    edumentor('match', PEOPLE, '--exclude', 'matches-2.xlsx', '-o', 'fresh.csv');
    const fresh = await csv('fresh.csv');
    for (const pair of marked.notAFit) expect(fresh.some((p) => p.mentor_email === pair.mentor_email && p.mentee_email === pair.mentee_email)).toBe(false);
  });

  it('keeps the feedback when the rota is planned again, and the report shows the ratings and the stalled pairs', async () => {
    edumentor('schedule', 'matches-2.xlsx', '--rota', 'rota-marked.csv', '--today', '2027-01-25', '-o', 'rota-2.csv');
    const rota = await csv('rota-2.csv');
    expect(rota.filter((r) => r.fit === 'not-a-fit')).toHaveLength(3);
    expect(rota.filter((r) => r.mentor_rating !== '')).toHaveLength(10);

    edumentor('report', 'matches-2.xlsx', '--rota', 'rota-2.csv', '--today', '2027-02-12', '-o', 'report.json');
    const { feedback, keyFigures } = JSON.parse(await readFile(inDir('report.json'), 'utf8')) as ReportModel;
    // Ratings: every first meeting (five 3/4, three 2/1 not a fit) and two second meetings (4/4).
    expect(feedback?.mentorRating).toEqual({ count: 10, mean: 2.9 });
    expect(feedback?.menteeRating).toEqual({ count: 10, mean: 3.1 });
    expect(feedback?.rating).toEqual({ count: 20, mean: 3 });
    expect(feedback?.byWeek.map((w) => [w.week, w.mentor, w.mentee])).toEqual([
      ['2027-W01', { count: 8, mean: 2.6 }, { count: 8, mean: 2.9 }],
      ['2027-W03', { count: 2, mean: 4 }, { count: 2, mean: 4 }],
    ]);
    expect(feedback?.fit.map((t) => [t.key, t.count])).toEqual([['good', 2], ['unsure', 0], ['not-a-fit', 3], ['', 6]]);
    expect(feedback?.notAFit.map((p) => p.mentee.email).sort()).toEqual(marked.notAFit.map((p) => p.mentee_email).sort());

    // Stalled on 12 February: the three kept pairs that last met in the first week (5 weeks), and the three new pairs
    // whose first meeting (from 25 January) has passed; the two that met in the third week are fine.
    const kept = (await sheet('matches-2.xlsx', 'Matches')).filter((p) => p.kept === 'true');
    const quiet = kept.filter((p) => !marked.good.some((g) => g.pair_id === p.pair_id)).map((p) => p.pair_id);
    const fresh = (await sheet('matches-2.xlsx', 'Matches')).filter((p) => p.kept === 'false').map((p) => p.pair_id);
    expect(feedback?.stalled.filter((s) => s.reason === 'no-meeting-held').map((s) => [s.pairId, s.weeks]).sort()).toEqual(quiet.map((id) => [id, 5]).sort());
    expect(feedback?.stalled.filter((s) => s.reason === 'first-meeting-overdue').map((s) => s.pairId).sort()).toEqual([...fresh].sort());
    const stalledIds = new Set(feedback?.stalled.map((s) => s.pairId));
    const current = await sheet('matches-2.xlsx', 'Matches');
    const allStalled = [...new Set(current.map((p) => p.mentor_email))].filter((m) => current.filter((p) => p.mentor_email === m).every((p) => stalledIds.has(p.pair_id!)));
    expect(feedback?.mentorsAllStalled.map((m) => m.mentor.email).sort()).toEqual(allStalled.sort());
    expect(keyFigures).toContainEqual({ label: 'Stalled pairs', value: '6', detail: 'no meeting for 4 weeks or first overdue; 3 not a fit', tone: 'bad' });
    expect(keyFigures).toContainEqual(expect.objectContaining({ label: 'Mean rating', value: '3 of 4' }));

    const longer = runCli(['report', 'matches-2.xlsx', '--rota', 'rota-2.csv', '--today', '2027-02-12', '--stalled', '6w', '--json'], { cwd: dir });
    expect((JSON.parse(longer.stdout) as ReportModel).feedback?.stalled.map((s) => s.pairId).sort()).toEqual([...fresh].sort());
    const terminal = runCli(['report', 'matches-2.xlsx', '--rota', 'rota-2.csv', '--today', '2027-02-12'], { cwd: dir });
    expect(terminal.stdout).toContain('6 pairs of 11 stalled: first meeting overdue, or no meeting held for 4 weeks.');
    expect(runCli(['report', 'matches-2.xlsx', '--stalled', 'soon'], { cwd: dir }).code).toBe(2);
  });
});
