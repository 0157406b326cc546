import type { SectionKey } from '../core/report/model.js';

/** A cell of a table: numbers stay numbers so sheets and alignment can tell. */
export type ViewCell = string | number;

/** A table the text renderers draw (markdown, terminal, HTML). */
export interface ViewTable {
  caption: string;
  columns: string[];
  rows: ViewCell[][];
  /** The column a text chart draws bars for. */
  barColumn?: number;
  /** A line under the table, e.g. how many rows were left out. */
  note?: string;
}

/** A titled list of sentences (e.g. where to recruit). */
export interface ViewList {
  title: string;
  items: string[];
}

/** One section as text: facts, lists and tables; or a line saying which input would bring it. */
export interface SectionView {
  key: SectionKey;
  title: string;
  missing: string | null;
  facts: string[];
  lists: ViewList[];
  tables: ViewTable[];
}

/** The part of a section view a section builder fills in. */
export type SectionBody = Pick<SectionView, 'facts' | 'lists' | 'tables'>;

/** How many rows a long list shows before it points at the workbook. */
export const LIST_LIMIT = 25;

/** Whether every cell of a column is a number, a percentage or `–`, so it is right-aligned. */
export function isNumericColumn(table: ViewTable, column: number): boolean {
  return table.rows.every((row) => {
    const value = row[column];
    return typeof value === 'number' || value === '–' || (value !== undefined && /^\d+%$/.test(value));
  });
}

/** At most LIST_LIMIT rows, with a note saying how many were left out. */
export function limited(rows: ViewCell[][], what: string): Pick<ViewTable, 'rows' | 'note'> {
  if (rows.length <= LIST_LIMIT) return { rows };
  return { rows: rows.slice(0, LIST_LIMIT), note: `… and ${rows.length - LIST_LIMIT} more ${what} (all of them in the .xlsx or .json report)` };
}
