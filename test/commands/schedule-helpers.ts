import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { runSchedule, type ScheduleCommandOptions } from '../../src/commands/schedule.js';
import { fixture, memoryIO } from '../helpers/memory-io.js';

/** Test data and small drivers for the `schedule` command tests. */

export const MATCHES = fixture('schedule-cmd', 'matches.csv');
export const TERM_DATES_CSV = fixture('schedule', 'term-dates-2026-27.csv');
export const TERM_DATES_ICS = fixture('schedule', 'term-dates-2026-27.ics');

/** Holiday ranges of the term-dates fixture, for checking no meeting falls in one. */
export const TERM_HOLIDAYS = [
  { start: '2027-02-15', end: '2027-02-19', name: 'Spring half term' },
  { start: '2027-03-29', end: '2027-04-09', name: 'Easter holiday' },
  { start: '2027-05-31', end: '2027-06-04', name: 'Summer half term' },
];

/** The "Done when" settings: six fortnightly meetings from 2027-01-04, around the term dates. */
export const DONE_WHEN: Partial<ScheduleCommandOptions> = {
  start: '2027-01-04',
  every: '2w',
  count: '6',
  holidays: [TERM_DATES_CSV],
  today: '2027-01-01',
};

/** Runs `schedule` in-process on the fixture match sheet (unless told otherwise), quiet unless asked. */
export async function schedule(dir: string, options: Partial<ScheduleCommandOptions> = {}) {
  const io = memoryIO(dir);
  const outcome = await runSchedule({ matches: MATCHES, today: '2027-01-01', quiet: true, ...options }, io);
  return { io, outcome };
}

/** CSV text as records keyed by header. */
export function csvRecords(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}

/** A file's CSV records. */
export async function readCsv(file: string): Promise<Record<string, string>[]> {
  return csvRecords(await readFile(file, 'utf8'));
}

/** Writes a small CSV (cells without commas or quotes) into `dir` and returns its path. */
export async function writeCsv(dir: string, name: string, rows: string[][]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, rows.map((r) => r.join(',')).join('\n') + '\n');
  return file;
}

/** Parses a calendar with ical.js, registering its time zones, and returns its events. */
export function parseEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** Whether an ISO date falls in one of the ranges. */
export function inHoliday(date: string, holidays: readonly { start: string; end: string }[] = TERM_HOLIDAYS): boolean {
  return holidays.some((h) => date >= h.start && date <= h.end);
}

/** The Monday of an ISO date's week, as an ISO date. */
export function mondayOfDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
