import { describe, expect, it } from 'vitest';
import { easterSunday, englandAndWalesBankHolidays } from '../../../src/core/schedule/bank-holidays.js';
import { isoDate, parseIsoDate, weekdayOf } from '../../../src/core/schedule/dates.js';
import { fixture } from './builders.js';

interface GovUkEvent {
  title: string;
  date: string;
  notes: string;
}

const govUk = (JSON.parse(fixture('bank-holidays.json')) as Record<string, { events: GovUkEvent[] }>)['england-and-wales']
  ?.events as GovUkEvent[];

describe('England and Wales bank holidays', () => {
  it('match the gov.uk data for 2024–2027, names and substitute days included', () => {
    const expected = govUk.map((e) => ({
      date: e.date,
      name: e.title + (e.notes === 'Substitute day' ? ' (substitute day)' : ''),
    }));
    const ours = englandAndWalesBankHolidays(2024, 2027).map((h) => ({ date: h.start, name: h.name }));
    expect(ours).toEqual(expected);
  });

  it('find Easter by the computus', () => {
    const easter = [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2038].map((y) => isoDate(easterSunday(y)));
    expect(easter).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21', '2038-04-25']);
  });

  it('include the one-off changes of 2020, 2022 and 2023', () => {
    const dates = (year: number): string[] => englandAndWalesBankHolidays(year, year).map((h) => h.start);
    expect(dates(2020)).toContain('2020-05-08');
    expect(dates(2020)).not.toContain('2020-05-04');
    expect(dates(2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(dates(2022)).not.toContain('2022-05-30');
    expect(dates(2023)).toContain('2023-05-08');
    expect(dates(2022)).toEqual(expect.arrayContaining(['2022-12-26', '2022-12-27']));
  });

  it('give eight weekday holidays a year, each once, up to 2030 and beyond', () => {
    for (let year = 2024; year <= 2040; year += 1) {
      const days = englandAndWalesBankHolidays(year, year).map((h) => parseIsoDate(h.start) as number);
      expect(days).toHaveLength(8);
      expect(new Set(days).size).toBe(8);
      expect(days.every((d) => weekdayOf(d) < 5)).toBe(true);
    }
    expect(englandAndWalesBankHolidays(2028, 2028).slice(0, 1)).toEqual([
      { start: '2028-01-03', end: '2028-01-03', name: 'New Year’s Day (substitute day)' },
    ]);
  });
});
