/**
 * Formula neutralising (OWASP "CSV injection"): a spreadsheet runs text that starts with one of these
 * characters, possibly after spaces, as a formula. A leading `'` keeps the text readable and inert.
 */
const DANGEROUS_START = /^[ \u00a0]*[=+\-@\t\r\n\0]/;

/**
 * Whether `text` must get a quote: it is dangerous once any leading quotes are removed. Texts that already
 * start with quotes before a dangerous character also get one, so that `unneutralise` can always undo
 * `neutralise` exactly.
 */
function needsQuote(text: string): boolean {
  return DANGEROUS_START.test(text.replace(/^'+/, ''));
}

/** `'`-prefixes text a spreadsheet would run as a formula (`+44 7700 900123` → `'+44 7700 900123`). */
export function neutralise(text: string): string {
  return needsQuote(text) ? `'${text}` : text;
}

/** Undoes `neutralise`: strips the quote it added, and leaves every other text as it is. */
export function unneutralise(text: string): string {
  return text.startsWith("'") && needsQuote(text.slice(1)) ? text.slice(1) : text;
}
