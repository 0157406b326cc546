import { FEEDBACK_COLUMNS, feedbackIssues } from '../feedback/values.js';
import type { Table } from '../types.js';
import { DAY_NAMES, formatClock, isoDate, parseClock, parseSheetDate, weekdayOf } from './dates.js';
import { SheetColumns } from './sheet-columns.js';
import type { RowProblem } from './types.js';

/** The rota's column order (a contract: organisers and later commands rely on it); extra columns follow. */
export const ROTA_COLUMNS = [
  'meeting_id',
  'pair_id',
  'meeting_no',
  'meetings_total',
  'date',
  'day',
  'start',
  'end',
  'mentor_name',
  'mentor_email',
  'mentee_name',
  'mentee_email',
  'mode',
  'status',
  'note',
] as const;

/** Statuses an organiser sets; anything else is kept as written. */
export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled', 'moved'] as const;

/** A status cell as a status: lower case, blank as `scheduled` (a new rota's), the American `canceled` as `cancelled`. */
export function meetingStatus(text: string): string {
  const status = text.trim().toLowerCase();
  return status === '' ? 'scheduled' : status === 'canceled' ? 'cancelled' : status;
}

/** One meeting of the rota: the sheet's columns, plus unknown columns of a previous rota kept verbatim. */
export interface RotaRow {
  meeting_id: string;
  pair_id: string;
  meeting_no: number;
  meetings_total: number;
  /** ISO date, local to the scheme's time zone. */
  date: string;
  day: string;
  /** `HH:MM`, local wall-clock time. */
  start: string;
  end: string;
  mentor_name: string;
  mentor_email: string;
  mentee_name: string;
  mentee_email: string;
  mode: string;
  status: string;
  note: string;
  extra: Record<string, string>;
}

/** The stable id of a pair's nth meeting: `p007-m03`. */
export function meetingId(pairId: string, meetingNo: number): string {
  return `${pairId}-m${String(meetingNo).padStart(2, '0')}`;
}

/** Rota order: by date, start time, pair and meeting number. */
export function compareMeetings(a: RotaRow, b: RotaRow): number {
  // Spelt out rather than looped over the keys: this orders every meeting of the rota, 300,000 at 100,000 people.
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.pair_id !== b.pair_id) return a.pair_id < b.pair_id ? -1 : 1;
  return a.meeting_no - b.meeting_no;
}

/**
 * Headers and string cells for writing a rota: the contract columns, the feedback columns (`mentor_rating`,
 * `mentee_rating`, `fit`, empty until an organiser fills them in), then every other extra column seen.
 */
export function rotaSheet(rows: readonly RotaRow[]): { headers: string[]; rows: string[][] } {
  const headers = rotaHeaders(rows);
  const extraHeaders = headers.slice(ROTA_COLUMNS.length);
  return {
    headers,
    rows: rows.map((r) => [
      ...ROTA_COLUMNS.map((c) => String(r[c])),
      ...extraHeaders.map((h) => r.extra[h] ?? ''),
    ]),
  };
}

/** The headers of `rotaSheet(rows)`, without making its rows. */
export function rotaHeaders(rows: readonly RotaRow[]): string[] {
  const feedback: readonly string[] = FEEDBACK_COLUMNS;
  const others = [...new Set(rows.flatMap((r) => Object.keys(r.extra)))].filter((h) => !feedback.includes(h));
  return [...ROTA_COLUMNS, ...FEEDBACK_COLUMNS, ...others];
}

const REQUIRED = ['pair_id', 'meeting_no', 'date', 'start', 'end', 'mentor_email', 'mentee_email'] as const;

/** A rota as read: its meetings, the rows left out, and cells kept but not understood (feedback that is no rating or fit). */
export interface RotaRead {
  meetings: RotaRow[];
  problems: RowProblem[];
  warnings: RowProblem[];
}

/**
 * Reads a rota sheet (a previous `schedule` output, maybe edited). Dates may come back from a
 * spreadsheet as ISO or day-first; the day is recomputed from the date (an organiser who moves a
 * meeting edits the date and times, not always the day). Feedback columns are found in any case and
 * kept under their own names; a value that is no rating (1–4) or fit is kept as written, with a warning.
 */
export function rotaFromTable(table: Table): RotaRead {
  const columns = new SheetColumns(table);
  columns.require(REQUIRED, 'A rota');
  const meetings: RotaRow[] = [];
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const cell = (name: string): string => columns.cell(row, name);
    const problem = (column: string, message: string): void => {
      problems.push({ file: table.file, sheet: table.sheet, row: row.line, column, message });
    };
    const meetingNo = Number(cell('meeting_no'));
    const day = parseSheetDate(cell('date'));
    const start = parseClock(cell('start'));
    const end = parseClock(cell('end'));
    const id = cell('meeting_id') || meetingId(cell('pair_id'), meetingNo);
    if (!cell('pair_id')) problem('pair_id', 'expected a pair id; found an empty cell');
    else if (!Number.isInteger(meetingNo) || meetingNo < 1) problem('meeting_no', `expected a meeting number like 3; found "${cell('meeting_no')}"`);
    else if (day === undefined) problem('date', `expected a date like 2027-01-18; found "${cell('date')}"`);
    else if (start === undefined) problem('start', `expected a time like 16:00; found "${cell('start')}"`);
    else if (end === undefined || end <= start) problem('end', `expected a time after the start ${formatClock(start)}; found "${cell('end')}"`);
    else if (seen.has(id)) problem('meeting_id', `meeting "${id}" is listed twice; keep one row per meeting`);
    else {
      seen.add(id);
      const extra = withFeedbackNames(columns.extra(row, ROTA_COLUMNS));
      for (const issue of feedbackIssues(extra)) {
        const message = `${issue.message}; kept as written, left out of the report`;
        warnings.push({ file: table.file, sheet: table.sheet, row: row.line, column: issue.column, message });
      }
      meetings.push({
        meeting_id: id,
        pair_id: cell('pair_id'),
        meeting_no: meetingNo,
        meetings_total: Number(cell('meetings_total')) || meetingNo,
        date: isoDate(day),
        day: DAY_NAMES[weekdayOf(day)] as string,
        start: formatClock(start),
        end: formatClock(end),
        mentor_name: cell('mentor_name'),
        mentor_email: cell('mentor_email').toLowerCase(),
        mentee_name: cell('mentee_name'),
        mentee_email: cell('mentee_email').toLowerCase(),
        mode: cell('mode'),
        status: meetingStatus(cell('status')),
        note: cell('note'),
        extra,
      });
    }
  }
  return { meetings, problems, warnings };
}

/** Extra cells with feedback headers written in another case (`Fit`) under their own names (`fit`). */
function withFeedbackNames(extra: Record<string, string>): Record<string, string> {
  const named: Record<string, string> = {};
  for (const [header, value] of Object.entries(extra)) {
    const feedback = FEEDBACK_COLUMNS.find((c) => c === header.trim().toLowerCase());
    if (feedback === undefined) named[header] = value;
    else if (!named[feedback]) named[feedback] = value;
  }
  return named;
}
