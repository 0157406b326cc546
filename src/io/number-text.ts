/**
 * A number as plain decimal text, never in exponent form (`1e21` → `1000000000000000000000`, `1e-7` →
 * `0.0000001`); integers without `.0`. With `significantDigits` the number is first rounded the way a
 * spreadsheet displays it (Excel shows 15), so `0.1 + 0.2` reads as `0.3`. Not-finite numbers give ''.
 */
export function plainNumber(value: number, significantDigits?: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = significantDigits === undefined ? value : Number(value.toPrecision(significantDigits));
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  const text = String(rounded);
  return text.includes('e') ? expandExponent(text) : text;
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
