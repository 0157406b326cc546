import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/core/schedule/dates.js';
import { instantOf, isKnownTimeZone, localDateIn, vtimezoneLines } from '../../../src/core/schedule/zones.js';

const day = (text: string): number => parseIsoDate(text) as number;

describe('time zones', () => {
  it('turn local wall-clock times into instants on both sides of the clock changes', () => {
    expect(instantOf(day('2027-01-05'), 16 * 60, 'Europe/London').toISOString()).toBe('2027-01-05T16:00:00.000Z');
    expect(instantOf(day('2027-06-08'), 16 * 60, 'Europe/London').toISOString()).toBe('2027-06-08T15:00:00.000Z');
    expect(instantOf(day('2027-03-28'), 12 * 60, 'Europe/London').toISOString()).toBe('2027-03-28T11:00:00.000Z');
    expect(instantOf(day('2027-01-05'), 9 * 60, 'America/New_York').toISOString()).toBe('2027-01-05T14:00:00.000Z');
  });

  it('give the local date of an instant', () => {
    expect(localDateIn(new Date('2027-01-15T23:30:00Z'), 'Europe/London')).toBe('2027-01-15');
    expect(localDateIn(new Date('2027-01-15T23:30:00Z'), 'Asia/Tokyo')).toBe('2027-01-16');
  });

  it('know Europe/London as a VTIMEZONE and check zone names', () => {
    expect(vtimezoneLines('Europe/London')).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(vtimezoneLines('Europe/Paris')).toBeUndefined();
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Europe/Atlantis')).toBe(false);
  });
});
