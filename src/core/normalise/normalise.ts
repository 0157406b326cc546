import { progressCounter } from '../progress.js';
import type { Table } from '../types.js';
import { ImportRun } from './import-run.js';
import { checkReferencesExist } from './mapping-file.js';
import { planTable } from './plan.js';
import type { ImportResult, NormaliseOptions } from './types.js';

/**
 * Turns form exports (or rosters) into one clean row per person: columns mapped to the roster's
 * fields, answers normalised through the vocabularies, rows without a usable address, name or
 * role rejected, resubmissions de-duplicated by address (latest submission wins). Every row read
 * ends up in `people`, `duplicates` or `rejected`. Throws InputError when a table lacks a required
 * column or the mapping file names a column no table has.
 */
export function normalise(tables: readonly Table[], options: NormaliseOptions = {}): ImportResult {
  const run = new ImportRun(options);
  if (options.mapping) checkReferencesExist(tables, options.mapping, options.mappingName);
  // Every table is planned before any row is read, so that a table without a required column is told at once.
  const planned = tables.map((table) => ({ table, plan: planTable(table, run.planOptions) }));
  const totalRows = tables.reduce((sum, table) => sum + table.rows.length, 0);
  const progress = progressCounter('normalising', totalRows, options.onProgress);
  for (const { table, plan } of planned) {
    const reading = run.addTable(plan, table.blankRows);
    for (const row of table.rows) {
      progress.tick();
      run.read(reading, row);
    }
  }
  progress.finish();
  return run.result();
}
