import { describe, expect, it } from 'vitest';
import { resolveScheduleSettings } from '../../../src/core/schedule/settings.js';
import { UsageError } from '../../../src/errors.js';

describe('resolveScheduleSettings', () => {
  it('fills in the defaults, starting the Monday after today', () => {
    const s = resolveScheduleSettings({ today: '2027-01-15' }, new Date(0));
    expect(s).toMatchObject({
      start: '2027-01-18',
      every: { unit: 'week', weeks: 2 },
      count: 6,
      until: null,
      durationMinutes: 45,
      maxPerWeek: 2,
      bankHolidays: true,
      tz: 'Europe/London',
      defaultSlot: 'wed-after-school',
      icsDomain: 'edumentor',
    });
    expect(resolveScheduleSettings({ today: '2027-01-18' }, new Date(0)).start).toBe('2027-01-25');
  });

  it('takes today from the clock in the scheme time zone', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    const now = new Date('2027-06-30T23:30:00Z');
    expect(resolveScheduleSettings({}, now).today).toBe('2027-07-01');
    expect(resolveScheduleSettings({ tz: 'UTC' }, now).today).toBe('2027-06-30');
  });

  it('counts meetings up to --until when no count is given', () => {
    const s = resolveScheduleSettings({ today: '2027-01-01', start: '2027-01-04', until: '2027-02-28' }, new Date(0));
    expect(s.count).toBe(4);
    expect(s.until).toBe('2027-02-28');
  });

  it('refuses inconsistent options with a usage error', () => {
    expect(() => resolveScheduleSettings({ today: '2027-01-01', start: '2027-03-01', until: '2027-02-01' }, new Date(0))).toThrow(
      /--until \(2027-02-01\) is before the start date 2027-03-01/,
    );
    expect(() => resolveScheduleSettings({ bands: 'evening=23:30' }, new Date(0))).toThrow(/end after midnight/);
    expect(() => resolveScheduleSettings({ defaultSlot: 'wednesday' }, new Date(0))).toThrow(UsageError);
  });
});
