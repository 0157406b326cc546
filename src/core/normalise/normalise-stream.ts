import { InputError } from '../../errors.js';
import type { Table, TableRow } from '../types.js';
import { ColumnSampler } from './columns.js';
import { ImportRun } from './import-run.js';
import { checkReferencesExist } from './mapping-file.js';
import { planShape, planTable, type TablePlan } from './plan.js';
import { DateOrderEvidence } from './parse/timestamp.js';
import type { ImportResult, NormaliseOptions } from './types.js';

/** One table normalised as its rows are read (see `streamNormalise`). */
export interface NormaliseStream {
  /** Reads the next row (in the head's columns). */
  add(row: TableRow): void;
  /**
   * Ends the table (its headers and blank rows as read to the end; `rows` ignored): false when the plan made from the
   * whole table differs from the head's in how a row is read, and the rows read by it cannot stand.
   */
  end(table: Table): boolean;
  /** What `normalise` gives for the whole table, once `end` has returned true; until then undefined. */
  result(): ImportResult | undefined;
}

/**
 * Normalises one table as it is read: its rows are read by a plan made from its first rows (`head`), while what
 * planning looks at (each column's sample of answers, the order of its dates) is gathered from every row. At the
 * end the plan is made again from the whole table, as `normalise` would make it: the rows read stand only when
 * both plans read a row alike, and the mappings reported are the whole table's. The result is then exactly
 * `normalise([whole table])`'s. Undefined when the head cannot be planned (the whole table might be).
 */
export function streamNormalise(head: Table, options: NormaliseOptions = {}): NormaliseStream | undefined {
  const run = new ImportRun(options);
  if (options.mapping) checkReferencesExist([head], options.mapping, options.mappingName);
  let plan: TablePlan;
  try {
    plan = planTable(head, run.planOptions);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
  const reading = run.addTable(plan, 0);
  const sampler = new ColumnSampler(head.headers.length);
  let sampling = true;
  const dates = new DateOrderEvidence();
  const submitted = options.dateOrder === undefined ? (plan.columns.submitted ?? []) : [];
  const add = (row: TableRow): void => {
    if (sampling) sampling = sampler.add(row.cells);
    for (const index of submitted) dates.add(row.cells[index] ?? '');
    run.read(reading, row);
  };
  for (const row of head.rows) add(row);
  let ended = false;
  return {
    add,
    end(table) {
      const whole = planShape(table, { columns: () => sampler.describe(table.headers), dateOrder: () => dates.order() }, run.planOptions);
      if (!readsAlike(plan, whole)) return false;
      reading.plan = whole;
      reading.blankRows = table.blankRows;
      ended = true;
      return true;
    },
    result: () => (ended ? run.result() : undefined),
  };
}

/** Whether two plans read every row alike (they may differ in the reasons they give for their columns). */
function readsAlike(a: TablePlan, b: TablePlan): boolean {
  return JSON.stringify(readingOf(a)) === JSON.stringify(readingOf(b));
}

function readingOf(plan: TablePlan): unknown {
  const { table, columns, positions, extra, role, dateOrder } = plan;
  return [table.file, table.sheet, table.headers, columns, [...positions], extra, role, dateOrder];
}
