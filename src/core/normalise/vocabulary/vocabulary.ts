import { matchKey } from '../text.js';

/** Slug → the texts (besides the slug itself) that mean it in a form answer. */
export type SynonymTable = Readonly<Record<string, readonly string[]>>;

/** The known answers of one field: any text's match key → its slug. */
export interface Vocabulary {
  readonly slugs: ReadonlyMap<string, string>;
  /** Known answers that contain commas, as the match keys of their pieces joined by `|`. */
  readonly withCommas: ReadonlySet<string>;
  /** The most `, `-separated pieces any known answer has (`Personal, social, … (PSHE)` has 3). */
  readonly maxPieces: number;
}

/** The key of an answer's comma-separated pieces (`a, b` → `a|b`), to tell options with commas apart. */
export function piecesKey(pieces: readonly string[]): string {
  return pieces.map(matchKey).join('|');
}

/** A vocabulary from a synonym table, then `overrides` (text → slug) which win over it. */
export function buildVocabulary(table: SynonymTable, overrides: Readonly<Record<string, string>> = {}): Vocabulary {
  const slugs = new Map<string, string>();
  const withCommas = new Set<string>();
  let maxPieces = 1;
  const add = (text: string, slug: string): void => {
    const key = matchKey(text);
    if (key !== '') slugs.set(key, slug);
    const pieces = text.split(',');
    if (pieces.length > 1) withCommas.add(piecesKey(pieces));
    maxPieces = Math.max(maxPieces, pieces.length);
  };
  for (const [slug, synonyms] of Object.entries(table)) {
    add(slug, slug);
    for (const synonym of synonyms) add(synonym, slug);
  }
  for (const [text, slug] of Object.entries(overrides)) add(text, slug);
  return { slugs, withCommas, maxPieces };
}

/** The slug a text means, or undefined when the vocabulary does not know it. */
export function lookUp(vocabulary: Vocabulary, text: string): string | undefined {
  return vocabulary.slugs.get(matchKey(text));
}
