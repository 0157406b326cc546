/** Byte-level pieces of the XML scanner (read-xml.ts): finding the ends of things in UTF-8 bytes, and decoding. */

const GT = 0x3e;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** The index of the `>` that ends the tag whose name starts at `from`, skipping quoted values; -1 if not here. */
export function tagEnd(bytes: Buffer, from: number): number {
  const length = bytes.length;
  let quote = 0;
  for (let at = from; at < length; at++) {
    const code = bytes[at] ?? 0;
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === GT) return at;
    else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) quote = code;
  }
  return -1;
}

/** The index after `terminator` (searched from `from`), or -1 when it is not in this chunk. */
export function after(bytes: Buffer, from: number, terminator: string): number {
  const end = bytes.indexOf(terminator, from);
  return end < 0 ? -1 : end + terminator.length;
}

/** `end`, or where the UTF-8 character that `end` cuts in two starts. */
export function wholeCharacters(bytes: Buffer, start: number, end: number): number {
  let lead = end - 1;
  while (lead > start && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  const byte = bytes[lead] ?? 0;
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return lead >= start && lead + length > end ? lead : end;
}

/** Whether the bytes at `at` spell `ascii`. */
export function startsWith(bytes: Buffer, at: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Whether the bytes from `start` to `end` spell `name` (names are ASCII). */
export function sameName(bytes: Buffer, start: number, end: number, name: string): boolean {
  return end - start === name.length && startsWith(bytes, start, name);
}

/** XML white space: space, tab, CR, LF. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The index of the first byte from `from` (before `end`) that is not XML white space, or `end`. */
export function skipSpace(bytes: Buffer, from: number, end = bytes.length): number {
  let at = from;
  while (at < end && isSpace(bytes[at] ?? 0)) at++;
  return at;
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text with its entities and character references decoded; anything else that starts with `&` kept. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, named?: string, decimal?: string, hex?: string) => {
    if (named !== undefined) return NAMED[named] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Short texts seen recently (element names, attribute values such as `str` or `1`), so that one met millions
 * of times is one string, decoded once. A table of `size` slots (a power of two) by length and end bytes.
 */
export class ShortTexts {
  private readonly slots: (string | undefined)[];

  constructor(private readonly size: number) {
    this.slots = new Array<string | undefined>(size);
  }

  /** The text of these bytes (UTF-8), the same string as last time when they spell a text met before. */
  text(bytes: Buffer, start: number, end: number): string {
    const length = end - start;
    if (length === 0) return '';
    const slot = (length * 7 + (bytes[start] ?? 0) * 31 + (bytes[end - 1] ?? 0) * 3) & (this.size - 1);
    const known = this.slots[slot];
    if (known !== undefined && sameName(bytes, start, end, known)) return known;
    const text = bytes.toString('utf8', start, end);
    this.slots[slot] = text;
    return text;
  }
}
