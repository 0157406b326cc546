import type { Role } from '../../types.js';
import { words } from '../text.js';
import { ROLE_PHRASES } from '../vocabulary/roles.js';
import { lookUp, type Vocabulary } from '../vocabulary/vocabulary.js';

/** The longest answer read for telling phrases. */
const MAX_WORDS = 15;

/**
 * The side an answer names: a known answer ("Mentor", a mapping file's "yes" → both), the word
 * before a dash ("Mentee - I'd like some support"), or a telling phrase ("HLTA mentor", "TA working
 * towards HLTA"). '' when a mapping file says the answer means nothing; undefined when unknown.
 */
export function parseRole(text: string, vocabulary: Vocabulary): Role | '' | undefined {
  const known = lookUp(vocabulary, text) ?? lookUp(vocabulary, text.split(/\s[-–:(]|[–:(]/)[0] ?? '');
  if (known !== undefined) return known as Role | '';
  const said = ` ${words(text)} `;
  // Phrases tell the side in an option's text, not in prose ("My name is mentor 000. I am a EO…").
  if (said.split(' ').length > MAX_WORDS + 2) return undefined;
  for (const [role, phrases] of ROLE_PHRASES) {
    if (phrases.some((phrase) => said.includes(` ${phrase} `))) return role;
  }
  return undefined;
}
