import { neutralise } from './neutralise.js';
import { plainNumber } from './number-text.js';
import { cellText, listTexts, ROWS_PER_REPORT, type Cell, type RowsWritten, type OutputSheet } from './sheet.js';
import { utf8Chunks } from './utf8-chunks.js';

/** A field goes in double quotes (inner quotes doubled) when it holds a quote, the delimiter, CR or LF. */
const COMMA_FIELD_NEEDS_QUOTES = /[",\n\r]/;
const TAB_FIELD_NEEDS_QUOTES = /["\t\n\r]/;

/** First characters that may make a text need neutralising (spaces and quotes can come before the formula). */
const MAYBE_FORMULA = new Set(["'", ' ', '\u00a0', '=', '+', '-', '@', '\t', '\r', '\n', '\0']);

/**
 * A sheet as CSV (or TSV) bytes in chunks: UTF-8 without BOM, LF line ends, quotes only where needed (a cell
 * with a quote, the delimiter or a line break), every text cell neutralised against formulas. The same text
 * as csv-stringify writes with these options, without its per-cell overhead.
 */
export function delimitedChunks(sheet: OutputSheet, delimiter: ',' | '\t', onRows?: RowsWritten): Generator<Buffer> {
  return utf8Chunks(delimitedLines(sheet, delimiter, onRows), { lineFeeds: true });
}

/** The lines of `delimitedChunks`, without their line feeds. */
function* delimitedLines(sheet: OutputSheet, delimiter: ',' | '\t', onRows?: RowsWritten): Generator<string> {
  const { columns, rows } = sheet;
  if (columns.length === 0) return;
  const needsQuotes = delimiter === ',' ? COMMA_FIELD_NEEDS_QUOTES : TAB_FIELD_NEEDS_QUOTES;
  yield columns.map((column) => csvField(neutralise(column), needsQuotes)).join(delimiter);
  const fields = new Array<string>(columns.length);
  const listText = listTexts();
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i) ?? {};
    for (let c = 0; c < columns.length; c++) {
      const cell = row[columns[c] ?? ''];
      fields[c] = csvField(safeText(Array.isArray(cell) ? listText(cell) : cell), needsQuotes);
    }
    yield fields.join(delimiter);
    if ((i + 1) % ROWS_PER_REPORT === 0 || i + 1 === rows.length) onRows?.(i + 1);
  }
}

/** One cell as the field `delimitedChunks` writes for it. */
export function delimitedField(cell: Cell | undefined, delimiter: ',' | '\t'): string {
  return csvField(safeText(cell), delimiter === ',' ? COMMA_FIELD_NEEDS_QUOTES : TAB_FIELD_NEEDS_QUOTES);
}

/** A field, in double quotes (inner quotes doubled) when it holds a quote, the delimiter, CR or LF. */
function csvField(text: string, needsQuotes: RegExp): string {
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A cell as safe CSV text: numbers as plain numbers, text neutralised against formulas (only when it may be one). */
function safeText(cell: Cell | undefined): string {
  if (typeof cell === 'number') return plainNumber(cell);
  const text = cellText(cell);
  return text !== '' && MAYBE_FORMULA.has(text.charAt(0)) ? neutralise(text) : text;
}
