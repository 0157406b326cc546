import { words } from './text.js';

/**
 * Edit distance with transpositions (optimal string alignment): the fewest single-character insertions,
 * deletions, substitutions or swaps of neighbours that turn one text into the other (`Nmae` is 1 from `Name`).
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How alike two header texts are, 0–1: by edit distance of their words, or 1 when one contains the other. */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x === '' || y === '') return 0;
  if (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return 1;
  return 1 - editDistance(x, y) / Math.max(x.length, y.length);
}

/** Up to `limit` headers most like any of the expected texts, best first, leaving out poor matches. */
export function closestHeaders(headers: readonly string[], expected: readonly string[], limit = 3): string[] {
  return headers
    .map((header) => ({ header, score: Math.max(0, ...expected.map((text) => similarity(header, text))) }))
    .filter((scored) => scored.score >= 0.6)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((scored) => scored.header);
}
