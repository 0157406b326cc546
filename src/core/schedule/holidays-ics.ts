import { InputError } from '../../errors.js';
import { dayFromParts, isoDate } from './dates.js';
import type { HolidayFile } from './holidays.js';
import { parseContentLine, unescapeText, unfoldLines, type ContentLine } from './ical-text.js';
import type { RowProblem } from './types.js';

/** `20270215` or `20270215T090000Z` → the day number of its date part. */
function dayOfValue(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{6})Z?)?$/.exec(value.trim());
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Whether a DTEND value is midnight exactly, so the day it names is not part of the event. */
function endsAtMidnight(line: ContentLine): boolean {
  return line.params.VALUE === 'DATE' || !/T/.test(line.value) || /T000000Z?$/.test(line.value.trim());
}

/** Days in an all-day DURATION like `P5D` or `P1W`; undefined for anything else. */
function durationDays(value: string): number | undefined {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?$/.exec(value.trim());
  return m && (m[1] || m[2]) ? Number(m[1] ?? 0) * 7 + Number(m[2] ?? 0) : undefined;
}

/**
 * Reads a term-dates calendar: each VEVENT becomes a holiday from DTSTART to the day before
 * DTEND (all-day ends are exclusive), or DTSTART + DURATION, or DTSTART alone for one day.
 * Timed events cover the days they touch; repeating and cancelled events are reported, not used.
 */
export function parseHolidayCalendar(text: string, file: string): HolidayFile {
  const lines = unfoldLines(text.replace(/^\uFEFF/, ''));
  if (lines[0]?.text.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw new InputError(`expected an iCalendar file starting with BEGIN:VCALENDAR; found "${lines[0]?.text.slice(0, 40) ?? ''}".`, { file });
  }
  const result: HolidayFile = { holidays: [], problems: [] };
  let event: { row: number; props: Map<string, ContentLine> } | undefined;
  for (const { line, text: raw } of lines) {
    const content = parseContentLine(raw);
    if (!content) continue;
    if (content.name === 'BEGIN' && content.value.toUpperCase() === 'VEVENT') event = { row: line, props: new Map() };
    else if (content.name === 'END' && content.value.toUpperCase() === 'VEVENT' && event) {
      readEvent(event.props, { file, row: event.row }, result);
      event = undefined;
    } else if (event && !event.props.has(content.name)) event.props.set(content.name, content);
  }
  return result;
}

function readEvent(props: Map<string, ContentLine>, where: Omit<RowProblem, 'message'>, into: HolidayFile): void {
  const name = unescapeText(props.get('SUMMARY')?.value ?? '').trim() || 'Holiday';
  const problem = (column: string, message: string): void => {
    into.problems.push({ ...where, column, message: `${name}: ${message}` });
  };
  if (props.get('STATUS')?.value.toUpperCase() === 'CANCELLED') return problem('STATUS', 'the event is cancelled, so it is not a holiday');
  if (props.has('RRULE')) return problem('RRULE', 'repeating events are not supported; list each holiday as its own event');
  const startLine = props.get('DTSTART');
  const first = startLine && dayOfValue(startLine.value);
  if (first === undefined) return problem('DTSTART', `expected a date like 20270215; found "${startLine?.value ?? 'nothing'}"`);
  let last = first;
  const endLine = props.get('DTEND');
  const duration = props.get('DURATION');
  if (endLine) {
    const end = dayOfValue(endLine.value);
    if (end === undefined) return problem('DTEND', `expected a date like 20270220; found "${endLine.value}"`);
    last = endsAtMidnight(endLine) ? end - 1 : end;
  } else if (duration) {
    const days = durationDays(duration.value);
    if (days === undefined) return problem('DURATION', `expected whole days like P5D; found "${duration.value}"`);
    last = first + days - 1;
  }
  into.holidays.push({ start: isoDate(first), end: isoDate(Math.max(first, last)), name });
}
