/**
 * Calendar dates as day numbers (whole days since 1970-01-01) and times as minutes after midnight.
 * All arithmetic is in UTC, so the machine's own time zone never changes a result.
 */

import { eachOnce } from '../each-once.js';

const MS_PER_DAY = 86_400_000;

/** Monday-first English day names, indexed like `weekdayOf`. */
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The day number of a calendar date, or undefined when the date does not exist (31 February). */
export function dayFromParts(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime() / MS_PER_DAY;
}

/** Year, month (1–12) and day of the month of a day number. */
export function partsOfDay(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** `2027-01-18` → its day number; undefined for anything else. */
export function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * A date cell as spreadsheets give it back: ISO (`2027-01-18`), an xlsx date as ISO date-time
 * (`2027-01-18T00:00:00.000Z`), or day-first `18/01/2027` (what Excel writes in a UK locale).
 */
export function parseSheetDate(text: string): number | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(t);
  if (iso) return dayFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  return dmy ? dayFromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : undefined;
}

/** Day number → `2027-01-18`; each day's text is made once (a rota names a few hundred days many times over). */
export const isoDate: (day: number) => string = eachOnce((day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10));

/** 0 for Monday … 6 for Sunday. */
export function weekdayOf(day: number): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday on or before a day. */
export function mondayOf(day: number): number {
  return day - weekdayOf(day);
}

/** The nth (1-based) given weekday of a month; n = -1 for the last; a missing 5th gives the last. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): number {
  const first = dayFromParts(year, month, 1) as number;
  const next = month === 12 ? (dayFromParts(year + 1, 1, 1) as number) : (dayFromParts(year, month + 1, 1) as number);
  const last = next - 1 - ((weekdayOf(next - 1) - weekday + 7) % 7);
  if (n < 0) return last;
  return Math.min(first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1), last);
}

/** The Monday of ISO week 1 of a year (the week holding 4 January). */
function isoYearStart(year: number): number {
  return mondayOf(dayFromParts(year, 1, 4) as number);
}

/** ISO 8601 week-numbering year and week of a day (`2027-01-18` → 2027, 3). */
export function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = mondayOf(day) + 3;
  const { year } = partsOfDay(thursday);
  return { year, week: (mondayOf(day) - isoYearStart(year)) / 7 + 1 };
}

/** The Monday of an ISO week, or undefined when the year has no such week (W53 of a 52-week year). */
export function isoWeekMonday(year: number, week: number): number | undefined {
  if (year < 1000 || year > 9999 || !Number.isInteger(week) || week < 1) return undefined;
  const weeksInYear = (isoYearStart(year + 1) - isoYearStart(year)) / 7;
  return week <= weeksInYear ? isoYearStart(year) + (week - 1) * 7 : undefined;
}

/** `16:00` or `7.45` → minutes after midnight; undefined for anything else. */
export function parseClock(text: string): number | undefined {
  const t = text.trim();
  const fromSheet = /T(\d{2}):(\d{2})/.exec(t); // an xlsx time cell read back as an ISO date-time
  const m = fromSheet ?? /^(\d{1,2})[:.](\d{2})(?::00)?$/.exec(t);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** Minutes after midnight → `07:45`. */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
