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
  /** The rows it took do not count (the reader reads the file again another way): let them go. */
  cancel(): void;
}

/** An error a stream's sink threw while a reader read: the sink's own, to be passed on as it is (see `guarded`). */
export class SinkFailure {
  constructor(readonly error: unknown) {}
}

/**
 * The stream with every error its sink throws wrapped in a SinkFailure, for a reader that turns other errors into
 * its own ("the workbook is damaged"): a mistake in what takes the rows must not look like one in the file.
 */
export function guarded(stream: RowStream): RowStream {
  const pass = <T>(take: () => T): T => {
    try {
      return take();
    } catch (error) {
      throw new SinkFailure(error);
    }
  };
  return {
    headRows: stream.headRows,
    open: (head) => {
      const sink = pass(() => stream.open(head));
      return sink && {
        add: (row) => pass(() => sink.add(row)),
        end: (table) => pass(() => sink.end(table)),
        cancel: () => pass(() => sink.cancel()),
      };
    },
  };
}
