import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planRota } from '../../src/core/schedule/plan.js';
import type { RotaRow } from '../../src/core/schedule/rota.js';
import { buildCalendar, calendarChunks, calendarFileName, calendarsPerPerson, meetingUid } from '../../src/io/ics.js';
import { OutputError } from '../../src/errors.js';
import { pair, rotaRow, settings } from '../core/schedule/builders.js';

const OPTIONS = { tz: 'Europe/London', name: 'Mentoring meetings', dtstamp: new Date('2027-01-01T09:00:00Z') };

/** Parses a calendar with ical.js, registering its time zones, and returns its events. */
function parseEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const rota = (): RotaRow[] =>
  planRota({
    pairs: [pair('p1', 'ana', 'bob', ['tue-after-school']), pair('p2', 'ana', 'cat', ['thu-lunch'])],
    settings: settings({ start: '2027-03-15', every: '1w', count: 3 }),
  }).rows;

describe('buildCalendar', () => {
  it('writes events ical.js reads back, at the right instants on both sides of the clock change', () => {
    const text = buildCalendar(rota(), OPTIONS);
    const events = parseEvents(text);
    expect(events).toHaveLength(6);
    const first = events[0] as ICAL.Event;
    expect(first.uid).toBe('p1-m01@edumentor');
    expect(first.summary).toBe('Mentoring: Ana & Bob (1 of 3)');
    expect(first.description).toBe('Mentoring meeting 1 of 3\nMentor: Ana <ana@example.org>\nMentee: Bob <bob@example.org>\nMode: online');
    expect(first.startDate.toJSDate().toISOString()).toBe('2027-03-16T16:00:00.000Z');
    expect(first.endDate.toJSDate().toISOString()).toBe('2027-03-16T16:45:00.000Z');
    // 30 March 2027 is in British Summer Time: 16:00 local is 15:00 UTC.
    const afterChange = events.find((e) => e.uid === 'p1-m03@edumentor') as ICAL.Event;
    expect(afterChange.startDate.toJSDate().toISOString()).toBe('2027-03-30T15:00:00.000Z');
    expect(first.organizer).toBe('mailto:ana@example.org');
    expect(first.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:ana@example.org', 'mailto:bob@example.org']);
    expect(text).toContain('DTSTART;TZID=Europe/London:20270316T160000\r\n');
    expect(text).toContain('DTSTAMP:20270101T090000Z\r\n');
  });

  it('uses CRLF line endings and is the same text, with the same UIDs, on every run', () => {
    const text = buildCalendar(rota(), OPTIONS);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(buildCalendar(rota(), OPTIONS)).toBe(text);
    expect(parseEvents(buildCalendar(rota(), { ...OPTIONS, domain: 'scheme.example' }))[0]?.uid).toBe('p1-m01@scheme.example');
  });

  it('folds long lines at 75 octets and escapes text, emoji and accents included', () => {
    const awkward = rotaRow({
      mentor_name: 'Zoë Ōtautahi-Brontë 👩🏽‍🏫, "Head"; Year 6 \\ KS2',
      mentee_name: '=HYPERLINK("http://evil.example","click")',
      note: 'moved from 2027-02-16: Spring half term\nbring, the; folder\\notes',
    });
    const text = buildCalendar([awkward], OPTIONS);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n /);
    const [event] = parseEvents(text);
    expect(event?.summary).toBe(`Mentoring: ${awkward.mentor_name} & ${awkward.mentee_name} (1 of 6)`);
    expect(event?.description).toContain('Note: moved from 2027-02-16: Spring half term\nbring, the; folder\\notes');
    expect(event?.attendees.map((a) => a.getParameter('cn'))).toEqual([awkward.mentor_name, awkward.mentee_name]);
  });

  it('marks moved and cancelled meetings with a higher SEQUENCE, cancelled ones with STATUS:CANCELLED', () => {
    const text = buildCalendar(
      [rotaRow(), rotaRow({ meeting_no: 2, meeting_id: 'p1-m02', status: 'moved' }), rotaRow({ meeting_no: 3, meeting_id: 'p1-m03', status: 'cancelled' })],
      OPTIONS,
    );
    const events = parseEvents(text);
    expect(events.map((e) => e.sequence)).toEqual([0, 1, 2]);
    expect(events.map((e) => e.component.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CONFIRMED', 'CANCELLED']);
  });

  it('writes UTC times for zones it has no VTIMEZONE for', () => {
    const text = buildCalendar([rotaRow({ date: '2027-07-06', start: '09:00', end: '09:45' })], { ...OPTIONS, tz: 'America/New_York' });
    expect(text).not.toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('DTSTART:20270706T130000Z');
    expect(parseEvents(text)[0]?.startDate.toJSDate().toISOString()).toBe('2027-07-06T13:00:00.000Z');
  });

  it('refuses a meeting without a usable date', () => {
    expect(() => buildCalendar([rotaRow({ start: 'soon' })], OPTIONS)).toThrow(OutputError);
  });
});

describe('calendarChunks', () => {
  it("is buildCalendar's text as UTF-8, told every hundred meetings and at the end", () => {
    const one = rota()[0] as RotaRow;
    const meetings = Array.from({ length: 2500 }, (_, i) => ({ ...one, meeting_id: `p${i}-m01`, mentee_name: i % 7 ? 'Bob' : 'Łucja Nguyễn' }));
    const told: number[] = [];
    const chunks = [...calendarChunks(meetings, OPTIONS, (done) => told.push(done))];
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(buildCalendar(meetings, OPTIONS));
    expect(told).toEqual([...Array.from({ length: 25 }, (_, i) => (i + 1) * 100), 2500]);
  });
});

describe('calendars of group meetings', () => {
  const group = rotaRow({ pair_id: 'g-ana', meeting_id: 'g-ana-m01', mentee_name: 'Bob; Cat', mentee_email: 'bob@example.org; cat@example.org' });

  it('writes one event per group meeting with the mentor and every mentee as attendees', () => {
    const [event] = parseEvents(buildCalendar([group], OPTIONS));
    expect(event?.summary).toBe('Mentoring group: Ana with Bob, Cat (1 of 6)');
    expect(event?.attendees.map((a) => [a.getParameter('cn'), a.getFirstValue()])).toEqual([
      ['Ana', 'mailto:ana@example.org'],
      ['Bob', 'mailto:bob@example.org'],
      ['Cat', 'mailto:cat@example.org'],
    ]);
    expect(event?.description).toContain('Mentees: Bob <bob@example.org>, Cat <cat@example.org>');
  });

  it('puts a group meeting in every member\'s own calendar', () => {
    expect(calendarsPerPerson([group]).map((c) => [c.fileName, c.name, c.meetings.length])).toEqual([
      ['ana-at-example.org.ics', 'Ana', 1],
      ['bob-at-example.org.ics', 'Bob', 1],
      ['cat-at-example.org.ics', 'Cat', 1],
    ]);
  });
});

describe('calendars per person', () => {
  it('groups each person’s meetings, as mentor or mentee, under a safe file name', () => {
    const calendars = calendarsPerPerson(rota());
    expect(calendars.map((c) => [c.fileName, c.name, c.meetings.length])).toEqual([
      ['ana-at-example.org.ics', 'Ana', 6],
      ['bob-at-example.org.ics', 'Bob', 3],
      ['cat-at-example.org.ics', 'Cat', 3],
    ]);
    expect(meetingUid(calendars[1]?.meetings[0] as RotaRow)).toBe('p1-m01@edumentor');
  });

  it('makes file names from any address without leaving the folder or clashing', () => {
    expect(calendarFileName('../../Etc/Passwd@Example.org')).toBe('etc_passwd-at-example.org.ics');
    expect(calendarFileName('Zoë+Brontë@école.example')).toBe('zo_bront_-at-_cole.example.ics');
    const clash = calendarsPerPerson([
      rotaRow({ mentor_email: 'a+b@x.org', mentee_email: 'a_b@x.org' }),
    ]);
    expect(clash.map((c) => c.fileName)).toEqual(['a_b-at-x.org.ics', 'a_b-at-x.org-2.ics']);
  });
});
