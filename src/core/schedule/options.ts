import { UsageError } from '../../errors.js';
import { BANDS } from '../types.js';
import { formatClock, parseClock, parseIsoDate } from './dates.js';
import { isSlot } from './slots.js';
import type { Band, BandTimes, Cadence } from './types.js';
import { isKnownTimeZone } from './zones.js';

/** Band start times when none are given: 07:45, 12:30, 16:00, 19:00. */
export const DEFAULT_BAND_TIMES: Readonly<BandTimes> = {
  morning: 7 * 60 + 45,
  lunch: 12 * 60 + 30,
  'after-school': 16 * 60,
  evening: 19 * 60,
};

const MAX_WEEKS = 12;

/** `--every`: `1w` … `12w` (also `weekly`, `fortnightly`) or `month`. */
export function parseEvery(text: string): Cadence {
  const t = text.trim().toLowerCase();
  if (t === 'month' || t === 'monthly') return { unit: 'month' };
  if (t === 'weekly') return { unit: 'week', weeks: 1 };
  if (t === 'fortnightly') return { unit: 'week', weeks: 2 };
  const m = /^(\d+)\s*w(?:eeks?)?$/.exec(t);
  const weeks = m ? Number(m[1]) : 0;
  if (weeks >= 1 && weeks <= MAX_WEEKS) return { unit: 'week', weeks };
  throw new UsageError(
    `--every expects a number of weeks like 1w, 2w, 3w or 4w (at most ${MAX_WEEKS}w), or month; found "${text}".`,
  );
}

/** `--duration`: `45m`, `1h`, `1h30m` or a bare number of minutes, from 5 minutes to 8 hours. */
export function parseDuration(text: string | number): number {
  const t = String(text).trim().toLowerCase();
  const m = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:m|min|mins|minutes)?)?$/.exec(t);
  const minutes = m && t !== '' ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : NaN;
  if (minutes >= 5 && minutes <= 480) return minutes;
  throw new UsageError(`--duration expects a length like 45m, 1h or 1h30m (5 minutes to 8 hours); found "${text}".`);
}

/** `--bands morning=07:45,lunch=12:30` (or the same as a config object) over the default times. */
export function parseBands(value: string | Record<string, string>): BandTimes {
  const entries =
    typeof value === 'string'
      ? value
          .split(',')
          .filter((item) => item.trim() !== '')
          .map((item) => {
            const [name = '', time] = item.split('=');
            if (time === undefined) throw bandsError(`"${item.trim()}" has no "=" and time`);
            return [name, time] as const;
          })
      : Object.entries(value);
  const bands: BandTimes = { ...DEFAULT_BAND_TIMES };
  for (const [rawName, rawTime] of entries) {
    const name = rawName.trim().toLowerCase().replace(/[\s_]+/g, '-');
    if (!(BANDS as readonly string[]).includes(name)) throw bandsError(`"${rawName.trim()}" is not a band`);
    const minutes = parseClock(rawTime);
    if (minutes === undefined) throw bandsError(`"${rawTime.trim()}" for ${name} is not a time like 16:00`);
    bands[name as Band] = minutes;
  }
  return bands;
}

function bandsError(found: string): UsageError {
  const defaults = BANDS.map((b) => `${b}=${formatClock(DEFAULT_BAND_TIMES[b])}`).join(',');
  return new UsageError(`--bands expects band=HH:MM pairs like ${defaults}; ${found}.`);
}

/** A date option (`--start`, `--until`, `--today`) as an ISO date; its day number. */
export function parseDateOption(text: string, option: string): number {
  const day = parseIsoDate(text);
  if (day === undefined) throw new UsageError(`${option} expects a date like 2027-01-04; found "${text}".`);
  return day;
}

/** A whole-number option within bounds (`--count`, `--max-per-week`). */
export function parseWholeNumber(value: string | number, option: string, min: number, max: number): number {
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  throw new UsageError(`${option} expects a whole number from ${min} to ${max}; found "${value}".`);
}

/** `--tz`: an IANA zone name such as Europe/London. */
export function parseTimeZone(text: string): string {
  const tz = text.trim();
  if (tz && isKnownTimeZone(tz)) return tz;
  throw new UsageError(`--tz expects a time-zone name like Europe/London; found "${text}".`);
}

/** A single weekly slot option (`defaultSlot: wed-after-school`). */
export function parseSlotOption(text: string, option: string): string {
  const slot = text.trim().toLowerCase();
  if (isSlot(slot)) return slot;
  throw new UsageError(`${option} expects a weekly slot like wed-after-school or mon-evening; found "${text}".`);
}
