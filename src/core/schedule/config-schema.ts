import { z } from 'zod';

const numberOrText = z.union([z.number(), z.string()]);

/** The `schedule` section of the config file; every key optional, each also a command-line option. */
export const scheduleConfigSchema = z.strictObject({
  start: z.string().optional(),
  every: z.string().optional(),
  count: numberOrText.optional(),
  until: z.string().optional(),
  duration: numberOrText.optional(),
  bands: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
  maxPerWeek: numberOrText.optional(),
  holidays: z.union([z.string(), z.array(z.string())]).optional(),
  bankHolidays: z.boolean().optional(),
  tz: z.string().optional(),
  today: z.string().optional(),
  defaultSlot: z.string().optional(),
  icsDomain: z.string().optional(),
  calendarName: z.string().optional(),
});

/** Schedule options as the config file and the command line give them (command line winning). */
export type ScheduleConfig = z.infer<typeof scheduleConfigSchema>;
