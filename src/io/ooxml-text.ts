/**
 * Office Open XML writes characters that XML cannot hold (control characters, and CR that XML would turn
 * into LF) as `_xHHHH_`, and a literal `_xHHHH_` text as `_x005F_xHHHH_`. exceljs does neither, so the
 * xlsx reader and writer do it here.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /_(?=x[0-9A-Fa-f]{4}[_\0-\x08\x0b\x0c\r\x0e-\x1f])|[\0-\x08\x0b\x0c\r\x0e-\x1f]/g;

/** `a_x000D_b` → `a\rb`; `_x005F_x0041_` → `_x0041_`. */
export function decodeOoxmlText(text: string): string {
  return text.includes('_x') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/**
 * The inverse of `decodeOoxmlText`, for text written into an xlsx cell. An underscore is escaped when what
 * follows it in the output would read as an escape, including when the next character is itself escaped.
 */
export function encodeOoxmlText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
