import { describe, expect, it } from 'vitest';
import { holidaysFromTable } from '../../../src/core/schedule/holidays.js';
import { parseHolidayCalendar } from '../../../src/core/schedule/holidays-ics.js';
import { InputError } from '../../../src/errors.js';
import { csvTable, fixture } from './builders.js';

const calendar = (...events: string[][]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');

describe('parseHolidayCalendar', () => {
  it('reads the term-dates .ics as the same ranges as the CSV (DTEND exclusive)', () => {
    const fromIcs = parseHolidayCalendar(fixture('term-dates-2026-27.ics'), 'terms.ics');
    expect(fromIcs.problems).toEqual([]);
    expect(fromIcs.holidays).toEqual(holidaysFromTable(csvTable(fixture('term-dates-2026-27.csv'))).holidays);
  });

  it('unfolds lines, unescapes names and reads DURATION, one-day and timed events', () => {
    const text = calendar(
      ['DTSTART;VALUE=DATE:20270215', 'SUMMARY:Half term\\, spring', ' (all week)', 'DURATION:P5D'],
      ['DTSTART;VALUE=DATE:20270301', 'SUMMARY:INSET day'],
      ['DTSTART;TZID=Europe/London:20270302T090000', 'DTEND;TZID=Europe/London:20270302T150000', 'SUMMARY:Polling day'],
    ).replace('\r\n (all week)', '\n  (all week)');
    expect(parseHolidayCalendar(text, 'x.ics').holidays).toEqual([
      { start: '2027-02-15', end: '2027-02-19', name: 'Half term, spring (all week)' },
      { start: '2027-03-01', end: '2027-03-01', name: 'INSET day' },
      { start: '2027-03-02', end: '2027-03-02', name: 'Polling day' },
    ]);
  });

  it('reports events it cannot use, with the line they start on', () => {
    const text = calendar(
      ['DTSTART;VALUE=DATE:20270215', 'RRULE:FREQ=YEARLY', 'SUMMARY:Every year'],
      ['SUMMARY:No start'],
      ['DTSTART;VALUE=DATE:20270215', 'STATUS:CANCELLED', 'SUMMARY:Called off'],
    );
    const { holidays, problems } = parseHolidayCalendar(text, 'x.ics');
    expect(holidays).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, 'RRULE'], [8, 'DTSTART'], [11, 'STATUS']]);
    expect(problems[0]?.message).toMatch(/Every year: repeating events are not supported/);
  });

  it('refuses text that is not a calendar', () => {
    expect(() => parseHolidayCalendar('start,end,name\n', 'dates.ics')).toThrow(InputError);
  });
});
