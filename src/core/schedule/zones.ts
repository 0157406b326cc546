import { dayFromParts } from './dates.js';

/**
 * Time-zone helpers built on Intl with an explicit zone: the machine's own zone is never used.
 */

const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
] as const;

const VTIMEZONES: Record<string, readonly string[]> = { 'Europe/London': LONDON_VTIMEZONE };

/** The VTIMEZONE lines edumentor knows for a zone, or undefined (times are then written in UTC). */
export function vtimezoneLines(tz: string): readonly string[] | undefined {
  return VTIMEZONES[tz];
}

/** Whether Intl knows the IANA zone name. */
export function isKnownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock parts of an instant in a zone. */
function wallClock(instant: Date, tz: string): { year: number; month: number; day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day'), minutes: get('hour') * 60 + get('minute') };
}

/** The calendar date (ISO) of an instant in a zone: how the command turns "now" into `today`. */
export function localDateIn(instant: Date, tz: string): string {
  const { year, month, day } = wallClock(instant, tz);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The instant at which a zone's clocks show `day` (a day number) at `minutes` after midnight. */
export function instantOf(day: number, minutes: number, tz: string): Date {
  const wanted = day * 86_400_000 + minutes * 60_000;
  const offsetAt = (ms: number): number => {
    const w = wallClock(new Date(ms), tz);
    return ((dayFromParts(w.year, w.month, w.day) as number) * 1440 + w.minutes) * 60_000 - ms;
  };
  // Two rounds settle the offset on either side of a clock change.
  const guess = wanted - offsetAt(wanted);
  return new Date(wanted - offsetAt(guess));
}
