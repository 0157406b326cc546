import { words } from '../text.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, none: 0, one: 1, single: 1, two: 2, couple: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/** A pause for now wins over any number in the answer ("Not this term, maybe 2 next year" offers none now). */
const PAUSED = /\b(paused?|on hold|not (now|currently|at the moment|this (term|year)))\b/;
/** A plain no counts only without a number ("No more than 2" offers two). */
const NONE = /\b(no|none|nil)\b/;
/** A year ("back in 2027") is no number of mentees. */
const YEAR = /^(19|20)\d\d$/;
/** A fraction (`1.5`), a negative (`-2`) or thousands (`1,000`) is no number of mentees: the organiser should see it, not a guess. */
const NOT_A_COUNT = /\d\.\d|\d,\d{3}|^\s*[-\u2212]\s*\d/;

/**
 * How many mentees an answer offers (`2`, `Two`, `2 mentees`, `up to 3`, `1-2` → the most), 0 for
 * "none"/"paused"/"not this term", undefined when the answer says no whole number (or a fraction or a negative).
 */
export function parseCapacity(text: string): number | undefined {
  if (NOT_A_COUNT.test(text)) return undefined;
  const tokens = words(text).split(' ').filter((token) => token !== '');
  const said = tokens.join(' ');
  if (PAUSED.test(said)) return 0;
  const numbers = tokens.flatMap((token) => {
    if (/^\d+$/.test(token)) return YEAR.test(token) ? [] : [Number(token)];
    const spelled = NUMBER_WORDS[token];
    return spelled === undefined ? [] : [spelled];
  });
  if (numbers.length > 0) return Math.max(...numbers);
  if (NONE.test(said)) return 0;
  if (/^(an?|just one)\b/.test(said)) return 1;
  return undefined;
}
