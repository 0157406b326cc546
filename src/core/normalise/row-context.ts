import type { TableRow } from '../types.js';
import { AnswerMemo } from './answer-memo.js';
import type { Field } from './fields.js';
import type { TablePlan } from './plan.js';
import { matchKey, unNeutralise } from './text.js';
import type { ImportWarning, WarningKind } from './types.js';
import type { Vocabularies } from './vocabulary/build.js';

/**
 * A mapping file's `values` for the fields without a vocabulary: field → answer key → the answer to read instead.
 */
export type Replacements = ReadonlyMap<Field, ReadonlyMap<string, string>>;

/** One cell of a mapped column. */
export interface Cell {
  index: number;
  header: string;
  value: string;
}

const NO_COLUMNS: readonly number[] = [];
// Most rows have no warning and keep no answer: shared empty values rather than two objects per person.
const NO_WARNINGS: readonly ImportWarning[] = Object.freeze([]);
const NOTHING_KEPT: Readonly<Record<string, string>> = Object.freeze({});

/** A row being read: its cells per field, and where warnings and unreadable answers go. */
export class RowContext {
  private found: ImportWarning[] | undefined;
  private keptAnswers: Record<string, string> | undefined;

  constructor(
    readonly plan: TablePlan,
    readonly row: TableRow,
    readonly vocabularies: Vocabularies,
    private readonly replacements: Replacements,
    /** What answers of this row's table mean, shared by its rows. */
    readonly memo: AnswerMemo = new AnswerMemo(),
  ) {}

  /** The warnings about this row so far. */
  get warnings(): readonly ImportWarning[] {
    return this.found ?? NO_WARNINGS;
  }

  /** Answers kept verbatim because their field could not read them (besides the unmapped columns). */
  get kept(): Readonly<Record<string, string>> {
    return this.keptAnswers ?? NOTHING_KEPT;
  }

  /** The column positions mapped to a field, in column order. */
  columns(field: Field): readonly number[] {
    return this.plan.columns[field] ?? NO_COLUMNS;
  }

  /** The cells of a field's columns, un-neutralised, with a mapping file's replacements applied. */
  cells(field: Field): Cell[] {
    return this.columns(field).map((index) => this.cellOf(index, this.answer(field, index)));
  }

  /** The first non-blank cell of a field, trimmed. */
  first(field: Field): Cell | undefined {
    const indexes = this.columns(field);
    for (let i = 0; i < indexes.length; i++) {
      const index = indexes[i] ?? 0;
      const value = this.answer(field, index).trim();
      if (value !== '') return this.cellOf(index, value);
    }
    return undefined;
  }

  /** A field's answer in one of its columns: the cell un-neutralised, or a mapping file's replacement for it. */
  answer(field: Field, index: number): string {
    const value = this.cell(index);
    // Most imports have no mapping file's values: one test then, not a look-up per cell.
    const replacing = this.replacements.size === 0 ? undefined : this.replacements.get(field);
    return replacing === undefined ? value : (replacing.get(matchKey(value)) ?? value);
  }

  /** The Cell of a column position holding `value`. */
  cellOf(index: number, value: string): Cell {
    return { index, header: this.plan.table.headers[index] ?? '', value };
  }

  /** A cell by column position, un-neutralised and otherwise verbatim. */
  cell(index: number): string {
    return unNeutralise(this.row.cells[index] ?? '');
  }

  /** Records a warning about a cell. */
  warn(kind: WarningKind, cell: Cell, message: string): void {
    this.found ??= [];
    this.found.push({
      kind,
      message,
      file: this.plan.table.file,
      row: this.row.line,
      column: cell.header,
      value: cell.value,
    });
  }

  /** Warns, and keeps the answer verbatim in `extra` so nothing is lost. */
  warnAndKeep(kind: WarningKind, cell: Cell, message: string): void {
    this.warn(kind, cell, message);
    this.keptAnswers ??= {};
    this.keptAnswers[cell.header] = this.cell(cell.index);
  }
}
