import type { Table, TableRow } from '../core/types.js';

/**
 * A reader's offer to hand a table's rows on as they are read rather than keep them all: after the first
 * `headRows` data rows, `open` is given the table of those rows (to plan from) and may return a sink for the rest.
 */
export interface RowStream {
  /** Data rows read (and kept) before `open` is asked. */
  headRows: number;
  /** The sink for the rows after the head, or undefined to keep them in the table after all. */
  open(head: Table): RowSink | undefined;
}

/** Takes a table's rows after its head, one at a time, in their columns as the head has them. */
export interface RowSink {
  add(row: TableRow): void;
  /**
   * The whole table (its headers and blank rows as read to the end; `rows` empty): false when the sink cannot use the
   * rows it took after all, and the reader reads the file again into a whole table.
   */
  end(table: Table): boolean;
}
