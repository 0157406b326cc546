/** The text layer of iCalendar (RFC 5545 §3.1–3.3): content lines, folding, escaping. */

const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value: backslash, `;`, `,` and line breaks (CR LF, CR or LF); other control characters but tab are dropped. */
export function escapeText(value: string): string {
  // A loop over the characters rather than a regular expression: a national calendar escapes millions of values.
  let escaped = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x5c && code < 0x7f) continue;
    let replacement: string;
    if (code === 0x5c) replacement = '\\\\';
    else if (code === 0x3b) replacement = '\\;';
    else if (code === 0x2c) replacement = '\\,';
    else if (code === 0x0a || code === 0x0d) replacement = '\\n';
    else if (isControl(code) && code !== 0x09) replacement = '';
    else continue;
    escaped += value.slice(from, i) + replacement;
    if (code === 0x0d && value.charCodeAt(i + 1) === 0x0a) i++;
    from = i + 1;
  }
  return from === 0 ? value : escaped + value.slice(from);
}

/** Unicode's control characters (general category Cc). */
function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
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
  // eslint-disable-next-line no-control-regex -- control characters are among what changes a value
  if (!/[\^"\0-\x1f\x7f-\x9f:;,]/.test(value)) return value;
  const clean = value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/\p{Cc}/gu, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  return fitsOneLine(line, 0, line.length) ? line : foldRange(line, 0, line.length);
}

/** Content lines, each folded as `foldLine` folds it and ended with CRLF, as one text. */
export function foldLines(contentLines: readonly string[]): string {
  if (contentLines.length === 0) return '';
  // Joined first, then folded where needed: reading the characters of one flat text costs far less than reading
  // those of each line while it is still the pieces it was built from.
  const text = `${contentLines.join('\r\n')}\r\n`;
  let folded = '';
  let copied = 0;
  let start = 0;
  for (const line of contentLines) {
    const end = start + line.length;
    if (!fitsOneLine(text, start, end)) {
      folded += text.slice(copied, start) + foldRange(text, start, end);
      copied = end;
    }
    start = end + 2;
  }
  return copied === 0 ? text : folded + text.slice(copied);
}

/** `text` from `start` to `end` (one content line) folded into lines of at most 75 octets. */
function foldRange(text: string, start: number, end: number): string {
  let folded = '';
  let pieceStart = start;
  let octets = 0;
  // A continuation line starts with a space, which counts towards its 75 octets.
  let limit = MAX_LINE_OCTETS;
  for (let i = start; i < end; ) {
    const code = text.charCodeAt(i);
    const pair = isHighSurrogate(code) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1));
    // A lone surrogate is written as U+FFFD, 3 octets.
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (octets + size > limit) {
      folded += `${text.slice(pieceStart, i)}\r\n `;
      pieceStart = i;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  return folded + text.slice(pieceStart, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Whether a line (`text` from `start` to `end`) is surely at most 75 octets of UTF-8 (most are), so it needs no
 * folding: no UTF-16 unit takes more than 3 octets (a surrogate is counted as 3, more than the 2 each half of a
 * pair takes).
 */
function fitsOneLine(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length * 3 <= MAX_LINE_OCTETS) return true;
  if (length > MAX_LINE_OCTETS) return false;
  let octets = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
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
