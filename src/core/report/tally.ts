import { regionName } from '../normalise/vocabulary/regions.js';
import type { Tally } from './model.js';

/** What a blank value is shown as. */
export const NOT_GIVEN = '(not given)';

/** Words that education writes in capitals. */
const ACRONYMS = new Set(
  ['send', 'sen', 'senco', 'ect', 'hlta', 'ta', 'pe', 'mfl', 're', 'ict', 'dt', 'pshe', 'rse', 'eal'].concat(
    ['gcse', 'stem', 'cpd', 'itt', 'npq', 'pgce', 'qts'],
  ),
);

/** A slug as words: `north-west` → `North west`, `post-16` → `Post-16`, `send` → `SEND`, '' → `(not given)`. */
export function humanise(slug: string): string {
  if (slug === '') return NOT_GIVEN;
  const words = slug
    .replace(/-(?!\d)/g, ' ')
    .split(' ')
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A region slug as its name (`east-of-england` → `East of England`), or as words when it is no known region. */
export function regionLabel(slug: string): string {
  return regionName(slug) ?? humanise(slug);
}

/** Counts how often each key occurs; `keysOf` may give an item several keys (a set) or none. */
export function countKeys<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Most frequent first, ties by label, so output is the same every run. */
export function byCountThenLabel(a: { count: number; label: string }, b: { count: number; label: string }): number {
  return b.count - a.count || a.label.localeCompare(b.label);
}

/** Counts as tallies, most frequent first. */
export function toTallies(counts: Map<string, number>, label: (key: string) => string = humanise): Tally[] {
  return [...counts]
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort(byCountThenLabel);
}

/** `1 mentee`, `3 mentees`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
