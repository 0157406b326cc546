import { eachOnce } from '../core/each-once.js';
import { splitPeople } from '../core/feedback/people.js';
import { formatClock, parseClock, parseIsoDate } from '../core/schedule/dates.js';
import { escapeText, foldLines, paramValue } from '../core/schedule/ical-text.js';
import type { RotaRow } from '../core/schedule/rota.js';
import { instantOf, vtimezoneLines } from '../core/schedule/zones.js';
import { OutputError } from '../errors.js';
import { eventSignature, type PreviousEvent } from './ics-previous.js';
import { utf8Chunks } from './utf8-chunks.js';

/** How a calendar is written: zone of the rota's times, calendar name, UID domain, and DTSTAMP (passed in so output is repeatable). */
export interface CalendarOptions {
  tz: string;
  name: string;
  dtstamp: Date;
  /** Domain of every UID: `p001-m03@edumentor` by default. */
  domain?: string;
  /** The events of the calendar this one replaces (see readPreviousEvents), for each event's SEQUENCE. */
  previous?: ReadonlyMap<string, PreviousEvent>;
}

/** The UID of a meeting's event: stable for the same pair and meeting number, so a re-import updates it. */
export function meetingUid(meeting: RotaRow, domain = 'edumentor'): string {
  return `${meeting.meeting_id}@${domain}`;
}

/** SEQUENCE of an event no earlier calendar had: 0 as planned, 1 moved, 2 cancelled (after any move). */
function sequenceOf(status: string): number {
  return status === 'cancelled' ? 2 : status === 'moved' ? 1 : 0;
}

/**
 * SEQUENCE of an event: as the earlier calendar had it when the event says the same (`said`: its folded text less
 * DTSTAMP and SEQUENCE), one more when it changed (a new date or time, a cancellation, a meeting planned again), so
 * calendar programs take the change.
 */
function sequenceFor(uid: string, said: () => string, status: string, previous: CalendarOptions['previous']): number {
  const before = previous?.get(uid);
  if (!before) return sequenceOf(status);
  return before.signature === eventSignature(said()) ? before.sequence : Math.max(before.sequence + 1, sequenceOf(status));
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** DTSTART or DTEND of a meeting; an OutputError when its date or time is not one. */
function dateTimeLine(name: 'DTSTART' | 'DTEND', date: string, time: string, values: DateTimeValues, meeting: RotaRow): string {
  const value = values(date, time);
  if (value === undefined) {
    throw new OutputError(`meeting ${meeting.meeting_id} has no valid date and time ("${date} ${time}"), so it cannot go in a calendar.`);
  }
  return name + value;
}

/** What follows DTSTART or DTEND for a date and time; undefined when either is not valid. */
type DateTimeValues = (date: string, time: string) => string | undefined;

/** DateTimeValues in `tz`, each worked out once: a rota names a few hundred dates and times many thousands of times. */
function dateTimeValues(tz: string): DateTimeValues {
  const byDate = eachOnce((date: string) => eachOnce((time: string) => dateTimeValue(date, time, tz)));
  return (date, time) => byDate(date)(time);
}

/** With TZID when edumentor has the zone's VTIMEZONE, else in UTC. */
function dateTimeValue(date: string, time: string, tz: string): string | undefined {
  const day = parseIsoDate(date);
  const minutes = parseClock(time);
  if (day === undefined || minutes === undefined) return undefined;
  if (vtimezoneLines(tz)) return `;TZID=${tz}:${date.replace(/-/g, '')}T${formatClock(minutes).replace(':', '')}00`;
  return `:${utcStamp(instantOf(day, minutes, tz))}`;
}

/** One event per meeting, folded; a group's meeting has the mentor and every mentee of the group as attendees. */
function eventText(meeting: RotaRow, options: CalendarOptions, dtstampLine: string, times: DateTimeValues): string {
  const mentor = meeting.mentor_name;
  const mentees = splitPeople(meeting.mentee_name, meeting.mentee_email);
  const group = mentees.length > 1;
  const count = `${meeting.meeting_no} of ${meeting.meetings_total}`;
  const summary = group
    ? `Mentoring group: ${mentor} with ${mentees.map((m) => m.name).join(', ')} (${count})`
    : `Mentoring: ${mentor} & ${meeting.mentee_name} (${count})`;
  const description = [
    `Mentoring ${group ? 'group ' : ''}meeting ${count}`,
    `Mentor: ${mentor} <${meeting.mentor_email}>`,
    `${group ? 'Mentees' : 'Mentee'}: ${mentees.map((m) => `${m.name} <${m.email}>`).join(', ')}`,
    meeting.mode && `Mode: ${meeting.mode}`,
    meeting.note && `Note: ${meeting.note}`,
    meeting.status === 'cancelled' && 'This meeting is cancelled.',
  ].filter(Boolean);
  const uid = escapeText(meetingUid(meeting, options.domain));
  // Folded in pieces around DTSTAMP and SEQUENCE (each line folds alone), so that what the event says is the
  // pieces joined, as readPreviousEvents finds it in the earlier calendar.
  const id = foldLines([`UID:${uid}`]);
  const when = foldLines([
    dateTimeLine('DTSTART', meeting.date, meeting.start, times, meeting),
    dateTimeLine('DTEND', meeting.date, meeting.end, times, meeting),
  ]);
  const rest = foldLines([
    `STATUS:${meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    `ORGANIZER;CN=${paramValue(mentor)}:mailto:${meeting.mentor_email}`,
    `ATTENDEE;CN=${paramValue(mentor)};ROLE=CHAIR:mailto:${meeting.mentor_email}`,
    ...mentees.map((m) => `ATTENDEE;CN=${paramValue(m.name)};ROLE=REQ-PARTICIPANT:mailto:${m.email}`),
  ]);
  const sequence = sequenceFor(uid, () => id + when + rest, meeting.status, options.previous);
  return `BEGIN:VEVENT\r\n${id}${dtstampLine}\r\n${when}SEQUENCE:${sequence}\r\n${rest}END:VEVENT\r\n`;
}

/** Meetings between two reports of progress. */
const MEETINGS_PER_REPORT = 100;

/**
 * An RFC 5545 calendar of the meetings, as UTF-8 in pieces: CRLF lines folded at 75 octets, TEXT escaped, one VEVENT
 * per meeting. A national scheme's calendar is hundreds of megabytes, so it is written as it is made. `onMeetings` is
 * told how many meetings have been made, every hundred, and all of them at the end.
 */
export function calendarChunks(
  meetings: readonly RotaRow[],
  options: CalendarOptions,
  onMeetings?: (done: number) => void,
): Generator<Buffer> {
  return utf8Chunks(calendarTexts(meetings, options, onMeetings));
}

/** `calendarChunks` as one text, for a calendar small enough to hold whole. */
export function buildCalendar(meetings: readonly RotaRow[], options: CalendarOptions): string {
  return [...calendarTexts(meetings, options)].join('');
}

/** The text of `calendarChunks`, event by event. */
function* calendarTexts(meetings: readonly RotaRow[], options: CalendarOptions, onMeetings?: (done: number) => void): Generator<string> {
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//edumentor//schedule//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${options.tz}`,
    ...(vtimezoneLines(options.tz) ?? []),
  ];
  yield foldLines(head);
  const dtstampLine = `DTSTAMP:${utcStamp(options.dtstamp)}`;
  const times = dateTimeValues(options.tz);
  for (let i = 0; i < meetings.length; i++) {
    yield eventText(meetings[i] as RotaRow, options, dtstampLine, times);
    if ((i + 1) % MEETINGS_PER_REPORT === 0) onMeetings?.(i + 1);
  }
  yield 'END:VCALENDAR\r\n';
  onMeetings?.(meetings.length);
}

/** One person's meetings for `--ics-dir`, with a file name safe on every file system. */
export interface PersonCalendar {
  email: string;
  name: string;
  fileName: string;
  meetings: RotaRow[];
}

/** `Ana.Lee+x@Example.org` → `ana.lee_x-at-example.org.ics`: lower-case letters, digits, `.`, `_` and `-` only. */
export function calendarFileName(email: string): string {
  const safe = email
    .trim()
    .toLowerCase()
    .replace(/@/g, '-at-')
    .replace(/[^a-z0-9._-]+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 100);
  return `${safe || 'person'}.ics`;
}

/** Each person's meetings (as mentor, mentee or member of a group), by e-mail; clashing file names get `-2`, `-3`. */
export function calendarsPerPerson(meetings: readonly RotaRow[]): PersonCalendar[] {
  const people = new Map<string, PersonCalendar>();
  for (const m of meetings) {
    const attendees = [{ email: m.mentor_email, name: m.mentor_name }, ...splitPeople(m.mentee_name, m.mentee_email)];
    for (const { email, name } of attendees) {
      const entry = people.get(email) ?? { email, name, fileName: '', meetings: [] };
      entry.meetings.push(m);
      people.set(email, entry);
    }
  }
  const used = new Set<string>();
  const sorted = [...people.values()].sort((a, b) => (a.email < b.email ? -1 : 1));
  for (const entry of sorted) {
    const base = calendarFileName(entry.email);
    let fileName = base;
    for (let n = 2; used.has(fileName); n += 1) fileName = base.replace(/\.ics$/, `-${n}.ics`);
    used.add(fileName);
    entry.fileName = fileName;
  }
  return sorted;
}
