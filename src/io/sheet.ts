import { neutralise } from './neutralise.js';
import { plainNumber } from './number-text.js';

/** One cell of an output table; lists (sets such as subjects) become `a; b` in CSV and xlsx. */
export type Cell = string | number | boolean | null | readonly string[];

/** One row of an output table: column name → cell. */
export type SheetRow = Record<string, Cell>;

/** A sheet's rows, read by position: an array, or rows made one at a time as they are written (see `mappedRows`). */
export interface SheetRows {
  readonly length: number;
  at(index: number): SheetRow | undefined;
}

/**
 * One output table: a sheet of an xlsx, or the whole of a CSV/TSV, or one array of records in JSON. Its rows are an
 * array unless said otherwise; writers take any `SheetRows` (see `OutputSheet`).
 */
export interface Sheet<Rows extends SheetRows = SheetRow[]> {
  name: string;
  columns: string[];
  rows: Rows;
}

/** A sheet as the writers take it: its rows an array or made as they are read. */
export type OutputSheet = Sheet<SheetRows>;

/**
 * Rows made from `items` each time one is read: a writer reads each once, so a big sheet's rows (100,000 roster rows
 * of 17 cells) die young instead of all being made, and kept, before the first is written.
 */
export function mappedRows<T>(items: readonly T[], toRow: (item: T) => SheetRow): SheetRows {
  return {
    length: items.length,
    at: (index) => {
      const item = items[index < 0 ? items.length + index : index];
      return item === undefined ? undefined : toRow(item);
    },
  };
}

/** Every row of a sheet, in order. */
export function* rowsOf(sheet: OutputSheet): Generator<SheetRow> {
  for (let i = 0; i < sheet.rows.length; i++) yield sheet.rows.at(i) ?? {};
}

/** Told, as a sheet's text goes out, how many of its rows have gone. */
export type RowsWritten = (rows: number) => void;

/** Rows a sheet writer makes between two reports to its RowsWritten. */
export const ROWS_PER_REPORT = 1000;

/** Told, as tables are written, how many of all their rows have gone (for a progress bar). */
export type TableProgress = (done: number, total: number) => void;

/** How lists are joined in CSV and xlsx cells (the importer splits on `;`). */
export const LIST_SEPARATOR = '; ';

/** A cell as the text a CSV or an xlsx string cell holds, not yet neutralised. Booleans are `true`/`false`. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (Array.isArray(cell)) return cell.join(LIST_SEPARATOR);
  if (typeof cell === 'number') return plainNumber(cell);
  return String(cell);
}

/** Lists whose text is remembered; lists of their own (one row's) would only fill the table. */
const MAX_REMEMBERED_LISTS = 10_000;

/**
 * `cellText` for lists, remembered by list: a person's sets are shared by everyone who gave the same answer, so a
 * writer joins each of them once rather than once a row (one table per sheet written).
 */
export function listTexts(): (list: readonly string[]) => string {
  const texts = new Map<readonly string[], string>();
  return (list) => {
    let text = texts.get(list);
    if (text !== undefined) return text;
    text = list.join(LIST_SEPARATOR);
    if (texts.size < MAX_REMEMBERED_LISTS) texts.set(list, text);
    return text;
  };
}

/** A cell as safe CSV text: text neutralised against formulas, numbers written as plain (unquoted) numbers. */
export function safeCellText(cell: Cell | undefined): string {
  return typeof cell === 'number' ? plainNumber(cell) : neutralise(cellText(cell));
}
