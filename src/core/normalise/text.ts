// eslint-disable-next-line no-control-regex -- every ASCII character, control characters included
const ASCII = /^[\x00-\x7f]*$/;

/** Text without accents (`Súilleabháin` → `Suilleabhain`), so matching ignores them. */
export function deaccent(text: string): string {
  // Plain ASCII (most answers) has nothing to decompose: skip the costly normalisation.
  return ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** The comparison key of a text: lower case, letters and digits only (`Post-16 / FE` → `post16fe`). */
export function matchKey(text: string): string {
  return deaccent(text).toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');
}

/** The words of a text, lower case without accents or punctuation (`Phase(s)?` → `phase s`). */
export function words(text: string): string {
  return deaccent(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A slug of a text (`Moving into SENCo role` → `moving-into-senco-role`), `other` when nothing is left. */
export function slugify(text: string): string {
  const slug = words(text).replace(/ /g, '-');
  return slug === '' ? 'other' : slug;
}

/** White space that `tidy` changes: two or more in a row, or any but a plain space. */
const RUN_OF_SPACE = /\s\s|[^\S ]/;

/** Trimmed text with runs of white space made single spaces. */
export function tidy(text: string): string {
  // Most texts have no run to collapse (no white space but single spaces), and need trimming at most.
  return (RUN_OF_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Text a spreadsheet would run as a formula (the rule the roster writer neutralises by). */
const DANGEROUS_START = /^[ \u00a0]*[=+\-@\t\r\n\0]/;

/**
 * Undoes the writer's formula neutralising: `'=SUM(1)` → `=SUM(1)`, `'+44 7700 900123` → `+44 7700 900123`.
 * The writer quotes any text that is dangerous once its leading quotes are removed, so exactly one
 * quote comes off such text and every other text is unchanged.
 */
export function unNeutralise(cell: string): string {
  return cell.startsWith("'") && DANGEROUS_START.test(cell.slice(1).replace(/^'+/, '')) ? cell.slice(1) : cell;
}
