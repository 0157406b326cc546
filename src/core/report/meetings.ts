import type { OnProgress } from '../types.js';
import { groupBy } from './group-by.js';
import { cell, type SheetRecord } from './input.js';
import { eachOnce } from '../each-once.js';
import { isoDate, isoWeek, mondayFinder, mondaysBetween } from './iso-week.js';
import { MEETING_STATUSES, type MeetingsSection, type MeetingStatus, type PairMeetings, type StatusCounts } from './model.js';
import { pairIdOf, PAIR_ORDER } from './pair-order.js';
import { readRows } from './progress.js';
import { meetingStatus } from '../schedule/rota.js';

/** A rota row reduced to what the report counts. */
interface Meeting {
  pairId: string;
  date: string | null;
  status: MeetingStatus | 'other';
  overdue: boolean;
  record: SheetRecord;
}

/**
 * Meetings by status, per ISO week and per pair; `today` (ISO date) decides which scheduled ones are overdue.
 * `onProgress` is told how many rota rows are read (phase `counting meetings`), and that all are once they are counted.
 */
export function buildMeetings(rota: readonly SheetRecord[], today: string | null, onProgress?: OnProgress): MeetingsSection {
  const dateOf = eachOnce(isoDate);
  const meetings = readRows(rota, (record) => readMeeting(record, today, dateOf), 'counting meetings', onProgress);
  const dated = meetings.filter((m) => m.date !== null);
  const range = dateRange(dated.map((m) => m.date as string));
  const mondays = range ? mondaysBetween(range.first, range.last) : [];
  const mondayOf = mondayFinder();
  const byMonday = groupBy(dated, (m) => mondayOf(m.date as string));
  const byPair = [...groupBy(meetings, (m) => m.pairId)]
    .map(([pairId, group]) => pairMeetings(pairId, group, today))
    .sort((a, b) => PAIR_ORDER(a.pairId, b.pairId));
  const section: MeetingsSection = {
    total: meetings.length,
    ...statusCounts(meetings),
    undated: meetings.length - dated.length,
    undatedMeetings: meetings.filter((m) => m.date === null).slice(0, UNDATED_NAMED).map((m) => meetingName(m.record)),
    byWeek: mondays.map((monday) => ({ week: isoWeek(monday), monday, ...statusCounts(byMonday.get(monday) ?? []) })),
    byPair,
    noneHeld: byPair.filter((p) => p.held === 0),
  };
  onProgress?.('counting meetings', rota.length, rota.length);
  return section;
}

/** How many meetings without a valid date the report names, so that an organiser can find and correct them. */
export const UNDATED_NAMED = 10;

/** A meeting as an organiser finds it in the rota: its id, else its pair and number. */
function meetingName(record: SheetRecord): string {
  const id = cell(record, 'meeting_id');
  if (id !== '') return id;
  const number = cell(record, 'meeting_no');
  return `pair ${pairIdOf(record)}${number === '' ? '' : ` meeting ${number}`}`;
}

/** A blank status counts as `scheduled`, the status a new rota starts with. */
function readMeeting(record: SheetRecord, today: string | null, dateOf: (text: string) => string | null): Meeting {
  const text = meetingStatus(cell(record, 'status'));
  const status = (MEETING_STATUSES as readonly string[]).includes(text) ? (text as MeetingStatus) : 'other';
  const date = dateOf(cell(record, 'date'));
  const pairId = pairIdOf(record);
  const overdue = status === 'scheduled' && today !== null && date !== null && date < today;
  return { pairId, date, status, overdue, record };
}

/** The earliest and latest of ISO dates (which order as text); null when there are none. */
function dateRange(dates: readonly string[]): { first: string; last: string } | null {
  if (dates.length === 0) return null;
  let first = dates[0] as string;
  let last = first;
  for (const date of dates) {
    if (date < first) first = date;
    else if (date > last) last = date;
  }
  return { first, last };
}

function statusCounts(meetings: readonly Meeting[]): StatusCounts {
  const counts: StatusCounts = { scheduled: 0, held: 0, cancelled: 0, moved: 0, other: 0, overdue: 0 };
  for (const meeting of meetings) {
    counts[meeting.status] += 1;
    if (meeting.overdue) counts.overdue += 1;
  }
  return counts;
}

function pairMeetings(pairId: string, group: readonly Meeting[], today: string | null): PairMeetings {
  const first = group[0]?.record ?? {};
  const upcoming = group
    .filter((m) => m.status === 'scheduled' && m.date !== null && (today === null || m.date >= today))
    .map((m) => m.date as string)
    .sort();
  return {
    pairId,
    mentor: { name: cell(first, 'mentor_name'), email: cell(first, 'mentor_email').toLowerCase() },
    mentee: { name: cell(first, 'mentee_name'), email: cell(first, 'mentee_email').toLowerCase() },
    total: group.length,
    ...statusCounts(group),
    next: upcoming[0] ?? '',
  };
}
