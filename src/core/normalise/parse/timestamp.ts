/** Which part of a slash date comes first. */
export type DateOrder = 'dmy' | 'mdy';

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const TIME = String.raw`(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?m\.?)?)?`;
const ZONE = String.raw`(?:\s*(GMT|UTC|Z)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?`;
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}${ZONE}$`, 'i');
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${TIME}${ZONE}$`, 'i');
const SLASH_PARTS = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}/;

/**
 * The order of a file's slash dates from its values: a first part over 12 means day-first, a
 * second part over 12 month-first; when every date is ambiguous, day-first (a UK tool).
 */
export function detectDateOrder(values: readonly string[]): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const parts = SLASH_PARTS.exec(value.trim());
    if (!parts) continue;
    if (Number(parts[1]) > 12) dayFirst = true;
    if (Number(parts[2]) > 12) monthFirst = true;
  }
  return monthFirst && !dayFirst ? 'mdy' : 'dmy';
}

/**
 * A submission time as ISO 8601, or undefined when the text is not one. ISO text passes through;
 * Excel serial numbers, Sheets' `23/11/2026 14:03:12` and the Forms download's
 * `2026/10/02 9:16:31 AM GMT+1` are converted, keeping an offset only when the text had one.
 */
export function parseTimestamp(text: string, order: DateOrder): string | undefined {
  const value = text.trim();
  if (ISO.test(value)) return value.replace(' ', 'T');
  if (SERIAL.test(value)) return fromExcelSerial(Number(value));
  const yearLast = YEAR_LAST.exec(value);
  if (yearLast) {
    const [first, second, year] = [yearLast[1], yearLast[2], yearLast[3]].map(Number) as [number, number, number];
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    return compose(year, month, day, yearLast.slice(4));
  }
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) {
    return compose(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), yearFirst.slice(4));
  }
  return undefined;
}

/** Days since 1899-12-30 (Excel's 1900 date system, as Microsoft Forms writes) as a local time. */
function fromExcelSerial(serial: number): string | undefined {
  if (serial < 20000 || serial > 80000) return undefined;
  const date = new Date(Math.round((serial - 25569) * 86400) * 1000);
  return date.toISOString().slice(0, 19);
}

/** `yyyy-mm-ddThh:mm:ss[±hh:mm]` from parts, or undefined when a part is out of range. */
function compose(year: number, month: number, day: number, rest: (string | undefined)[]): string | undefined {
  const [hourText, minuteText, secondText, meridiem, zone, sign, offsetHours, offsetMinutes] = rest;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hourText === undefined) return date;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? '0');
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const time = `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (zone === undefined) return time;
  if (sign === undefined) return `${time}+00:00`;
  return `${time}${sign}${pad(Number(offsetHours))}:${offsetMinutes ?? '00'}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
