import { describe, expect, it } from 'vitest';
import { scheduleConfigSchema } from '../../../src/core/schedule/config-schema.js';
import { resolveScheduleSettings } from '../../../src/core/schedule/settings.js';

describe('scheduleConfigSchema', () => {
  it('accepts config-file values and rejects unknown keys', () => {
    const parsed = scheduleConfigSchema.parse({ count: 8, bands: { lunch: '12:15' }, holidays: ['a.csv'], bankHolidays: false });
    expect(resolveScheduleSettings({ ...parsed, today: '2027-01-01' }, new Date(0))).toMatchObject({
      count: 8,
      bankHolidays: false,
      holidayFiles: ['a.csv'],
    });
    expect(scheduleConfigSchema.safeParse({ cout: 8 }).success).toBe(false);
  });
});
