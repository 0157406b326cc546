import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RotaRow, ScheduleSettings } from '../core/schedule/index.js';
import { writeAtomically, writeNewFile } from '../io/atomic.js';
import { eachAtMost } from '../io/each-at-most.js';
import { calendarChunks, calendarsPerPerson, type CalendarOptions } from '../io/ics.js';
import { readPreviousEvents } from '../io/ics-previous.js';
import { outputFailure } from '../io/output-error.js';

/**
 * The calendar options of a run. DTSTAMP is today at 00:00 UTC, not the clock, so a re-run with the same
 * inputs writes the same bytes and calendar programs see no change where there is none.
 */
export function calendarOptions(settings: ScheduleSettings): CalendarOptions {
  return {
    tz: settings.tz,
    name: settings.calendarName,
    dtstamp: new Date(`${settings.today}T00:00:00Z`),
    domain: settings.icsDomain,
  };
}

/** Told how many meetings (`--ics`) or calendars (`--ics-dir`) of all are written, for a progress bar. */
export type CalendarProgress = (done: number, total: number) => void;

/** `--ics FILE`: one calendar of every meeting. */
export async function writeRotaCalendar(
  file: string,
  rows: readonly RotaRow[],
  options: CalendarOptions,
  onProgress?: CalendarProgress,
): Promise<void> {
  const onMeetings = onProgress && ((done: number) => onProgress(done, rows.length));
  const previous = await readPreviousEvents(file);
  await writeAtomically(file, (temp) => writeNewFile(temp, calendarChunks(rows, { ...options, previous }, onMeetings)));
}

/**
 * Calendars written at the same time by `--ics-dir`: each write waits mostly on the disk (a flush before its
 * rename), so a few at once take a fraction of the time one after another does, for thousands of people.
 */
const CONCURRENT_WRITES = 8;

/** `--ics-dir DIR`: one calendar per mentor and per mentee, named after their e-mail; the folder is created. */
export async function writePersonalCalendars(
  dir: string,
  rows: readonly RotaRow[],
  options: CalendarOptions,
  onProgress?: CalendarProgress,
): Promise<number> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw outputFailure(error, dir);
  }
  const people = calendarsPerPerson(rows);
  let written = 0;
  await eachAtMost(CONCURRENT_WRITES, people, async (person) => {
    const file = join(dir, person.fileName);
    const previous = await readPreviousEvents(file);
    const calendar = calendarChunks(person.meetings, { ...options, name: `${options.name}: ${person.name}`, previous });
    await writeAtomically(file, (temp) => writeNewFile(temp, calendar));
    onProgress?.(++written, people.length);
  });
  if (people.length === 0) onProgress?.(0, 0);
  return people.length;
}
