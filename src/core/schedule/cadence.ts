import { mondayOf, nthWeekdayOfMonth, partsOfDay, weekdayOf } from './dates.js';
import type { Cadence } from './types.js';

/** More meetings than this per pair is surely a typo in `--until`. */
export const MAX_MEETINGS = 200;

/**
 * The Monday of the week meeting `index` (0-based) belongs in: start + index × interval.
 * Monthly meetings keep the start's week of the month: a start on the 2nd Monday gives the
 * week of the 2nd Monday of each month (the last one when a month has no 5th).
 */
export function targetWeek(start: number, every: Cadence, index: number): number {
  if (every.unit === 'week') return mondayOf(start) + 7 * every.weeks * index;
  const { year, month, date } = partsOfDay(start);
  const months = month - 1 + index;
  const nth = Math.ceil(date / 7);
  return mondayOf(nthWeekdayOfMonth(year + Math.floor(months / 12), (months % 12) + 1, weekdayOf(start), nth));
}

/** How many meetings fit from `start` to `until`: those whose week begins on or before `until`. */
export function meetingsUntil(start: number, every: Cadence, until: number): number {
  let count = 0;
  while (count < MAX_MEETINGS && Math.max(targetWeek(start, every, count), start) <= until) count += 1;
  return count;
}
