import { excelSerialToDate, isDateFormat, isoDateText } from './date-text.js';
import { plainNumber } from './number-text.js';
import { decodeOoxmlText } from './ooxml-text.js';

/** Excel shows at most 15 significant digits; reading gives what the organiser saw. */
const EXCEL_DIGITS = 15;

/** A whole-cell `mailto:` link (Excel turns typed addresses into these) → the bare address. */
const MAILTO = /^mailto:([^\s?@]+@[^\s?]+)(?:\?.*)?$/i;

/** How a cell is formatted, which decides whether a number is a date. */
export interface CellFormat {
  numFmt?: string;
  date1904: boolean;
}

/**
 * The text a cell shows, from any exceljs cell value: rich text as plain text, hyperlinks as their text,
 * formulas as their result, dates as ISO 8601, numbers as plain decimals, booleans as TRUE/FALSE, errors as
 * the error code (`#N/A`).
 */
export function xlsxCellText(value: unknown, format: CellFormat): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return stringText(value);
  if (typeof value === 'number') {
    return isDateFormat(format.numFmt)
      ? isoDateText(excelSerialToDate(value, format.date1904))
      : plainNumber(value, EXCEL_DIGITS);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDateText(value);
  if (typeof value === 'object') return objectText(value as Record<string, unknown>, format);
  return '';
}

function stringText(raw: string): string {
  const text = decodeOoxmlText(raw);
  return MAILTO.exec(text)?.[1] ?? text;
}

function objectText(value: Record<string, unknown>, format: CellFormat): string {
  if (Array.isArray(value.richText)) {
    return stringText(value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join(''));
  }
  if ('hyperlink' in value) return xlsxCellText(value.text, format);
  if ('formula' in value || 'sharedFormula' in value) return xlsxCellText(value.result, format);
  if (typeof value.error === 'string') return value.error;
  return '';
}
