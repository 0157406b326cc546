import { excelSerialToDate, isoDateText } from './date-text.js';
import { plainNumber } from './number-text.js';
import type { XmlHandler, XmlTag } from './read-xml.js';
import type { WorkbookParts } from './read-xlsx-parts.js';
import { skimRow, type CellState } from './read-xlsx-row-skim.js';
import { skipSpace } from './read-xml-bytes.js';
import { xlsxCellText } from './xlsx-cell-text.js';

/** Excel shows at most 15 significant digits; reading gives what the organiser saw. */
const EXCEL_DIGITS = 15;

/**
 * Reads a worksheet part's `<sheetData>` row by row as its XML streams past (see XmlScanner), handing each
 * row with a value to `onRow` with its spreadsheet row number and the text of each cell as Excel shows it:
 * shared and inline strings (rich text joined), numbers as plain decimals, dates (by the cell's style) as
 * ISO 8601, booleans as TRUE/FALSE, errors as their code, formulas as their cached result. A row whose
 * cells hold no value (formatting only) is left out; missing cells in a row are ''.
 */
export class WorksheetRows implements XmlHandler {
  private inSheetData = false;
  private rowNumber = 0;
  private lastColumn = 0;
  private cells: string[] | undefined;
  private cell: CellState | undefined;
  private inText = false;
  private inPhonetic = false;

  constructor(
    private readonly parts: WorkbookParts,
    private readonly onRow: (rowNumber: number, cells: string[]) => void,
  ) {}

  open(name: string, tag: XmlTag): void {
    switch (name) {
      case 'sheetData':
        this.inSheetData = true;
        break;
      case 'row':
        if (this.inSheetData) this.openRow(tag);
        break;
      case 'c':
        if (this.cells) this.openCell(tag);
        break;
      case 'v':
        this.startValue(true, true);
        break;
      case 'is':
        this.startValue(true, false);
        break;
      case 't':
        if (!this.inPhonetic) this.startValue(false, true);
        break;
      case 'rPh':
        this.inPhonetic = true;
        break;
      case 'f':
        if (this.cell) this.cell.hasFormula = true;
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'sheetData':
        this.inSheetData = false;
        break;
      case 'row':
        this.closeRow();
        break;
      case 'c':
        this.closeCell();
        break;
      case 'v':
      case 't':
        this.inText = false;
        break;
      case 'rPh':
        this.inPhonetic = false;
        break;
    }
  }

  text(text: string): void {
    if (this.cell) this.cell.text += text;
  }

  wantsText(): boolean {
    return this.inText;
  }

  /** Plain rows (most of them) read whole by `skimRow`; the rest are left to the scanner, element by element. */
  skim(bytes: Buffer, from: number): number {
    if (!this.inSheetData || this.cells) return from;
    let at = from;
    for (;;) {
      const row = skimRow(bytes, at, this.rowNumber);
      if (!row) return at;
      this.rowNumber = row.rowNumber;
      this.cells = [];
      for (const cell of row.cells) this.addCell(cell);
      this.closeRow();
      at = skipSpace(bytes, row.end);
    }
  }

  private openRow(tag: XmlTag): void {
    const r = parseInt(tag.attribute('r') ?? '', 10);
    // Rows without a number follow the one before, as Excel reads them.
    this.rowNumber = Number.isNaN(r) ? this.rowNumber + 1 : r;
    this.cells = [];
    this.lastColumn = 0;
  }

  private closeRow(): void {
    if (!this.cells) return;
    const cells = this.cells;
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (cells.length > 0) this.onRow(this.rowNumber, cells);
    this.cells = undefined;
  }

  private openCell(tag: XmlTag): void {
    // A cell without a reference follows the one before it.
    const column = columnOf(tag.attribute('r')) ?? this.lastColumn + 1;
    this.lastColumn = column;
    const style = parseInt(tag.attribute('s') ?? '', 10);
    this.cell = { column, type: tag.attribute('t'), style, hasValue: false, hasFormula: false, text: '' };
  }

  /**
   * A value element starts: `<v>` and `<is>` replace the cell's text (`fresh`), each `<t>` of an inline string
   * adds its text to it; text is read inside `<v>` and `<t>` only (`reads`).
   */
  private startValue(fresh: boolean, reads: boolean): void {
    if (!this.cell) return;
    if (fresh) this.cell.text = '';
    this.cell.hasValue = true;
    this.inText = reads;
  }

  private closeCell(): void {
    const cell = this.cell;
    this.cell = undefined;
    if (cell) this.addCell(cell);
  }

  private addCell(cell: CellState): void {
    if (!this.cells) return;
    const text = this.cellText(cell);
    if (text !== undefined) this.cells[cell.column - 1] = text;
  }

  /** What the cell shows, or undefined for a cell with no value (which does not make a row). */
  private cellText(cell: CellState): string | undefined {
    if (cell.hasFormula) {
      if (!cell.hasValue) return '';
      return cell.type === 'str' ? xlsxCellText(cell.text, NO_FORMAT) : this.numberText(parseFloat(cell.text), cell);
    }
    if (!cell.hasValue) return undefined;
    switch (cell.type) {
      case 's':
        return this.parts.sharedStrings[parseInt(cell.text, 10)];
      case 'inlineStr':
      case 'str':
        return xlsxCellText(cell.text, NO_FORMAT);
      case 'e':
        return cell.text;
      case 'b':
        return parseInt(cell.text, 10) !== 0 ? 'TRUE' : 'FALSE';
      default:
        return this.numberText(parseFloat(cell.text), cell);
    }
  }

  private numberText(value: number, cell: CellState): string {
    return this.parts.dateStyles[cell.style] === true
      ? isoDateText(excelSerialToDate(value, this.parts.date1904))
      : plainNumber(value, EXCEL_DIGITS);
  }
}

const NO_FORMAT = { date1904: false };

/** The 1-based column of a cell reference (`C7` → 3), or undefined when there is none. */
export function columnOf(reference: string | undefined): number | undefined {
  if (!reference) return undefined;
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return column > 0 ? column : undefined;
}
