import type { TableRow } from '../core/types.js';
import { cleanHeader } from './headers.js';

/** The columns a table keeps of those read, their names, and how rows are cut to them. */
export interface Columns {
  kept: number[];
  names: string[];
  /** The columns read: the header's (delimited text) or the widest row's. */
  width: number;
  /** Cells past `width` stay with their row (delimited text, see CellsPastHeader). */
  overflow: boolean;
  /** Every column read is kept, in order. */
  all: boolean;
  /** The columns read that are not kept (unnamed, and blank in every row so far). */
  dropped: number[];
}

/**
 * Which columns of `rows` a table keeps and how they are named: named ones, and unnamed ones only when some row
 * answers them (as `Column N`). With `overflow` (delimited text) the header's width; otherwise the widest row's.
 */
export function keptColumns(header: readonly string[], rows: readonly TableRow[], overflowing: boolean): Columns {
  const overflow = overflowing && header.length > 0;
  const width = overflow ? header.length : rows.reduce((widest, row) => Math.max(widest, row.cells.length), header.length);
  const kept: number[] = [];
  const dropped: number[] = [];
  const names: string[] = [];
  for (let column = 0; column < width; column++) {
    const name = cleanHeader(header[column] ?? '');
    if (name === '' && rows.every((row) => (row.cells[column] ?? '').trim() === '')) {
      dropped.push(column);
      continue;
    }
    kept.push(column);
    names.push(name || unnamedColumn(column));
  }
  return { kept, names, width, overflow, all: dropped.length === 0, dropped };
}

/** The name a column without a header gets (and a message gives a column it cannot name): `Column N`, from 1. */
export function unnamedColumn(column: number): string {
  return `Column ${column + 1}`;
}

/** A row in the kept columns (cells past them kept when they overflow; blank ones past the header dropped). */
export function shaped(row: TableRow, { kept, width, overflow, all }: Columns): TableRow {
  // Blank cells past the header (a space in a padding column) are no answers shifted by a delimiter: drop them.
  if (overflow) dropBlankOverflow(row, width);
  if (all) return padded(row, width);
  return { line: row.line, cells: [...kept.map((column) => row.cells[column] ?? ''), ...(overflow ? row.cells.slice(width) : [])] };
}

/**
 * A row with every column kept: its own cells (made by `cleanCells`, so the builder's to change) padded with ''
 * to the table's width; cells past it stay (only an overflowing delimited row has any).
 */
function padded(row: TableRow, width: number): TableRow {
  while (row.cells.length < width) row.cells.push('');
  return row;
}

/** Cuts a row back to `width` cells when every cell past it is blank (spaces at most). */
function dropBlankOverflow(row: TableRow, width: number): void {
  if (row.cells.length > width && row.cells.slice(width).every((cell) => cell.trim() === '')) row.cells.length = width;
}
