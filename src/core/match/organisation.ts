/** Legal-form words that name no different place when they end an organisation's name. */
const LEGAL_SUFFIXES = new Set(['ltd', 'limited', 'plc', 'llp', 'cic', 'inc']);

/**
 * An organisation name as the same-organisation rule compares it: case, accents, punctuation,
 * spacing, a leading "the", "&" for "and" and a trailing legal form do not matter. Words such as
 * "academy" or "primary" are kept: "Oakwood Academy" and "Oakwood Primary" are different schools.
 */
export function normaliseOrganisation(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}
