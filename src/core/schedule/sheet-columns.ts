import { InputError } from '../../errors.js';
import type { Table, TableRow } from '../types.js';

/** Finds columns of a table by name (case and surrounding spaces ignored) and reads their cells. */
export class SheetColumns {
  private readonly index = new Map<string, number>();

  constructor(readonly table: Table) {
    table.headers.forEach((header, i) => {
      const key = header.trim().toLowerCase();
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  /** The header (as the table spells it) of the first of `names` present, or undefined. */
  find(...names: string[]): string | undefined {
    const i = names.map((name) => this.index.get(name.toLowerCase())).find((index) => index !== undefined);
    return i === undefined ? undefined : this.table.headers[i];
  }

  /** Whether a column is present. */
  has(name: string): boolean {
    return this.index.has(name.toLowerCase());
  }

  /** Throws InputError naming what is missing, what the table has, and what it is for. */
  require(names: readonly string[], what: string): void {
    const missing = names.filter((n) => !this.has(n));
    if (missing.length === 0) return;
    throw new InputError(
      `${what} needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; found ${this.table.headers.join(', ') || 'no columns'}.`,
      { file: this.table.file, sheet: this.table.sheet, column: missing[0] },
    );
  }

  /** A row's trimmed cell in a column ('' when the column or cell is missing). */
  cell(row: TableRow, name: string): string {
    const i = this.index.get(name.toLowerCase());
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  }

  /** Headers not in `known`, with their cells for a row (verbatim). */
  extra(row: TableRow, known: readonly string[]): Record<string, string> {
    const knownKeys = new Set(known.map((k) => k.toLowerCase()));
    const extra: Record<string, string> = {};
    this.table.headers.forEach((header, i) => {
      if (!knownKeys.has(header.trim().toLowerCase())) extra[header] = row.cells[i] ?? '';
    });
    return extra;
  }
}
