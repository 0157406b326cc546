import { UsageError } from '../../errors.js';
import { isoDate, mondayOf } from './dates.js';
import { MAX_MEETINGS, meetingsUntil } from './cadence.js';
import {
  parseBands,
  parseDateOption,
  parseDuration,
  parseEvery,
  parseSlotOption,
  parseTimeZone,
  parseWholeNumber,
  DEFAULT_BAND_TIMES,
} from './options.js';
import type { ScheduleConfig } from './config-schema.js';
import type { ScheduleSettings } from './types.js';
import { localDateIn } from './zones.js';

const DEFAULT_TZ = 'Europe/London';

/**
 * Validates and completes schedule options; `now` is only used for today's date when `today` is
 * not given. Throws UsageError naming the option, what it expects and what it found.
 */
export function resolveScheduleSettings(config: ScheduleConfig, now: Date): ScheduleSettings {
  const tz = parseTimeZone(config.tz ?? DEFAULT_TZ);
  const today = config.today === undefined ? localDateIn(now, tz) : isoDate(parseDateOption(config.today, '--today'));
  const todayDay = parseDateOption(today, '--today');
  const start = config.start === undefined ? mondayOf(todayDay) + 7 : parseDateOption(config.start, '--start');
  const every = parseEvery(config.every ?? '2w');
  const until = config.until === undefined ? null : parseDateOption(config.until, '--until');
  if (until !== null && until < start) {
    throw new UsageError(`--until (${config.until}) is before the start date ${isoDate(start)}; give a later date.`);
  }
  const count =
    config.count !== undefined
      ? parseWholeNumber(config.count, '--count', 1, MAX_MEETINGS)
      : until !== null
        ? meetingsUntil(start, every, until)
        : 6;
  const durationMinutes = config.duration === undefined ? 45 : parseDuration(config.duration);
  const bands = config.bands === undefined ? { ...DEFAULT_BAND_TIMES } : parseBands(config.bands);
  for (const [band, minutes] of Object.entries(bands)) {
    if (minutes + durationMinutes > 24 * 60) {
      throw new UsageError(`a ${durationMinutes}-minute meeting in the ${band} band would end after midnight; set an earlier time with --bands or a shorter --duration.`);
    }
  }
  const holidayFiles = config.holidays === undefined ? [] : [config.holidays].flat();
  return {
    start: isoDate(start),
    every,
    count,
    until: until === null ? null : isoDate(until),
    durationMinutes,
    bands,
    maxPerWeek: config.maxPerWeek === undefined ? 2 : parseWholeNumber(config.maxPerWeek, '--max-per-week', 1, 50),
    bankHolidays: config.bankHolidays ?? true,
    tz,
    today,
    defaultSlot: parseSlotOption(config.defaultSlot ?? 'wed-after-school', 'defaultSlot'),
    holidayFiles,
    icsDomain: config.icsDomain?.trim() || 'edumentor',
    calendarName: config.calendarName?.trim() || 'Mentoring meetings',
  };
}
