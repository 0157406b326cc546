import type { TableRow } from '../types.js';
import type { Field } from './fields.js';
import type { TablePlan } from './plan.js';
import { matchKey, unNeutralise } from './text.js';
import type { ImportWarning, WarningKind } from './types.js';
import type { Vocabularies } from './vocabulary/build.js';

/** A mapping file's `values` for the fields without a vocabulary: answer key → the answer to read instead. */
export type Replacements = Partial<Record<Field, ReadonlyMap<string, string>>>;

/** One cell of a mapped column. */
export interface Cell {
  index: number;
  header: string;
  value: string;
}

/** A row being read: its cells per field, and where warnings and unreadable answers go. */
export class RowContext {
  readonly warnings: ImportWarning[] = [];
  /** Answers kept verbatim because their field could not read them (besides the unmapped columns). */
  readonly kept: Record<string, string> = {};

  constructor(
    readonly plan: TablePlan,
    readonly row: TableRow,
    readonly vocabularies: Vocabularies,
    private readonly replacements: Replacements,
  ) {}

  /** The cells of a field's columns, un-neutralised, with a mapping file's replacements applied. */
  cells(field: Field): Cell[] {
    return (this.plan.columns[field] ?? []).map((index) => {
      const value = this.cell(index);
      const replaced = this.replacements[field]?.get(matchKey(value));
      return { index, header: this.plan.table.headers[index] ?? '', value: replaced ?? value };
    });
  }

  /** The first non-blank cell of a field, trimmed. */
  first(field: Field): Cell | undefined {
    return this.cells(field)
      .map((cell) => ({ ...cell, value: cell.value.trim() }))
      .find((cell) => cell.value !== '');
  }

  /** A cell by column position, un-neutralised and otherwise verbatim. */
  cell(index: number): string {
    return unNeutralise(this.row.cells[index] ?? '');
  }

  /** Records a warning about a cell. */
  warn(kind: WarningKind, cell: Cell, message: string): void {
    this.warnings.push({
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
    this.kept[cell.header] = this.cell(cell.index);
  }
}
