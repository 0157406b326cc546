import { words } from '../text.js';
import { lookUp, type Vocabulary } from '../vocabulary/vocabulary.js';

const ROLE_WORDS = /\b(mentors?|mentees?)\b/g;

/**
 * The stage slug an answer names, from the ladder's labels and synonyms; an answer that also
 * names the side ("HLTA mentor") is read without it. undefined when the ladder does not know it.
 */
export function parseStage(text: string, vocabulary: Vocabulary): string | undefined {
  return lookUp(vocabulary, text) ?? lookUp(vocabulary, words(text).replace(ROLE_WORDS, ''));
}
