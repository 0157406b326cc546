import { progressCounter } from '../progress.js';
import type { OnProgress } from '../types.js';

/**
 * `rows.map(read)`, telling `onProgress` every ITEMS_PER_PROGRESS rows how many rows of `phase` are read. It never
 * says that all are: the caller does (`done === total`) once it has finished with them, so that a bar stays up
 * while it groups and sorts what was read.
 */
export function readRows<T, U>(rows: readonly T[], read: (row: T) => U, phase: string, onProgress?: OnProgress): U[] {
  const progress = progressCounter(phase, rows.length, onProgress);
  return rows.map((row) => {
    progress.tick();
    return read(row);
  });
}
