import { UsageError } from '../../errors.js';
import { splitPeople } from '../feedback/people.js';
import { dayFromParts, isoDate, isoWeekMonday, isoWeekOf, mondayOf, parseIsoDate } from './dates.js';
import type { RotaRow } from './rota.js';
import { localDateIn } from './zones.js';

/** The reminder sheet's column order (a mail-merge contract). */
export const REMINDER_COLUMNS = [
  'email',
  'name',
  'role',
  'partner_name',
  'partner_email',
  'date',
  'day',
  'start',
  'end',
  'mode',
  'meeting_no',
  'meetings_total',
  'pair_id',
  'meeting_id',
] as const;

/** One person to remind of one meeting. */
export type ReminderRow = Record<Exclude<(typeof REMINDER_COLUMNS)[number], 'meeting_no' | 'meetings_total'>, string> & {
  role: 'mentor' | 'mentee';
  meeting_no: number;
  meetings_total: number;
};

/** Today's date as an ISO date: given as text, or the calendar date of an instant in `tz`. */
function todayOf(today: string | Date, tz: string): number {
  const text = typeof today === 'string' ? today : localDateIn(today, tz);
  const day = parseIsoDate(text);
  if (day === undefined) throw new UsageError(`--today expects a date like 2027-01-15; found "${text}".`);
  return day;
}

/** A week, Monday to Sunday, as ISO dates and its ISO week name (`2027-W03`). */
export interface WeekRange {
  monday: string;
  sunday: string;
  isoWeek: string;
}

/**
 * The week a `--week` text names: `this`, `next`, an ISO week (`2027-W03`) or any date in the
 * week (`2027-01-18`). Throws UsageError for anything else.
 */
export function parseWeek(text: string, today: string | Date, tz = 'Europe/London'): WeekRange {
  const monday = mondayNamed(text, today, tz);
  const { year, week } = isoWeekOf(monday);
  return { monday: isoDate(monday), sunday: isoDate(monday + 6), isoWeek: `${year}-W${String(week).padStart(2, '0')}` };
}

function mondayNamed(text: string, today: string | Date, tz: string): number {
  const t = text.trim().toLowerCase();
  if (t === 'this') return mondayOf(todayOf(today, tz));
  if (t === 'next') return mondayOf(todayOf(today, tz)) + 7;
  const week = /^(\d{4})-?w(\d{2})$/.exec(t);
  const monday = week ? isoWeekMonday(Number(week[1]), Number(week[2])) : undefined;
  if (monday !== undefined) return monday;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const day = date ? dayFromParts(Number(date[1]), Number(date[2]), Number(date[3])) : undefined;
  if (day !== undefined) return mondayOf(day);
  throw new UsageError(
    `--week expects this, next, an ISO week like 2027-W03 or a date like 2027-01-18; found "${text}"${week ? ' (that year has no such week)' : ''}.`,
  );
}

/** Whether a meeting is still to happen (not held, not cancelled). */
function isPending(row: RotaRow): boolean {
  return row.status !== 'held' && row.status !== 'cancelled';
}

/**
 * One row per person per pending meeting in the week (Monday–Sunday) `week` names, mentor first,
 * in date order. A group's meeting gives every mentee of the group a row (the mentor's row names them all).
 */
export function remindersForWeek(rota: readonly RotaRow[], week: string, today: string | Date, tz = 'Europe/London'): ReminderRow[] {
  const { monday, sunday } = parseWeek(week, today, tz);
  const meetings = rota.filter((r) => isPending(r) && r.date >= monday && r.date <= sunday);
  return [...meetings].sort(byDateTime).flatMap((r) => {
    const shared = {
      date: r.date,
      day: r.day,
      start: r.start,
      end: r.end,
      mode: r.mode,
      meeting_no: r.meeting_no,
      meetings_total: r.meetings_total,
      pair_id: r.pair_id,
      meeting_id: r.meeting_id,
    };
    return [
      { email: r.mentor_email, name: r.mentor_name, role: 'mentor' as const, partner_name: r.mentee_name, partner_email: r.mentee_email, ...shared },
      ...splitPeople(r.mentee_name, r.mentee_email).map((mentee) => ({
        email: mentee.email,
        name: mentee.name,
        role: 'mentee' as const,
        partner_name: r.mentor_name,
        partner_email: r.mentor_email,
        ...shared,
      })),
    ];
  });
}

/** Meetings dated before today that are still pending (scheduled or moved): probably held but not marked. */
export function overdueMeetings(rota: readonly RotaRow[], today: string | Date, tz = 'Europe/London'): RotaRow[] {
  const todayText = isoDate(todayOf(today, tz));
  return rota.filter((r) => isPending(r) && r.date < todayText).sort(byDateTime);
}

function byDateTime(a: RotaRow, b: RotaRow): number {
  const [x, y] = [`${a.date} ${a.start} ${a.meeting_id}`, `${b.date} ${b.start} ${b.meeting_id}`];
  return x < y ? -1 : x > y ? 1 : 0;
}
