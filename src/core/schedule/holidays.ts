import type { Table } from '../types.js';
import { englandAndWalesBankHolidays } from './bank-holidays.js';
import { isoDate, parseIsoDate, parseSheetDate } from './dates.js';
import { SheetColumns } from './sheet-columns.js';
import type { Holiday, RowProblem } from './types.js';

/** Holidays read from a file, with the rows that could not be used. */
export interface HolidayFile {
  holidays: Holiday[];
  problems: RowProblem[];
}

/** Reads a CSV/XLSX table of ranges `start,end,name` (inclusive; an empty end means one day). */
export function holidaysFromTable(table: Table): HolidayFile {
  const columns = new SheetColumns(table);
  const start = columns.find('start', 'start date', 'from', 'date') ?? 'start';
  columns.require([start], 'A holiday file');
  const end = columns.find('end', 'end date', 'to') ?? 'end';
  const name = columns.find('name', 'holiday', 'title', 'description') ?? 'name';
  const holidays: Holiday[] = [];
  const problems: RowProblem[] = [];
  for (const row of table.rows) {
    const problem = (column: string, message: string): void => {
      problems.push({ file: table.file, sheet: table.sheet, row: row.line, column, message });
    };
    const first = parseSheetDate(columns.cell(row, start));
    const endText = columns.cell(row, end);
    const last = endText === '' ? first : parseSheetDate(endText);
    if (first === undefined) problem(start, `expected a date like 2027-02-15; found "${columns.cell(row, start)}"`);
    else if (last === undefined) problem(end, `expected a date like 2027-02-19 (or nothing for one day); found "${endText}"`);
    else if (last < first) problem(end, `the end ${isoDate(last)} is before the start ${isoDate(first)}; swap them`);
    else holidays.push({ start: isoDate(first), end: isoDate(last), name: columns.cell(row, name) || 'Holiday' });
  }
  return { holidays, problems };
}

/** Day number → holiday name; where ranges overlap the earlier-listed holiday names the day. */
export type HolidayLookup = (day: number) => string | undefined;

/** A lookup over holiday ranges, plus England and Wales bank holidays for the given years. */
export function holidayLookup(holidays: readonly Holiday[], bankHolidayYears?: { from: number; to: number }): HolidayLookup {
  const all = bankHolidayYears
    ? [...holidays, ...englandAndWalesBankHolidays(bankHolidayYears.from, bankHolidayYears.to)]
    : holidays;
  const names = new Map<number, string>();
  for (const holiday of all) {
    const first = parseIsoDate(holiday.start);
    const last = parseIsoDate(holiday.end);
    if (first === undefined || last === undefined) continue;
    for (let day = first; day <= last; day += 1) if (!names.has(day)) names.set(day, holiday.name);
  }
  return (day) => names.get(day);
}
