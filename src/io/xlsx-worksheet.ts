import { OutputError } from '../errors.js';
import { neutralise } from './neutralise.js';
import { cellText, LIST_SEPARATOR, listTexts, ROWS_PER_REPORT, type Cell, type RowsWritten, type OutputSheet } from './sheet.js';
import { ColumnSharing, type SharedStrings } from './xlsx-shared-strings.js';
import { utf8Chunks } from './utf8-chunks.js';
import { textElement } from './xlsx-text-element.js';

/** Excel's limits: longer cells or more rows make it report the file as damaged. */
const MAX_CELL_CHARS = 32_767;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const BOLD_STYLE = 1;

/** OutputError when a sheet has more rows (the header takes one) or columns than an Excel worksheet holds. */
export function refuseOverExcelLimits(sheet: OutputSheet): void {
  if (sheet.rows.length >= MAX_ROWS) {
    throw new OutputError(
      `the sheet "${sheet.name}" has ${sheet.rows.length} rows, more than an Excel sheet holds: write .csv instead`,
    );
  }
  if (sheet.columns.length > MAX_COLUMNS) {
    throw new OutputError(
      `the sheet "${sheet.name}" has ${sheet.columns.length} columns, more than Excel's ${MAX_COLUMNS}: write .csv instead`,
    );
  }
}

/** The autofilter's range over the header and every row (`$A$1:$C$12`), or none when there are no columns. */
export function filterRange(sheet: OutputSheet): string | undefined {
  const last = sheet.columns.length;
  return last === 0 ? undefined : `$A$1:$${columnLetters(last - 1)}$${sheet.rows.length + 1}`;
}

/**
 * A worksheet's XML in pieces: a bold header row, frozen and filtered; column widths from the content;
 * numbers as numbers; everything else as neutralised text, from `strings` where its column repeats itself and
 * inline otherwise (all inline without `strings`). OutputError for a cell Excel cannot hold.
 */
export function worksheetChunks(sheet: OutputSheet, selected: boolean, onRows?: RowsWritten, strings?: SharedStrings): Generator<Buffer> {
  return utf8Chunks(worksheetTexts(sheet, selected, onRows, strings));
}

/** The XML of `worksheetChunks`, row by row. */
function* worksheetTexts(sheet: OutputSheet, selected: boolean, onRows?: RowsWritten, strings?: SharedStrings): Generator<string> {
  const letters = sheet.columns.map((_, i) => columnLetters(i));
  const sharing = strings ? sheet.columns.map(() => new ColumnSharing(strings)) : [];
  const range = filterRange(sheet)?.replace(/\$/g, '');
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="${range ?? 'A1'}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columnsXml(columnWidths(sheet)) +
    '<sheetData>';
  if (letters.length > 0) {
    let header = `<row r="1" s="${BOLD_STYLE}" customFormat="1">`;
    sheet.columns.forEach((column, i) => (header += cellXml(`${letters[i]}1`, column, sheet, ` s="${BOLD_STYLE}"`)));
    yield `${header}</row>`;
    const { columns, rows } = sheet;
    const listText = listTexts();
    for (let r = 0; r < rows.length; r++) {
      const row = rows.at(r) ?? {};
      const n = r + 2;
      let xml = `<row r="${n}">`;
      for (let c = 0; c < letters.length; c++) {
        const cell = row[columns[c] ?? ''];
        xml += cellXml(`${letters[c]}${n}`, Array.isArray(cell) ? listText(cell) : cell, sheet, '', sharing[c]);
      }
      yield `${xml}</row>`;
      if ((r + 1) % ROWS_PER_REPORT === 0) onRows?.(r + 1);
    }
  }
  // Told at the end too: a sheet shorter than a report still moves the bar.
  if (sheet.rows.length > 0) onRows?.(sheet.rows.length);
  yield `</sheetData>${range === undefined ? '' : `<autoFilter ref="${range}"/>`}</worksheet>`;
}

/** One cell: a number as a number, text as a shared string (when its column shares) or inline, nothing when empty. */
function cellXml(
  ref: string,
  cell: Cell | undefined,
  sheet: OutputSheet,
  style: string,
  sharing?: ColumnSharing,
): string {
  if (typeof cell === 'number' && Number.isFinite(cell)) return `<c r="${ref}"${style}><v>${cell}</v></c>`;
  const text = safeText(cellText(cell));
  if (text === '') return '';
  if (text.length > MAX_CELL_CHARS) {
    throw new OutputError(
      `a cell of the sheet "${sheet.name}" holds ${text.length} characters, more than Excel's ${MAX_CELL_CHARS}: ` +
        'write .csv or .json instead',
    );
  }
  const position = sharing?.positionOf(text);
  if (position !== undefined) return `<c r="${ref}"${style} t="s"><v>${position}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is>${textElement(text)}</is></c>`;
}

/** `neutralise`, skipped for the many texts that start with an ASCII letter or digit (never a formula). */
function safeText(text: string): string {
  const first = text.charCodeAt(0);
  const plain = (first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || (first >= 0x30 && first <= 0x39);
  return plain ? text : neutralise(text);
}

/** `A`, `B`, … `Z`, `AA`, … for a 0-based column index. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnsXml(widths: readonly number[]): string {
  if (widths.length === 0) return '';
  const cols = widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`);
  return `<cols>${cols.join('')}</cols>`;
}

/** Readable widths: the longest line in each column (header included), clamped so no column is absurd. */
export function columnWidths(sheet: OutputSheet): number[] {
  const { columns, rows } = sheet;
  const longest = columns.map(longestLine);
  // A column is settled once a line reaches the widest a column is drawn: no later cell can change its width.
  const widest = MAX_WIDTH - 2;
  // Row by row rather than column by column: each row is read from memory once.
  for (let r = 0; r < rows.length; r++) {
    const row = rows.at(r) ?? {};
    for (let c = 0; c < columns.length; c++) {
      const sofar = longest[c]!;
      if (sofar >= widest) continue;
      const cell = row[columns[c] ?? ''];
      // A text no longer than the longest line so far cannot hold a longer line.
      if (!textLengthAtMost(cell, sofar)) longest[c] = Math.max(sofar, longestLine(cellText(cell)));
    }
  }
  return longest.map((length) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, length + 2)));
}

/** Whether a cell's text is at most `length` characters long, worked out without joining a list. */
function textLengthAtMost(cell: Cell | undefined, length: number): boolean {
  if (!Array.isArray(cell)) return cellText(cell).length <= length;
  let total = cell.length > 0 ? (cell.length - 1) * LIST_SEPARATOR.length : 0;
  for (let i = 0; i < cell.length && total <= length; i++) total += (cell[i] ?? '').length;
  return total <= length;
}

function longestLine(text: string): number {
  let longest = 0;
  for (let start = 0, end = 0; end !== -1; start = end + 1) {
    end = text.indexOf('\n', start);
    longest = Math.max(longest, (end === -1 ? text.length : end) - start);
  }
  return longest;
}
