/**
 * Bytes 0x80–0x9F of Windows-1252 (WHATWG index), where it differs from Latin-1. Node 20.18.3+ decodes
 * `windows-1252` as Latin-1 and turns these into control characters (nodejs/node#60888), so the table is here.
 */
const HIGH_CONTROLS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes as text (every byte is one character, so slices can be decoded independently). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => HIGH_CONTROLS.charAt(ch.charCodeAt(0) - 0x80));
}
