import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatClock,
  isoDate,
  isoWeekMonday,
  isoWeekOf,
  mondayOf,
  nthWeekdayOfMonth,
  parseClock,
  parseIsoDate,
  parseSheetDate,
  weekdayOf,
} from '../../../src/core/schedule/dates.js';

const day = (text: string): number => parseIsoDate(text) as number;

describe('calendar dates', () => {
  it('parses only real ISO dates', () => {
    expect(isoDate(day('2027-01-18'))).toBe('2027-01-18');
    expect(parseIsoDate('2027-02-29')).toBeUndefined();
    expect(parseIsoDate('2028-02-29')).toBe(day('2028-03-01') - 1);
    expect(parseIsoDate('18/01/2027')).toBeUndefined();
  });

  it('reads spreadsheet dates: ISO, xlsx date-times and day-first', () => {
    expect(parseSheetDate('2027-01-18T00:00:00.000Z')).toBe(day('2027-01-18'));
    expect(parseSheetDate('18/01/2027')).toBe(day('2027-01-18'));
    expect(parseSheetDate('31/02/2027')).toBeUndefined();
  });

  it('knows weekdays, Mondays and the nth weekday of a month', () => {
    expect(weekdayOf(day('2027-01-18'))).toBe(0);
    expect(weekdayOf(day('2027-01-24'))).toBe(6);
    expect(isoDate(mondayOf(day('2027-01-24')))).toBe('2027-01-18');
    expect(isoDate(nthWeekdayOfMonth(2027, 5, 0, 1))).toBe('2027-05-03');
    expect(isoDate(nthWeekdayOfMonth(2027, 5, 0, -1))).toBe('2027-05-31');
    expect(isoDate(nthWeekdayOfMonth(2027, 2, 0, 5))).toBe('2027-02-22');
  });

  it('parses ISO weeks: 2027-W03 is 18–24 January 2027', () => {
    expect(isoDate(isoWeekMonday(2027, 3) as number)).toBe('2027-01-18');
    expect(isoDate(isoWeekMonday(2027, 1) as number)).toBe('2027-01-04');
    expect(isoDate(isoWeekMonday(2026, 53) as number)).toBe('2026-12-28');
    expect(isoWeekMonday(2027, 53)).toBeUndefined();
    expect(isoWeekMonday(2027, 0)).toBeUndefined();
    expect(isoWeekOf(day('2027-01-03'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf(day('2024-12-30'))).toEqual({ year: 2025, week: 1 });
  });

  it('finds the same Monday from a day and from its ISO week', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1990-01-01'), max: day('2090-12-31') }), (d) => {
        const { year, week } = isoWeekOf(d);
        expect(isoWeekMonday(year, week)).toBe(mondayOf(d));
      }),
      { numRuns: 500 },
    );
  });

  it('reads and writes clock times', () => {
    expect(parseClock('7:45')).toBe(465);
    expect(parseClock('16.00')).toBe(960);
    expect(parseClock('1899-12-30T16:30:00.000Z')).toBe(990);
    expect(parseClock('24:00')).toBeUndefined();
    expect(formatClock(465)).toBe('07:45');
  });
});
