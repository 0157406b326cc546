import { describe, expect, it } from 'vitest';
import { meetingsUntil, targetWeek } from '../../../src/core/schedule/cadence.js';
import { isoDate, parseIsoDate } from '../../../src/core/schedule/dates.js';

const day = (text: string): number => parseIsoDate(text) as number;
const weeks = (start: string, every: Parameters<typeof targetWeek>[1], n: number): string[] =>
  Array.from({ length: n }, (_, k) => isoDate(targetWeek(day(start), every, k)));

describe('targetWeek', () => {
  it('steps whole weeks from the start week', () => {
    expect(weeks('2027-01-06', { unit: 'week', weeks: 2 }, 3)).toEqual(['2027-01-04', '2027-01-18', '2027-02-01']);
  });

  it('keeps the week of the month for monthly meetings', () => {
    // 11 January 2027 is the 2nd Monday: the 2nd Monday of each month follows, across the year end.
    expect(weeks('2027-01-11', { unit: 'month' }, 3)).toEqual(['2027-01-11', '2027-02-08', '2027-03-08']);
    expect(weeks('2027-11-10', { unit: 'month' }, 3)).toEqual(['2027-11-08', '2027-12-06', '2028-01-10']);
    // 29 March 2027 is a 5th Monday; April has four, so its last Monday stands in.
    expect(weeks('2027-03-29', { unit: 'month' }, 2)).toEqual(['2027-03-29', '2027-04-26']);
  });
});

describe('meetingsUntil', () => {
  it('counts the weeks that begin by the end date', () => {
    expect(meetingsUntil(day('2027-01-04'), { unit: 'week', weeks: 2 }, day('2027-01-31'))).toBe(2);
    expect(meetingsUntil(day('2027-01-04'), { unit: 'week', weeks: 2 }, day('2027-02-01'))).toBe(3);
    expect(meetingsUntil(day('2027-01-06'), { unit: 'week', weeks: 1 }, day('2027-01-06'))).toBe(1);
  });
});
