import type { OnProgress } from '../types.js';

/** Rows between two progress reports: a few a second on a large rota, nothing to count on a small one. */
const ROWS_PER_PROGRESS = 1024;

/**
 * `rows.map(read)`, telling `onProgress` every ROWS_PER_PROGRESS rows how many rows of `phase` are read. It never
 * says that all are: the caller does (`done === total`) once it has finished with them, so that a bar stays up
 * while it groups and sorts what was read.
 */
export function readRows<T, U>(rows: readonly T[], read: (row: T) => U, phase: string, onProgress?: OnProgress): U[] {
  if (!onProgress) return rows.map((row) => read(row));
  const results: U[] = [];
  for (const row of rows) {
    results.push(read(row));
    if (results.length % ROWS_PER_PROGRESS === 0 && results.length < rows.length) onProgress(phase, results.length, rows.length);
  }
  return results;
}
