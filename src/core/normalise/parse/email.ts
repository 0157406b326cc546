import * as crypto from 'node:crypto';

const ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL = `${ATOM}(?:\\.${ATOM})*`;
const DOMAIN = String.raw`(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}`;
/** `local@domain.tld`: dot-separated atoms before the @, labels and a top-level domain of letters after it. */
const ADDRESS = new RegExp(`^${LOCAL}@${DOMAIN}$`);

/** An address as typed, made comparable: trimmed, `mailto:` and `Name <…>` removed, lower case. */
export function normaliseEmail(raw: string): string {
  let text = raw.trim();
  const bracketed = /<([^<>]+)>\s*$/.exec(text);
  if (bracketed?.[1] !== undefined) text = bracketed[1].trim();
  return text.replace(/^mailto:/i, '').trim().toLowerCase();
}

/** Whether a normalised address looks deliverable: `name@domain.tld`, no spaces. */
export function isValidEmail(email: string): boolean {
  return email.length <= 254 && ADDRESS.test(email);
}

/** The one-shot `crypto.hash` (Node 20.12 and later) is several times faster than a Hash object per text. */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** The stable id of a person: `p-` and the first 10 hex digits of the SHA-256 of the normalised address. */
export function personId(email: string): string {
  return `p-${sha256Hex(email).slice(0, 10)}`;
}

/** Whether a text is an id edumentor made (`p-` and 10 hex digits). */
export function isPersonId(text: string): boolean {
  return /^p-[0-9a-f]{10}$/.test(text.trim());
}
