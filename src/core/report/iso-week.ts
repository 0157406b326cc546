import { eachOnce } from '../each-once.js';
import { isoDate as dayText, parseSheetDate } from '../schedule/dates.js';

const DAY_MS = 86_400_000;

/**
 * The date of a rota cell as ISO (`2027-01-12`): an ISO date at its start, or a day-first `12/01/2027` as a rota
 * saved by a UK spreadsheet has it (read as `schedule --rota` reads it); null when it has neither or it is no real date.
 */
export function isoDate(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (!match) {
    const day = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text.trim()) ? parseSheetDate(text) : undefined;
    return day === undefined ? null : dayText(day);
  }
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? match[0] : null;
}

/** The Monday that starts the ISO week of an ISO date. */
export function mondayOf(date: string): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - weekday * DAY_MS).toISOString().slice(0, 10);
}

/** `mondayOf`, working each date out once. */
export function mondayFinder(): (date: string) => string {
  return eachOnce(mondayOf);
}

/** The ISO week (`2027-W02`) of an ISO date: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(date: string): string {
  const thursday = new Date(Date.parse(`${mondayOf(date)}T00:00:00Z`) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Every Monday from the week of `first` to the week of `last`, inclusive. */
export function mondaysBetween(first: string, last: string): string[] {
  const mondays: string[] = [];
  const end = Date.parse(`${mondayOf(last)}T00:00:00Z`);
  for (let time = Date.parse(`${mondayOf(first)}T00:00:00Z`); time <= end; time += 7 * DAY_MS) {
    mondays.push(new Date(time).toISOString().slice(0, 10));
  }
  return mondays;
}
