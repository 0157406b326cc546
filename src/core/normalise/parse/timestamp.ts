/** Which part of a slash date comes first. */
export type DateOrder = 'dmy' | 'mdy';

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
const TIME = String.raw`(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?m\.?)?)?`;
const ZONE = String.raw`(?:\s*(GMT|UTC|Z)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?`;
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}${ZONE}$`, 'i');
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${TIME}${ZONE}$`, 'i');
/** Google Sheets' own shape, the commonest by far: read by `sheetsTime` without the general patterns. */
const SHEETS_TIME = /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/;

/**
 * The order of a file's slash dates, from its values gathered one at a time (a file's dates as it is read): a first
 * part over 12 means day-first, a second part over 12 month-first; when every date is ambiguous, day-first (a UK tool).
 */
export class DateOrderEvidence {
  private slashDates = false;
  private dayFirst = false;
  private monthFirst = false;

  /** Takes one value (a text that is no slash date says nothing). */
  add(value: string): void {
    const parts = slashParts(value.trim());
    if (parts === undefined) return;
    this.slashDates = true;
    if (parts.first > 12) this.dayFirst = true;
    if (parts.second > 12) this.monthFirst = true;
  }

  /** Whether slash dates were taken and none shows its order (a part over 12): so far `order` is only the default. */
  get undecided(): boolean {
    return this.slashDates && !this.dayFirst && !this.monthFirst;
  }

  /** Whether `order` is day first whatever values come next: once one shows day first, dates are read day first. */
  get settled(): boolean {
    return this.dayFirst;
  }

  /** The order of the values taken so far. */
  order(): DateOrder {
    return this.monthFirst && !this.dayFirst ? 'mdy' : 'dmy';
  }
}

/** The first two parts of a text that starts with a date `d/m/yyyy` (or `.`, `-` between the parts), or undefined. */
function slashParts(value: string): { first: number; second: number } | undefined {
  const first = leadingNumber(value, 0);
  if (first === undefined || !isDateSeparator(value.charCodeAt(first.end))) return undefined;
  const second = leadingNumber(value, first.end + 1);
  if (second === undefined || !isDateSeparator(value.charCodeAt(second.end))) return undefined;
  for (let i = second.end + 1; i < second.end + 5; i++) if (!isDigit(value.charCodeAt(i))) return undefined;
  return { first: first.value, second: second.value };
}

/** One or two digits at `at`: their value and where they end. */
function leadingNumber(value: string, at: number): { value: number; end: number } | undefined {
  if (!isDigit(value.charCodeAt(at))) return undefined;
  const one = value.charCodeAt(at) - 48;
  return isDigit(value.charCodeAt(at + 1))
    ? { value: one * 10 + value.charCodeAt(at + 1) - 48, end: at + 2 }
    : { value: one, end: at + 1 };
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isDateSeparator = (code: number): boolean => code === 0x2f || code === 0x2e || code === 0x2d;

/**
 * A submission time as ISO 8601, or undefined when the text is not one. ISO text passes through;
 * Excel serial numbers, Sheets' `23/11/2026 14:03:12` and the Forms download's
 * `2026/10/02 9:16:31 AM GMT+1` are converted, keeping an offset only when the text had one.
 */
export function parseTimestamp(text: string, order: DateOrder): string | undefined {
  const value = text.trim();
  if (SHEETS_TIME.test(value)) return sheetsTime(value, order);
  if (ISO.test(value)) return value.replace(' ', 'T');
  if (SERIAL.test(value)) return fromExcelSerial(Number(value));
  const yearLast = YEAR_LAST.exec(value);
  if (yearLast) {
    const first = Number(yearLast[1]);
    const second = Number(yearLast[2]);
    return order === 'dmy'
      ? compose(Number(yearLast[3]), second, first, yearLast)
      : compose(Number(yearLast[3]), first, second, yearLast);
  }
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) return compose(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), yearFirst);
  return undefined;
}

/**
 * `dd/mm/yyyy hh:mm:ss` (SHEETS_TIME), most forms' timestamps, read by character: the same result as
 * YEAR_LAST and `compose` give, without their matches and intermediate strings.
 */
function sheetsTime(value: string, order: DateOrder): string | undefined {
  const year = twoDigits(value, 6) * 100 + twoDigits(value, 8);
  const day = twoDigits(value, order === 'dmy' ? 0 : 3);
  const month = twoDigits(value, order === 'dmy' ? 3 : 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (twoDigits(value, 11) > 23 || twoDigits(value, 14) > 59 || twoDigits(value, 17) > 59) return undefined;
  // Joined rather than added up: a sum is a tree of cons strings that every person would keep (5 MB at 100,000 rows).
  return [year, '-', pad(month), '-', pad(day), 'T', value.slice(11)].join('');
}

function twoDigits(value: string, at: number): number {
  return (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;
}

/** Days since 1899-12-30 (Excel's 1900 date system, as Microsoft Forms writes) as a local time. */
function fromExcelSerial(serial: number): string | undefined {
  if (serial < 20000 || serial > 80000) return undefined;
  const date = new Date(Math.round((serial - 25569) * 86400) * 1000);
  return date.toISOString().slice(0, 19);
}

/** `yyyy-mm-ddThh:mm:ss[±hh:mm]` from parts, or undefined when a part is out of range. */
function compose(year: number, month: number, day: number, match: RegExpExecArray): string | undefined {
  // Groups 4–11 of YEAR_LAST and YEAR_FIRST: TIME's, then ZONE's.
  const hourText = match[4];
  const minuteText = match[5];
  const secondText = match[6];
  const meridiem = match[7];
  const zone = match[8];
  const sign = match[9];
  const offsetHours = match[10];
  const offsetMinutes = match[11];
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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month, as Date.UTC counts them (which reads years 0–99 as 1900–1999). */
function daysInMonth(year: number, month: number): number {
  const y = year >= 0 && year <= 99 ? year + 1900 : year;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function pad(n: number): string {
  return n < 10 && n >= 0 ? `0${n}` : String(n);
}
