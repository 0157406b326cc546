import { dirname, resolve } from 'node:path';
import { isoDate, mondayOf, parseIsoDate } from '../core/schedule/dates.js';
import type { RotaRow, ScheduleConfig } from '../core/schedule/index.js';

/** The schedule options as the command line gives them (all text, validated by the core). */
export interface ScheduleOptionValues {
  start?: string;
  every?: string;
  count?: string;
  until?: string;
  duration?: string;
  bands?: string;
  maxPerWeek?: string;
  holidays?: string[];
  bankHolidays?: boolean;
  tz?: string;
  today?: string;
}

const KEYS = ['start', 'every', 'count', 'until', 'duration', 'bands', 'maxPerWeek', 'bankHolidays', 'tz', 'today'] as const;

/**
 * The config file's `schedule` section with the command line on top. Holiday files named in the config
 * are relative to the config file (so a scheme folder can be run from anywhere); those on the command line
 * replace them. Without a start date anywhere, a re-run starts on the Monday of the previous rota's first
 * meeting, so the pairs already planned keep their weeks.
 */
export function scheduleConfigOf(
  section: ScheduleConfig | undefined,
  configFile: string | undefined,
  cli: ScheduleOptionValues,
  previous: readonly RotaRow[] = [],
): ScheduleConfig {
  const merged: ScheduleConfig = { ...section };
  if (section?.holidays !== undefined) {
    const base = configFile ? dirname(configFile) : '.';
    merged.holidays = [section.holidays].flat().map((file) => resolve(base, file));
  }
  for (const key of KEYS) {
    if (cli[key] !== undefined) Object.assign(merged, { [key]: cli[key] });
  }
  if (cli.holidays !== undefined && cli.holidays.length > 0) merged.holidays = cli.holidays;
  if (merged.start === undefined) {
    const first = firstMeetingMonday(previous);
    if (first !== undefined) merged.start = first;
  }
  return merged;
}

/** The Monday of the week of a rota's earliest meeting, or undefined for an empty rota. */
export function firstMeetingMonday(meetings: readonly RotaRow[]): string | undefined {
  // A loop, not Math.min(...days): a national scheme's rota has more meetings than a call can take arguments.
  let first: number | undefined;
  for (const meeting of meetings) {
    const day = parseIsoDate(meeting.date);
    if (day !== undefined && (first === undefined || day < first)) first = day;
  }
  return first === undefined ? undefined : isoDate(mondayOf(first));
}
