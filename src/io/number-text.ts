/** Every decimal of up to this many significant digits is a different double. */
const MOST_EXACT_DIGITS = 15;

/**
 * A number as plain decimal text, never in exponent form (`1e21` → `1000000000000000000000`, `1e-7` →
 * `0.0000001`); integers without `.0`. With `significantDigits` the number is first rounded the way a
 * spreadsheet displays it (Excel shows 15), so `0.1 + 0.2` reads as `0.3` (but the largest doubles, which
 * would round past the largest, stay as they are). Not-finite numbers give ''.
 */
export function plainNumber(value: number, significantDigits?: number): string {
  if (!Number.isFinite(value)) return '';
  if (value === 0) return '0';
  const shortest = String(value);
  const text =
    significantDigits === undefined || alreadyRounded(shortest, significantDigits) ? shortest : roundedText(value, significantDigits);
  return text.includes('e') ? expandExponent(text) : text;
}

/** The shortest text of `value` rounded to `digits` significant digits; `value`'s own when rounding would overflow. */
function roundedText(value: number, digits: number): string {
  const rounded = Number(value.toPrecision(digits));
  return String(Number.isFinite(rounded) ? rounded : value);
}

/**
 * Whether a number whose shortest text is `shortest` keeps its value when rounded to `digits` significant
 * digits: true when that text has no more digits than that. Only up to 15 digits, where the roundings lie
 * further apart than neighbouring doubles; and all of the text's digits count, so that the answer is never
 * wrongly yes. It spares most cells of a sheet the costly `toPrecision`.
 */
function alreadyRounded(shortest: string, digits: number): boolean {
  if (digits > MOST_EXACT_DIGITS) return false;
  let count = 0;
  for (let i = 0; i < shortest.length; i++) {
    const code = shortest.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39 && ++count > digits) return false;
  }
  return true;
}

/** `-1.25e-7` → `-0.000000125`: moves the decimal point instead of multiplying, so no digit changes. */
function expandExponent(text: string): string {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', fraction = '', exponent = '0'] = match;
  const digits = lead + fraction;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
