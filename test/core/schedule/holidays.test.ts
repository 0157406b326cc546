import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/core/schedule/dates.js';
import { holidayLookup, holidaysFromTable } from '../../../src/core/schedule/holidays.js';
import { InputError } from '../../../src/errors.js';
import { csvTable, fixture, table } from './builders.js';

const day = (text: string): number => parseIsoDate(text) as number;

describe('holidaysFromTable', () => {
  it('reads the term-dates CSV of inclusive ranges', () => {
    const { holidays, problems } = holidaysFromTable(csvTable(fixture('term-dates-2026-27.csv')));
    expect(problems).toEqual([]);
    expect(holidays).toHaveLength(6);
    expect(holidays[2]).toEqual({ start: '2027-02-15', end: '2027-02-19', name: 'Spring half term' });
  });

  it('reports bad rows and keeps the good ones', () => {
    const t = table(['Start', 'End', 'Name'], [
      ['2027-02-15', '', 'INSET day'],
      ['15/02/2027', '13/02/2027', 'Backwards'],
      ['soon', '', 'Vague'],
      ['2027-04-01', 'later', 'Open-ended'],
    ]);
    const { holidays, problems } = holidaysFromTable(t);
    expect(holidays).toEqual([{ start: '2027-02-15', end: '2027-02-15', name: 'INSET day' }]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, 'End'], [4, 'Start'], [5, 'End']]);
    expect(problems[0]?.message).toMatch(/end 2027-02-13 is before the start 2027-02-15/);
  });

  it('needs a start column', () => {
    expect(() => holidaysFromTable(table(['when', 'what'], []))).toThrow(InputError);
    expect(() => holidaysFromTable(table(['when', 'what'], []))).toThrow(/needs the column start; found when, what/);
  });
});

describe('holidayLookup', () => {
  it('names every day of a range, the first listed winning, plus bank holidays', () => {
    const on = holidayLookup(
      [
        { start: '2027-03-29', end: '2027-04-09', name: 'Easter holiday' },
        { start: '2027-04-09', end: '2027-04-09', name: 'Later listing' },
      ],
      { from: 2027, to: 2027 },
    );
    expect(on(day('2027-03-29'))).toBe('Easter holiday');
    expect(on(day('2027-04-09'))).toBe('Easter holiday');
    expect(on(day('2027-03-26'))).toBe('Good Friday');
    expect(on(day('2027-04-10'))).toBeUndefined();
    expect(holidayLookup([])(day('2027-03-26'))).toBeUndefined();
  });
});
