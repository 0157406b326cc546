import { words } from '../text.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, none: 0, one: 1, single: 1, two: 2, couple: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const PAUSED = /\b(no|none|nil|paused?|not (now|currently|at the moment|this (term|year)))\b/;

/**
 * How many mentees an answer offers (`2`, `Two`, `2 mentees`, `up to 3`, `1-2` → the most), 0 for
 * "none"/"paused", undefined when the answer says no number.
 */
export function parseCapacity(text: string): number | undefined {
  const tokens = words(text).split(' ').filter((token) => token !== '');
  const numbers = tokens.flatMap((token) => {
    if (/^\d+$/.test(token)) return [Number(token)];
    const spelled = NUMBER_WORDS[token];
    return spelled === undefined ? [] : [spelled];
  });
  if (numbers.length > 0) return Math.max(...numbers);
  if (PAUSED.test(tokens.join(' '))) return 0;
  if (/^(an?|just one)\b/.test(tokens.join(' '))) return 1;
  return undefined;
}
