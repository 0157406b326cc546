/** Types for report-table.js, for the tests. */
export function renderResults(results: unknown): string;
export function stepNotes(
  step: { step: string; medianMs?: number; candidatePairs?: number },
  counts?: { csvBytes?: number },
): string;
