import { progressCounter } from '../progress.js';
import { DEFAULT_STAGES } from '../stages.js';
import type { Table } from '../types.js';
import { AnswerMemo } from './answer-memo.js';
import { dedupe, duplicateRecord, type Submission } from './dedupe.js';
import { FIELDS } from './fields.js';
import { checkReferencesExist } from './mapping-file.js';
import type { Mapping } from './mapping-schema.js';
import { planTable, type TablePlan } from './plan.js';
import { readRow } from './read-row.js';
import type { Replacements } from './row-context.js';
import { matchKey } from './text.js';
import type { FileSummary, ImportResult, NormaliseOptions, RejectedRecord } from './types.js';
import { buildVocabularies, type VocabularyName } from './vocabulary/build.js';

const VOCABULARY_NAMES: ReadonlySet<string> = new Set<VocabularyName>([
  'role', 'stage', 'phases', 'subjects', 'focus', 'region', 'mode',
]);

/**
 * Turns form exports (or rosters) into one clean row per person: columns mapped to the roster's
 * fields, answers normalised through the vocabularies, rows without a usable address, name or
 * role rejected, resubmissions de-duplicated by address (latest submission wins). Every row read
 * ends up in `people`, `duplicates` or `rejected`. Throws InputError when a table lacks a required
 * column or the mapping file names a column no table has.
 */
export function normalise(tables: readonly Table[], options: NormaliseOptions = {}): ImportResult {
  const vocabularies = buildVocabularies(options.stages ?? DEFAULT_STAGES, options.vocabulary, options.mapping?.values);
  const replacements = replacementsOf(options.mapping);
  if (options.mapping) checkReferencesExist(tables, options.mapping, options.mappingName);
  const plans: TablePlan[] = tables.map((table) =>
    planTable(table, { role: options.role, dateOrder: options.dateOrder, mapping: options.mapping, mappingName: options.mappingName, vocabularies }),
  );

  const submissions: Submission[] = [];
  const rejected: RejectedRecord[] = [];
  const rejectedPerTable = plans.map(() => 0);
  const totalRows = plans.reduce((sum, plan) => sum + plan.table.rows.length, 0);
  const progress = progressCounter('normalising', totalRows, options.onProgress);
  plans.forEach((plan, table) => {
    const memo = new AnswerMemo();
    for (const row of plan.table.rows) {
      progress.tick();
      const outcome = readRow(plan, row, vocabularies, replacements, memo);
      if (outcome.kind === 'rejected') {
        rejected.push(outcome.rejected);
        rejectedPerTable[table] = (rejectedPerTable[table] ?? 0) + 1;
      } else {
        const { person, warnings } = outcome;
        submissions.push({ person, warnings, file: plan.table.file, line: row.line, order: submissions.length, table });
      }
    }
  });
  progress.finish();
  const { kept, duplicates } = dedupe(submissions);
  return {
    people: kept.map((s) => s.person),
    duplicates: duplicates.map(({ submission, keptBy }) => duplicateRecord(submission, keptBy)),
    rejected,
    warnings: kept.flatMap((s) => s.warnings),
    mappings: plans.map((plan) => plan.mapping),
    files: summarise(plans, kept, duplicates.map((d) => d.submission), rejectedPerTable),
  };
}

/** A mapping file's `values` for the fields without a vocabulary, keyed by match key. */
function replacementsOf(mapping: Mapping | undefined): Replacements {
  const replacements: Replacements = {};
  for (const field of FIELDS) {
    const values = mapping?.values?.[field];
    if (!values || VOCABULARY_NAMES.has(field)) continue;
    replacements[field] = new Map(Object.entries(values).map(([answer, meaning]) => [matchKey(answer), meaning]));
  }
  return replacements;
}

/** Row counts per table: rows read = people + duplicates + rejected + blank. */
function summarise(
  plans: readonly TablePlan[],
  kept: readonly Submission[],
  duplicates: readonly Submission[],
  rejectedPerTable: readonly number[],
): FileSummary[] {
  return plans.map(({ table }, index) => {
    const summary: FileSummary = {
      file: table.file,
      rows: table.rows.length + table.blankRows,
      people: kept.filter((s) => s.table === index).length,
      duplicates: duplicates.filter((s) => s.table === index).length,
      rejected: rejectedPerTable[index] ?? 0,
      blank: table.blankRows,
    };
    if (table.sheet !== undefined) summary.sheet = table.sheet;
    return summary;
  });
}
