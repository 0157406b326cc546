import { DAY_NAMES, parseIsoDate, partsOfDay, weekdayOf } from '../schedule/dates.js';
import type { RotaRow } from '../schedule/rota.js';

/** When a pair (or group) first meets: ISO date and `HH:MM` times. */
export interface FirstMeeting {
  date: string;
  start: string;
  end: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Each pair's (or group's) earliest meeting that is not cancelled, by the rota's `pair_id`. */
export function firstMeetings(rota: readonly RotaRow[]): Map<string, FirstMeeting> {
  const first = new Map<string, FirstMeeting>();
  for (const row of rota) {
    if (row.status === 'cancelled') continue;
    const known = first.get(row.pair_id);
    if (!known || `${row.date} ${row.start}` < `${known.date} ${known.start}`) {
      first.set(row.pair_id, { date: row.date, start: row.start, end: row.end });
    }
  }
  return first;
}

/** `Tuesday 12 January 2027, 16:00–16:45`; the date as given when it is not an ISO date. */
export function meetingText(meeting: FirstMeeting): string {
  const day = parseIsoDate(meeting.date);
  if (day === undefined) return `${meeting.date}, ${meeting.start}–${meeting.end}`;
  const { year, month, date } = partsOfDay(day);
  return `${DAY_NAMES[weekdayOf(day)]} ${date} ${MONTHS[month - 1]} ${year}, ${meeting.start}–${meeting.end}`;
}
