import { dayFromParts, isoDate, nthWeekdayOfMonth, weekdayOf } from './dates.js';
import type { Holiday } from './types.js';

const MONDAY = 0;
const FRIDAY = 4;
const SUBSTITUTE = ' (substitute day)';

/** Regular bank holidays that were moved by proclamation: year → the day instead. */
const MOVED: Record<string, { date: string; name: string }> = {
  '1995 Early May bank holiday': { date: '1995-05-08', name: 'Early May bank holiday (VE day)' },
  '2020 Early May bank holiday': { date: '2020-05-08', name: 'Early May bank holiday (VE day)' },
  '2002 Spring bank holiday': { date: '2002-06-04', name: 'Spring bank holiday' },
  '2012 Spring bank holiday': { date: '2012-06-04', name: 'Spring bank holiday' },
  '2022 Spring bank holiday': { date: '2022-06-02', name: 'Spring bank holiday' },
};

/** Bank holidays that happened once. */
const ONE_OFF: readonly { date: string; name: string }[] = [
  { date: '1999-12-31', name: 'Millennium celebrations' },
  { date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
  { date: '2011-04-29', name: 'Royal wedding' },
  { date: '2012-06-05', name: 'Diamond Jubilee bank holiday' },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
];

/** Easter Sunday of a year (Gregorian computus, the "anonymous" algorithm). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day) as number;
}

/**
 * New Year's Day, Christmas Day and Boxing Day: one on a weekend moves to the next weekday that is
 * not already a bank holiday (so Christmas on a Sunday gives Tuesday 27th, Boxing Day keeping Monday).
 */
function fixedDays(year: number): Holiday[] {
  const fixed = [
    { day: dayFromParts(year, 1, 1) as number, name: 'New Year’s Day' },
    { day: dayFromParts(year, 12, 25) as number, name: 'Christmas Day' },
    { day: dayFromParts(year, 12, 26) as number, name: 'Boxing Day' },
  ];
  const isWeekend = (day: number): boolean => weekdayOf(day) > FRIDAY;
  const taken = new Set(fixed.filter((f) => !isWeekend(f.day)).map((f) => f.day));
  return fixed.map(({ day, name }) => {
    if (!isWeekend(day)) return { start: isoDate(day), end: isoDate(day), name };
    let substitute = day + 1;
    while (isWeekend(substitute) || taken.has(substitute)) substitute += 1;
    taken.add(substitute);
    return { start: isoDate(substitute), end: isoDate(substitute), name: name + SUBSTITUTE };
  });
}

/** The bank holidays of one year in England and Wales, by rule plus the one-off changes. */
function bankHolidaysOf(year: number): Holiday[] {
  const easter = easterSunday(year);
  const ruled = [
    { day: easter - 2, name: 'Good Friday' },
    { day: easter + 1, name: 'Easter Monday' },
    { day: nthWeekdayOfMonth(year, 5, MONDAY, 1), name: 'Early May bank holiday' },
    { day: nthWeekdayOfMonth(year, 5, MONDAY, -1), name: 'Spring bank holiday' },
    { day: nthWeekdayOfMonth(year, 8, MONDAY, -1), name: 'Summer bank holiday' },
  ].map(({ day, name }) => {
    const moved = MOVED[`${year} ${name}`];
    return moved ? { start: moved.date, end: moved.date, name: moved.name } : { start: isoDate(day), end: isoDate(day), name };
  });
  const oneOff = ONE_OFF.filter((h) => h.date.startsWith(`${year}-`)).map((h) => ({ start: h.date, end: h.date, name: h.name }));
  return [...fixedDays(year), ...ruled, ...oneOff];
}

/** England and Wales bank holidays from `fromYear` to `toYear`, both included, in date order. */
export function englandAndWalesBankHolidays(fromYear: number, toYear: number): Holiday[] {
  const all: Holiday[] = [];
  for (let year = fromYear; year <= toYear; year += 1) all.push(...bankHolidaysOf(year));
  return all.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
