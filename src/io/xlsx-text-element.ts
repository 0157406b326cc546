import { encodeOoxmlText } from './ooxml-text.js';
import { escapeXml } from './xlsx-parts.js';

/** Characters that XML escaping or OOXML's `_xHHHH_` encoding may change (a superset, tested cheaply). */
// eslint-disable-next-line no-control-regex -- control characters are what OOXML encodes
const MAY_NEED_ESCAPING = /[&<>"\0-\x1f]|_x/;

/** A text as the `<t>` element of an inline string or a shared string, escaped and encoded. */
export function textElement(text: string): string {
  // Most texts need no escaping: one test spares them the three passes that would change nothing.
  const encoded = MAY_NEED_ESCAPING.test(text) ? escapeXml(encodeOoxmlText(text)) : text;
  // Without xml:space="preserve" a reader may drop leading or trailing spaces and line breaks.
  const space = mayBeSpace(encoded.charCodeAt(0)) || mayBeSpace(encoded.charCodeAt(encoded.length - 1));
  return space && /^\s|\s$/.test(encoded) ? `<t xml:space="preserve">${encoded}</t>` : `<t>${encoded}</t>`;
}

/** Whether a character might be white space as `\s` means it (ASCII controls and space, or beyond ASCII). */
function mayBeSpace(code: number): boolean {
  return code <= 0x20 || code > 0x7e;
}
