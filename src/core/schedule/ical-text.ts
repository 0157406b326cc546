/** The text layer of iCalendar (RFC 5545 §3.1–3.3): content lines, folding, escaping. */

const MAX_LINE_OCTETS = 75;

/** What `escapeText` changes: backslash, `;`, `,`, line breaks, and control characters other than tab. */
const TEXT_TO_ESCAPE = /\\|;|,|\r\n|\r|\n|(?!\t)\p{Cc}/gu;
const ESCAPED: Readonly<Record<string, string>> = { '\\': '\\\\', ';': '\\;', ',': '\\,', '\r\n': '\\n', '\r': '\\n', '\n': '\\n' };

/** Escapes a TEXT value: backslash, `;`, `,` and line breaks; other control characters are dropped. */
export function escapeText(value: string): string {
  return value.replace(TEXT_TO_ESCAPE, (found) => ESCAPED[found] ?? '');
}

/** Reverses `escapeText`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * A parameter value (`CN=…`), quoted when it holds `:`, `;` or `,`. A parameter cannot hold a
 * double quote or a line break, so those (and `^`) use the RFC 6868 caret escapes.
 */
export function paramValue(value: string): string {
  const clean = value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/\p{Cc}/gu, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (fitsOneLine(line)) return line;
  let folded = '';
  let pieceStart = 0;
  let octets = 0;
  // A continuation line starts with a space, which counts towards its 75 octets.
  let limit = MAX_LINE_OCTETS;
  for (let i = 0; i < line.length; ) {
    const code = line.charCodeAt(i);
    const pair = isHighSurrogate(code) && isLowSurrogate(line.charCodeAt(i + 1));
    // A lone surrogate is written as U+FFFD, 3 octets.
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (octets + size > limit) {
      folded += `${line.slice(pieceStart, i)}\r\n `;
      pieceStart = i;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  return folded + line.slice(pieceStart);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Whether a line is surely at most 75 octets of UTF-8 (most are), so `foldLine` has nothing to do: no UTF-16 unit
 * takes more than 3 octets (a surrogate is counted as 3, more than the 2 each half of a pair takes).
 */
function fitsOneLine(line: string): boolean {
  if (line.length * 3 <= MAX_LINE_OCTETS) return true;
  if (line.length > MAX_LINE_OCTETS) return false;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return octets <= MAX_LINE_OCTETS;
}

/** A logical content line with the physical line number it starts on. */
export interface UnfoldedLine {
  line: number;
  text: string;
}

/** Splits calendar text into logical lines, joining folded continuations (a leading space or tab). */
export function unfoldLines(text: string): UnfoldedLine[] {
  const lines: UnfoldedLine[] = [];
  text.split(/\r\n|\n|\r/).forEach((physical, index) => {
    const last = lines[lines.length - 1];
    if (last && (physical.startsWith(' ') || physical.startsWith('\t'))) last.text += physical.slice(1);
    else if (physical !== '') lines.push({ line: index + 1, text: physical });
  });
  return lines;
}

/** A parsed content line: upper-cased name, parameters (upper-cased names, unquoted values), raw value. */
export interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** `DTSTART;VALUE=DATE:20270215` → its parts; undefined when the line has no `:`. */
export function parseContentLine(text: string): ContentLine | undefined {
  let quoted = false;
  const fields: string[] = [''];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ':') {
      const [name = '', ...params] = fields;
      const entries = params.map((p) => {
        const eq = p.indexOf('=');
        return [p.slice(0, eq).toUpperCase(), p.slice(eq + 1)] as const;
      });
      return { name: name.toUpperCase(), params: Object.fromEntries(entries), value: text.slice(i + 1) };
    } else if (!quoted && char === ';') fields.push('');
    else fields[fields.length - 1] += char;
  }
  return undefined;
}
