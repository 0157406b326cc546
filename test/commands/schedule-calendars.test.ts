import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { calendarOptions, writePersonalCalendars, writeRotaCalendar } from '../../src/commands/schedule-calendars.js';
import { OutputError } from '../../src/errors.js';
import { rotaRow, settings } from '../core/schedule/builders.js';
import { eachTestInTempDir } from '../helpers/temp-dirs.js';
import { DONE_WHEN, parseEvents, readCsv, schedule } from './schedule-helpers.js';

let dir: string;
eachTestInTempDir((made) => (dir = made));

describe('calendarOptions', () => {
  it('stamps events with today at midnight UTC, not the clock, and takes name and domain from the settings', () => {
    expect(calendarOptions(settings({ today: '2027-01-15', calendarName: 'HLTA mentoring', icsDomain: 'la.example' }))).toEqual({
      tz: 'Europe/London',
      name: 'HLTA mentoring',
      dtstamp: new Date('2027-01-15T00:00:00Z'),
      domain: 'la.example',
    });
  });
});

describe('calendars written over earlier ones', () => {
  it('raise the SEQUENCE of the events that changed, in the calendar of every meeting and in each person\'s', async () => {
    const options = calendarOptions(settings({ today: '2027-01-01' }));
    const rows = [rotaRow(), rotaRow({ meeting_no: 2, meeting_id: 'p1-m02', date: '2027-01-19' })];
    const file = path.join(dir, 'rota.ics');
    const folder = path.join(dir, 'calendars');
    await writeRotaCalendar(file, rows, options);
    await writePersonalCalendars(folder, rows, options);
    const moved = [rows[0]!, { ...rows[1]!, date: '2027-01-20', status: 'moved' }];
    await writeRotaCalendar(file, moved, options);
    await writePersonalCalendars(folder, moved, options);
    const sequences = async (at: string) => parseEvents(await readFile(at, 'utf8')).map((e) => [e.uid, e.sequence]);
    const expected = [['p1-m01@edumentor', 0], ['p1-m02@edumentor', 1]];
    expect(await sequences(file)).toEqual(expected);
    for (const name of await readdir(folder)) expect(await sequences(path.join(folder, name))).toEqual(expected);
    // Re-planned again, still "moved": the status alone would leave it at 1.
    await writeRotaCalendar(file, [rows[0]!, { ...moved[1]!, date: '2027-01-21' }], options);
    expect(await sequences(file)).toEqual([['p1-m01@edumentor', 0], ['p1-m02@edumentor', 2]]);
  });
});

describe('writeRotaCalendar', () => {
  it('writes the calendar as it is made, and leaves the earlier file as it was when a meeting cannot go in it', async () => {
    const ics = path.join(dir, 'rota.ics');
    const options = calendarOptions(settings({ today: '2027-01-01' }));
    const meetings = Array.from({ length: 3000 }, (_, i) => rotaRow({ meeting_id: `p${i}-m01`, pair_id: `p${i}` }));
    await writeRotaCalendar(ics, meetings, options);
    const written = await readFile(ics, 'utf8');
    expect(parseEvents(written)).toHaveLength(3000);
    expect(written.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // The bad meeting comes after many chunks have gone to the temporary file.
    const failing = writeRotaCalendar(ics, [...meetings, rotaRow({ start: 'soon' })], options);
    await expect(failing).rejects.toThrow(OutputError);
    expect(await readFile(ics, 'utf8')).toBe(written);
    expect(await readdir(dir)).toEqual(['rota.ics']);
  });
});

describe('schedule --ics and --ics-dir', () => {
  it('writes one calendar of every meeting that ical.js reads: events, stable UIDs, mentor and mentee as attendees', async () => {
    const ics = path.join(dir, 'rota.ics');
    const out = path.join(dir, 'rota.csv');
    await schedule(dir, { ...DONE_WHEN, output: out, ics });
    const rows = await readCsv(out);
    const text = await readFile(ics, 'utf8');
    const events = parseEvents(text);
    expect(events).toHaveLength(48);
    expect(events.map((e) => e.uid)).toEqual(rows.map((r) => `${r.meeting_id}@edumentor`));
    const first = events[0]!;
    expect(first.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:ian.jones@example.org', 'mailto:jas.kaur@example.org']);
    expect(first.startDate.toJSDate().toISOString()).toBe('2027-01-04T19:00:00.000Z');
    expect(text).toContain('DTSTAMP:20270101T000000Z\r\n');
    const again = path.join(dir, 'again.ics');
    await schedule(dir, { ...DONE_WHEN, ics: again });
    expect(parseEvents(await readFile(again, 'utf8')).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('writes one calendar per mentor and per mentee into a folder it creates, a person who is both getting all their meetings', async () => {
    const folder = path.join(dir, 'calendars', '2027');
    await schedule(dir, { ...DONE_WHEN, icsDir: folder });
    const files = await readdir(folder);
    expect(files).toHaveLength(13);
    const eventsOf = async (file: string) => parseEvents(await readFile(path.join(folder, file), 'utf8'));
    const aisha = await eventsOf('aisha.khan-at-example.org.ics');
    expect(aisha).toHaveLength(18);
    const ed = await eventsOf('ed.fraser-at-example.org.ics');
    expect(ed).toHaveLength(12);
    expect(new Set(ed.map((e) => e.uid.slice(0, 3)))).toEqual(new Set(['p04', 'p05']));
    expect(ed.every((e) => e.attendees.some((a) => a.getFirstValue() === 'mailto:ed.fraser@example.org'))).toBe(true);
    expect(await readFile(path.join(folder, 'ed.fraser-at-example.org.ics'), 'utf8')).toContain('X-WR-CALNAME:Mentoring meetings: Ed Fraser\r\n');
  });

  it('keeps the UIDs of meetings across a re-run with --rota, and marks a cancelled meeting cancelled', async () => {
    const first = path.join(dir, 'first.csv');
    await schedule(dir, { ...DONE_WHEN, output: first, ics: path.join(dir, 'first.ics') });
    const rows = (await readCsv(first)).map((r) => (r.meeting_id === 'p01-m03' ? { ...r, status: 'cancelled' } : r));
    const edited = path.join(dir, 'edited.csv');
    await writeFile(edited, stringify(rows, { header: true }));
    const second = path.join(dir, 'second.ics');
    await schedule(dir, { holidays: DONE_WHEN.holidays, rota: edited, today: '2027-01-02', ics: second });
    const before = parseEvents(await readFile(path.join(dir, 'first.ics'), 'utf8'));
    const after = parseEvents(await readFile(second, 'utf8'));
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
    const cancelled = after.find((e) => e.uid === 'p01-m03@edumentor')!;
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.sequence).toBe(2);
  });
});
