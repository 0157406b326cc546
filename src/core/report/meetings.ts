import { cell, type SheetRecord } from './input.js';
import { isoDate, isoWeek, mondayOf, mondaysBetween } from './iso-week.js';
import { MEETING_STATUSES, type MeetingsSection, type MeetingStatus, type PairMeetings, type StatusCounts } from './model.js';

/** Pair ids in natural order: `2` before `10`. */
const PAIR_ORDER = new Intl.Collator('en', { numeric: true }).compare;

/** A rota row reduced to what the report counts. */
interface Meeting {
  pairId: string;
  date: string | null;
  status: MeetingStatus | 'other';
  overdue: boolean;
  record: SheetRecord;
}

/** Meetings by status, per ISO week and per pair; `today` (ISO date) decides which scheduled ones are overdue. */
export function buildMeetings(rota: readonly SheetRecord[], today: string | null): MeetingsSection {
  const meetings = rota.map((record) => readMeeting(record, today));
  const dated = meetings.filter((m) => m.date !== null);
  const dates = dated.map((m) => m.date as string).sort();
  const mondays = dates.length > 0 ? mondaysBetween(dates[0] as string, dates[dates.length - 1] as string) : [];
  const byMonday = groupBy(dated, (m) => mondayOf(m.date as string));
  const byPair = [...groupBy(meetings, (m) => m.pairId)]
    .map(([pairId, group]) => pairMeetings(pairId, group, today))
    .sort((a, b) => PAIR_ORDER(a.pairId, b.pairId));
  return {
    total: meetings.length,
    ...statusCounts(meetings),
    undated: meetings.length - dated.length,
    byWeek: mondays.map((monday) => ({ week: isoWeek(monday), monday, ...statusCounts(byMonday.get(monday) ?? []) })),
    byPair,
    noneHeld: byPair.filter((p) => p.held === 0),
  };
}

/** A blank status counts as `scheduled`, the status a new rota starts with. */
function readMeeting(record: SheetRecord, today: string | null): Meeting {
  const text = cell(record, 'status').toLowerCase() || 'scheduled';
  const status = (MEETING_STATUSES as readonly string[]).includes(text) ? (text as MeetingStatus) : 'other';
  const date = isoDate(cell(record, 'date'));
  const pairId = cell(record, 'pair_id') || `${cell(record, 'mentor_email')} & ${cell(record, 'mentee_email')}`;
  const overdue = status === 'scheduled' && today !== null && date !== null && date < today;
  return { pairId, date, status, overdue, record };
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

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
