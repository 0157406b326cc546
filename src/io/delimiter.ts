/** The separators that spreadsheet programs use in text exports. */
export type Delimiter = ',' | ';' | '\t';

/** In order of preference when two are equally frequent. */
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
const MAX_LINES = 10;

/**
 * The delimiter of a text table, from its header line: the most frequent of `,` `;` and tab outside quoted
 * text on the first line that has any (a title line with none is skipped). `,` when no line has one.
 */
export function detectDelimiter(sample: string): Delimiter {
  let counts = new Map<string, number>();
  let inQuotes = false;
  let lines = 0;
  for (const char of sample) {
    if (char === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (CANDIDATES.includes(char as Delimiter)) counts.set(char, (counts.get(char) ?? 0) + 1);
    else if (char === '\n') {
      if (counts.size > 0 || ++lines >= MAX_LINES) break;
      counts = new Map();
    }
  }
  return CANDIDATES.reduce((best, candidate) =>
    (counts.get(candidate) ?? 0) > (counts.get(best) ?? 0) ? candidate : best,
  );
}
