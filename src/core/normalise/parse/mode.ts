import type { Mode } from '../../types.js';
import { words } from '../text.js';
import { lookUp, type Vocabulary } from '../vocabulary/vocabulary.js';

const ONLINE = /\b(online|video|zoom|teams|meet|phone|telephone|call|email|e mail|virtual|virtually|remote|remotely)\b/;
const IN_PERSON = /\b(in person|face to face|visit|visits|on site|at school)\b/;

/**
 * How someone would like to meet: a known answer, several ticked (online and in person → either),
 * or an answer that mentions only one way ("Teams call"). undefined when unknown.
 */
export function parseMode(text: string, vocabulary: Vocabulary): Mode | '' | undefined {
  const whole = lookUp(vocabulary, text);
  if (whole !== undefined) return whole as Mode | '';
  const parts = text.split(/[;,/]| or | and /).map((part) => part.trim()).filter((part) => part !== '');
  const modes = new Set(parts.map((part) => lookUp(vocabulary, part) ?? byKeyword(part)));
  modes.delete('');
  if (modes.has(undefined)) return undefined;
  if (modes.has('either') || (modes.has('online') && modes.has('in-person'))) return 'either';
  const [only] = modes;
  return only as Mode | undefined;
}

function byKeyword(text: string): Mode | undefined {
  const said = words(text);
  const online = ONLINE.test(said);
  const inPerson = IN_PERSON.test(said);
  if (online && inPerson) return 'either';
  if (online) return 'online';
  if (inPerson) return 'in-person';
  return undefined;
}
