import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, isoWeek, mondayOf, mondaysBetween } from '../../../src/core/report/iso-week.js';

const dates = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('isoDate', () => {
  it('keeps a real date and the date part of a timestamp', () => {
    expect(isoDate('2027-02-15')).toBe('2027-02-15');
    expect(isoDate(' 2027-02-15T09:00:00Z')).toBe('2027-02-15');
  });
  it('reads a day-first date as a rota saved by a UK spreadsheet has it, as schedule --rota does', () => {
    expect(isoDate('15/02/2027')).toBe('2027-02-15');
    expect(isoDate(' 1/3/2027 ')).toBe('2027-03-01');
  });
  it('refuses what is not a real date', () => {
    expect(isoDate('2027-02-29')).toBeNull();
    expect(isoDate('29/02/2027')).toBeNull();
    expect(isoDate('15/02/27')).toBeNull();
    expect(isoDate('')).toBeNull();
  });
});

describe('isoWeek', () => {
  it('numbers weeks the ISO 8601 way across year ends', () => {
    expect(isoWeek('2027-01-11')).toBe('2027-W02');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2026-12-31')).toBe('2026-W53');
  });
  it('gives every day of a week the week of its Monday, and the Monday is at most six days before', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const monday = mondayOf(date);
        const days = (Date.parse(date) - Date.parse(monday)) / 86_400_000;
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThanOrEqual(6);
        expect(isoWeek(date)).toBe(isoWeek(monday));
      }),
      { numRuns: 300 },
    );
  });
});

describe('mondaysBetween', () => {
  it('lists every week from the first date to the last, empty weeks included', () => {
    expect(mondaysBetween('2027-01-13', '2027-02-02')).toEqual(['2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01']);
    expect(mondaysBetween('2027-01-13', '2027-01-13')).toEqual(['2027-01-11']);
  });
});
