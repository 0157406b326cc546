/** A cell of a report sheet; '' for unknown. */
export type SheetCell = string | number;

/** A report sheet as built: rows as arrays in column order, turned into the writer's records at the end. */
export interface ReportSheet {
  name: string;
  columns: string[];
  rows: SheetCell[][];
}
