import type { Field } from './fields.js';
import { HEADER_SYNONYMS } from './header-synonyms.js';

/** How well a header names a field: 1 for a whole-header synonym, less for a phrase inside a question. */
export interface HeaderScore {
  score: number;
  reason: string;
}

/** The header score of a field for a header given as words (see `words`); 0 when nothing matches. */
export function headerScore(field: Field, headerWords: string): HeaderScore {
  const synonyms = HEADER_SYNONYMS[field];
  if (headerWords === field || synonyms.exact.includes(headerWords)) {
    return { score: 1, reason: `header is "${headerWords}"` };
  }
  return phraseScore(synonyms.contains, headerWords);
}

/** The best score of phrases found inside a header: longer phrases in shorter headers score higher. */
export function phraseScore(phrases: readonly string[], headerWords: string): HeaderScore {
  const padded = ` ${headerWords} `;
  let best: HeaderScore = { score: 0, reason: '' };
  for (const phrase of phrases) {
    if (!padded.includes(` ${phrase} `)) continue;
    const score = 0.55 + 0.35 * (phrase.length / headerWords.length);
    if (score > best.score) best = { score, reason: `header contains "${phrase}"` };
  }
  return best;
}
