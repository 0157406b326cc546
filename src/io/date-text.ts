const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;
/** Extra days of the 1904 date system (old Mac workbooks). */
const DATE_1904_OFFSET_DAYS = 1_462;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A spreadsheet date as ISO 8601 without a zone. `date` holds the wall-clock time in its UTC fields (as
 * exceljs gives it). Rounded to the second, since Excel's day fractions rarely land on whole milliseconds.
 * Midnight gives the date alone (`2026-11-23`); a time with no date (day 0) gives the time alone (`14:03:00`).
 */
export function isoDateText(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  if (Number.isNaN(rounded.getTime())) return '';
  const day = `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const time = `${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:${pad(rounded.getUTCSeconds())}`;
  if (day === '1899-12-30') return time;
  return time === '00:00:00' ? day : `${day}T${time}`;
}

/** An Excel serial day number (what a date cell stores) as a Date whose UTC fields are the wall-clock time. */
export function excelSerialToDate(serial: number, date1904 = false): Date {
  const days = serial + (date1904 ? DATE_1904_OFFSET_DAYS : 0) - EXCEL_EPOCH_OFFSET_DAYS;
  return new Date(Math.round(days * MS_PER_DAY));
}

/**
 * Whether an Excel number format shows a date or time (`m/d/yy "h":mm`, `yyyy-mm-dd`, `[h]:mm`), ignoring
 * quoted text, escaped characters, colours and locale codes such as `[$-409]`.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const stripped = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(stripped);
}
