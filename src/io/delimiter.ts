/** The separators that spreadsheet programs use in text exports. */
export type Delimiter = ',' | ';' | '\t';

/** In order of preference when two are equally frequent. */
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
const MAX_LINES = 10;

/**
 * The delimiter of a text table: of `,` `;` and tab (outside quoted text), the one found on the most of its first
 * ten lines, so that a title line above the header (`Sign-ups, 2020` above `Email;Name`) does not decide; between
 * equals, the most frequent on the first line that has any (the header, whose answers below may hold the other).
 * `,` when no line has one.
 */
export function detectDelimiter(sample: string): Delimiter {
  const linesWith = new Map<string, number>();
  let first: Map<string, number> | undefined;
  let counts = new Map<string, number>();
  let inQuotes = false;
  let lines = 0;
  const endLine = () => {
    for (const candidate of counts.keys()) linesWith.set(candidate, (linesWith.get(candidate) ?? 0) + 1);
    if (counts.size > 0) first ??= counts;
    counts = new Map();
    lines++;
  };
  for (const char of sample) {
    if (char === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (CANDIDATES.includes(char as Delimiter)) counts.set(char, (counts.get(char) ?? 0) + 1);
    else if (char === '\n') {
      endLine();
      if (lines >= MAX_LINES) break;
    }
  }
  if (lines < MAX_LINES) endLine();
  const rank = (candidate: Delimiter): [number, number] => [linesWith.get(candidate) ?? 0, first?.get(candidate) ?? 0];
  return CANDIDATES.reduce((best, candidate) => {
    const [lines, count] = rank(candidate);
    const [bestLines, bestCount] = rank(best);
    return lines > bestLines || (lines === bestLines && count > bestCount) ? candidate : best;
  });
}
