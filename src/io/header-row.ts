/** How many non-blank rows at the top are searched for the header (titles and notes sit above it). */
export const HEADER_SEARCH_ROWS = 10;

/** Whether every cell of a row is empty or only whitespace. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function filledCount(cells: readonly string[]): number {
  return cells.reduce((count, cell) => (cell.trim() === '' ? count : count + 1), 0);
}

/**
 * The index of the header among the first rows: the first row filled at least half as wide as the widest
 * (and at least two cells when the table is wider than one column), so that a title such as
 * "Mentoring sign-ups 2026" alone in A1 (or merged across the top) is skipped. -1 when every row is blank.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  const counts = rows.map(filledCount);
  const widest = counts.reduce((max, count) => Math.max(max, count), 0);
  if (widest === 0) return -1;
  const needed = widest === 1 ? 1 : Math.max(2, Math.ceil(widest / 2));
  return counts.findIndex((count) => count >= needed);
}
