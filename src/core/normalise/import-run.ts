import { DEFAULT_STAGES } from '../stages.js';
import type { TableRow } from '../types.js';
import { AnswerMemo } from './answer-memo.js';
import { withDistinctIds } from './distinct-ids.js';
import { dedupe, duplicateRecord, type Submission } from './dedupe.js';
import { FIELDS, type Field } from './fields.js';
import type { Mapping } from './mapping-schema.js';
import type { PlanOptions, TablePlan } from './plan.js';
import { readSubmitted } from './read-fields.js';
import { readRow } from './read-row.js';
import { RowContext, type Replacements } from './row-context.js';
import { matchKey } from './text.js';
import type { FileSummary, ImportResult, NormaliseOptions, RejectedRecord } from './types.js';
import { buildVocabularies, type VocabularyName } from './vocabulary/build.js';

const VOCABULARY_NAMES: ReadonlySet<string> = new Set<VocabularyName>([
  'role', 'stage', 'phases', 'subjects', 'focus', 'region', 'mode',
]);

/** One table of an import as its rows are read: its plan, and what its rows became. */
export interface TableReading {
  /**
   * How its rows are read, and the mapping reported. A streamed table's head plan is replaced at the end by the
   * whole table's, which reads every row alike (see streamNormalise), so that the mapping is the whole table's.
   */
  plan: TablePlan;
  /** Rows read (blank ones apart). */
  rows: number;
  /** Fully blank rows the reader dropped. */
  blankRows: number;
  rejected: number;
  readonly index: number;
  readonly memo: AnswerMemo;
  /** Each person's cells of the submitted columns, kept while the order of the table's dates is open (see `redate`). */
  submittedCells?: { submission: Submission; cells: readonly string[] }[];
}

/**
 * What every table of one import shares: the vocabularies built from the options, and what the rows read so far
 * became. Every row read ends up in `people`, `duplicates` or `rejected` of the result.
 */
export class ImportRun {
  readonly planOptions: PlanOptions;
  private readonly replacements: Replacements;
  private readonly tables: TableReading[] = [];
  private readonly submissions: Submission[] = [];
  private readonly rejected: RejectedRecord[] = [];

  constructor(options: NormaliseOptions) {
    const vocabularies = buildVocabularies(options.stages ?? DEFAULT_STAGES, options.vocabulary, options.mapping?.values);
    const { role, dateOrder, mapping, mappingName } = options;
    this.planOptions = { role, dateOrder, mapping, mappingName, vocabularies };
    this.replacements = replacementsOf(mapping);
  }

  /** Starts the next table, read by `plan`. */
  addTable(plan: TablePlan, blankRows: number): TableReading {
    const reading = { plan, rows: 0, blankRows, rejected: 0, index: this.tables.length, memo: new AnswerMemo() };
    this.tables.push(reading);
    return reading;
  }

  /** Reads one row of a table into a person (a submission, until duplicates are found) or a reject. */
  read(reading: TableReading, row: TableRow): void {
    reading.rows++;
    const outcome = readRow(reading.plan, row, this.planOptions.vocabularies, this.replacements, reading.memo);
    if (outcome.kind === 'rejected') {
      this.rejected.push(outcome.rejected);
      reading.rejected++;
      return;
    }
    const { person, warnings } = outcome;
    const { file } = reading.plan.table;
    const submission = { person, warnings, file, line: row.line, order: this.submissions.length, table: reading.index };
    this.submissions.push(submission);
    reading.submittedCells?.push({ submission, cells: (reading.plan.columns.submitted ?? []).map((column) => row.cells[column] ?? '') });
  }

  /**
   * Reads the submission times of a table's people again by `plan`, which reads dates in another order than the plan
   * they were read by and otherwise alike (from the cells kept in `submittedCells`). Their warnings and answers kept
   * about the time are replaced by what `plan` makes of it: the time is the last field a row reads that can add any.
   */
  redate(reading: TableReading, plan: TablePlan): void {
    const columns = plan.columns.submitted ?? [];
    for (const { submission, cells } of reading.submittedCells ?? []) {
      const row: TableRow = { line: submission.line, cells: [] };
      columns.forEach((column, i) => (row.cells[column] = cells[i] ?? ''));
      const context = new RowContext(plan, row, this.planOptions.vocabularies, this.replacements, reading.memo);
      const { person } = submission;
      for (const stale of submission.warnings) if (stale.kind === 'invalid-timestamp') delete person.extra[stale.column];
      person.submitted = readSubmitted(context);
      submission.warnings = [...submission.warnings.filter((w) => w.kind !== 'invalid-timestamp'), ...context.warnings];
      Object.assign(person.extra, context.kept);
    }
    reading.plan = plan;
  }

  /** The roster and the account of every other row, once every table is read. */
  result(): ImportResult {
    const deduplicated = dedupe(this.submissions);
    // Only an id read from a column can be another person's: one made from the address is that address's alone.
    const givenIds = this.tables.some((reading) => reading.plan.columns.id !== undefined);
    const kept = givenIds ? withDistinctIds(deduplicated.kept) : deduplicated.kept;
    const { duplicates } = deduplicated;
    return {
      people: kept.map((s) => s.person),
      duplicates: duplicates.map(({ submission, keptBy }) => duplicateRecord(submission, keptBy)),
      rejected: this.rejected,
      warnings: kept.flatMap((s) => s.warnings),
      mappings: this.tables.map((reading) => reading.plan.mapping),
      files: summarise(this.tables, kept, duplicates.map((d) => d.submission)),
    };
  }
}

/** A mapping file's `values` for the fields without a vocabulary, keyed by match key. */
function replacementsOf(mapping: Mapping | undefined): Replacements {
  const replacements = new Map<Field, ReadonlyMap<string, string>>();
  for (const field of FIELDS) {
    const values = mapping?.values?.[field];
    if (!values || VOCABULARY_NAMES.has(field)) continue;
    replacements.set(field, new Map(Object.entries(values).map(([answer, meaning]) => [matchKey(answer), meaning])));
  }
  return replacements;
}

/** Row counts per table: rows read = people + duplicates + rejected + blank. */
function summarise(tables: readonly TableReading[], kept: readonly Submission[], duplicates: readonly Submission[]): FileSummary[] {
  return tables.map(({ plan: { table }, rows, blankRows, rejected, index }) => {
    const summary: FileSummary = {
      file: table.file,
      rows: rows + blankRows,
      people: kept.filter((s) => s.table === index).length,
      duplicates: duplicates.filter((s) => s.table === index).length,
      rejected,
      blank: blankRows,
    };
    if (table.sheet !== undefined) summary.sheet = table.sheet;
    return summary;
  });
}
