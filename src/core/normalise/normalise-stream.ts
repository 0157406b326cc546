import { InputError } from '../../errors.js';
import type { Table, TableRow } from '../types.js';
import { ColumnSampler } from './columns.js';
import type { Field } from './fields.js';
import { ImportRun, type TableReading } from './import-run.js';
import { checkReferencesExist } from './mapping-file.js';
import { planShape, type TableEvidence, type TablePlan } from './plan.js';
import { DateOrderEvidence } from './parse/timestamp.js';
import type { ImportResult, NormaliseOptions } from './types.js';

/** One table normalised as its rows are read (see `streamNormalise`). */
export interface NormaliseStream {
  /** Reads the next row (in the head's columns). */
  add(row: TableRow): void;
  /**
   * Ends the table (its headers and blank rows as read to the end; `rows` ignored): false when the plan made from the
   * whole table differs from the head's in how a row is read, and the rows read by it cannot stand (they are let go).
   */
  end(table: Table): boolean;
  /** The rows read do not count (the table is read again another way): they are let go. */
  cancel(): void;
  /** What `normalise` gives for the whole table, once `end` has returned true; until then undefined. */
  result(): ImportResult | undefined;
}

/** What a stream holds while it reads: let go as soon as its rows are known not to stand. */
interface Reading {
  run: ImportRun;
  table: TableReading;
  sampler: ColumnSampler;
  sampling: boolean;
  dates: DateOrderEvidence;
}

/**
 * Normalises one table as it is read: its rows are read by a plan made from its first rows (`head`), while what
 * planning looks at (each column's sample of answers, the order of its dates) is gathered from every row. At the
 * end the plan is made again from the whole table, as `normalise` would make it: the rows read stand only when
 * both plans read a row alike, and the mappings reported are the whole table's. The result is then exactly
 * `normalise([whole table], options)`'s (a `--role` belongs in `options.role`, as the table read has none).
 * Undefined when the head cannot be planned, or its headers do not have every column the mapping names: the whole
 * table might be, or have them (a column named `Column 3` only once a row answers it), or fail otherwise first.
 */
export function streamNormalise(head: Table, options: NormaliseOptions = {}): NormaliseStream | undefined {
  const run = new ImportRun(options);
  const { planOptions } = run;
  // The head is planned from the same evidence the rest of the rows then add to, gathered once.
  const sampler = new ColumnSampler(head.headers.length);
  let sampling = true;
  for (const { cells } of head.rows) if (sampling) sampling = sampler.add(cells);
  const dates = new DateOrderEvidence();
  let submitted: readonly number[] = [];
  const headEvidence: TableEvidence = {
    columns: () => sampler.describe(head.headers),
    dateOrder: (indexes) => {
      submitted = indexes;
      for (const { cells } of head.rows) for (const index of indexes) dates.add(cells[index] ?? '');
      return dates.order();
    },
    datesUndecided: () => dates.undecided,
  };
  let plan: TablePlan;
  try {
    if (options.mapping) checkReferencesExist([head], options.mapping, options.mappingName);
    plan = planShape(head, headEvidence, planOptions);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
  let reading: Reading | undefined = { run, table: run.addTable(plan, 0), sampler, sampling, dates };
  // A head whose slash dates all read either way is read day first; its times are read again should the whole file say
  // month first. Not when another field reads the time's column: the answers it keeps share the time's key in `extra`.
  if (dates.undecided && !sharesColumns(plan, 'submitted')) reading.table.submittedCells = [];
  for (const row of head.rows) run.read(reading.table, row);
  const add = (row: TableRow): void => {
    if (!reading) return;
    if (reading.sampling) reading.sampling = reading.sampler.add(row.cells);
    for (const index of submitted) reading.dates.add(row.cells[index] ?? '');
    // Day first for good, as the head was read: the times will not be read again.
    if (reading.table.submittedCells && reading.dates.settled) reading.table.submittedCells = undefined;
    reading.run.read(reading.table, row);
  };
  let ended = false;
  return {
    add,
    end(table) {
      if (!reading) return false;
      const { sampler, dates } = reading;
      // The dates gathered are those of the head plan's submitted columns: a whole plan that reads other columns
      // as the submission time differs from the head's in its columns too, so its rows are turned down anyway.
      const evidence = { columns: () => sampler.describe(table.headers), dateOrder: () => dates.order(), datesUndecided: () => dates.undecided };
      const whole = planShape(table, evidence, planOptions);
      const redate = reading.table.submittedCells !== undefined && whole.dateOrder !== plan.dateOrder;
      if (!readsAlike(redate ? { ...plan, dateOrder: whole.dateOrder } : plan, whole)) {
        reading = undefined;
        return false;
      }
      if (redate) reading.run.redate(reading.table, whole);
      reading.table.submittedCells = undefined;
      reading.table.plan = whole;
      reading.table.blankRows = table.blankRows;
      ended = true;
      return true;
    },
    cancel() {
      reading = undefined;
    },
    result: () => (ended ? reading?.run.result() : undefined),
  };
}

/** Whether another field reads any of a field's columns too. */
function sharesColumns(plan: TablePlan, field: Field): boolean {
  const own = new Set(plan.columns[field] ?? []);
  return Object.entries(plan.columns).some(([other, columns]) => other !== field && (columns ?? []).some((column) => own.has(column)));
}

/** Whether two plans read every row alike (they may differ in the reasons they give for their columns). */
function readsAlike(a: TablePlan, b: TablePlan): boolean {
  // The file, sheet, headers and role agree by construction; they are compared anyway, as what a row is read by.
  return JSON.stringify(readingOf(a)) === JSON.stringify(readingOf(b));
}

function readingOf(plan: TablePlan): unknown {
  const { table, columns, positions, extra, role, dateOrder } = plan;
  return [table.file, table.sheet, table.headers, columns, [...positions], extra, role, dateOrder];
}
