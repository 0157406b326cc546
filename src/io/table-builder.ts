import type { Table, TableRow } from '../core/types.js';
import { cleanHeader, uniqueHeaders } from './headers.js';
import { HEADER_SEARCH_ROWS, findHeaderRow, isBlankRow } from './header-row.js';
import { limitExceeded, type ReadLimits } from './limits.js';
import type { RowSink, RowStream } from './row-stream.js';
import { keptColumns, shaped, unnamedColumn, type Columns } from './table-columns.js';

/** A header longer than this is not quoted in a message (a question pasted whole, or a runaway line). */
const MAX_NAMED_HEADER = 200;

/** What a blank row read before the header is chosen is kept as: it is never the header, and only counted after it. */
const BLANK_ROW: TableRow = Object.freeze({ line: 0, cells: Object.freeze([]) as unknown as string[] });

/** Where the rows come from, for `Table` and for error messages. */
export interface TableOrigin {
  file: string;
  sheet?: string;
}

/**
 * What becomes of cells to the right of the header. `columns` (a worksheet, where someone typed them there):
 * they get columns named `Column N`. `overflow` (delimited text, where an unquoted delimiter shifts a row's
 * answers): the row keeps them after its header-wide cells, so that a row longer than `headers` can be
 * rejected with its row number rather than silently misread.
 */
export type CellsPastHeader = 'columns' | 'overflow';

/**
 * Turns raw rows (as a CSV parser or a worksheet gives them, with their spreadsheet row numbers) into a
 * `Table`: finds the header below any title rows, drops and counts blank rows, names and de-duplicates the
 * columns, drops unnamed empty columns, and enforces the size limits as rows arrive.
 */
export class TableBuilder {
  private readonly top: TableRow[] = [];
  /** How many fields each row of `top` had as read, trailing empty ones included (see chooseHeader). */
  private readonly topWidths: number[] = [];
  private topFilled = 0;
  private header: string[] | undefined;
  private data: TableRow[] = [];
  private blankRows = 0;
  /** The stream offered, until its head is read and it is asked for a sink. */
  private stream: RowStream | undefined;
  /** Set once the rows go to a stream's sink, in the columns of its head. */
  private sink: { to: RowSink; columns: Columns; rows: number } | undefined;
  /** A row after the head has an answer outside the head's columns (in an unnamed one blank there, or past them). */
  private answeredOutsideHead = false;

  constructor(
    private readonly origin: TableOrigin,
    private readonly limits: ReadLimits,
    private readonly pastHeader: CellsPastHeader = 'columns',
    stream?: RowStream,
  ) {
    this.stream = stream;
  }

  /** Adds the next row; throws an InputError when it breaks a size limit. */
  add(line: number, rawCells: readonly string[]): void {
    const cells = cleanCells(rawCells);
    if (cells.length > this.limits.maxColumns) {
      throw limitExceeded('maxColumns', this.limits, { ...this.origin, row: line });
    }
    if (this.header !== undefined) {
      this.checkCells({ line, cells }, true);
      return this.addData({ line, cells });
    }
    if (isBlankRow(cells)) {
      // Blank rows only count, and a file of a few answers can have a million of them (an export of formatted but empty
      // rows) before its header is chosen: one shared row stands for each, so its own cells are checked now.
      this.checkCells({ line, cells }, false);
      this.top.push(BLANK_ROW);
      this.topWidths.push(0);
      return;
    }
    // A row above or at the header has its cells checked once the header is known, to name their columns.
    this.top.push({ line, cells });
    this.topWidths.push(rawCells.length);
    if (++this.topFilled >= HEADER_SEARCH_ROWS) this.chooseHeader();
  }

  /** The finished table, of a builder given no stream (a reader given one calls `end`). */
  finish(): Table {
    if (this.sink) throw new Error('TableBuilder.finish: the rows went to a stream, whose reader calls end()');
    // A header still to be chosen (fewer than HEADER_SEARCH_ROWS filled rows) is chosen whole: no stream for so few.
    this.stream = undefined;
    if (this.header === undefined) this.chooseHeader();
    const columns = this.columns();
    return this.table(columns, this.data.map((row) => shaped(row, columns)));
  }

  /**
   * `finish` for a reader given a stream: the table, after a sink that took rows has been told it ends (the table then
   * has none of them); undefined when they cannot stand (see RowSink.end, or a row answered a column the head left
   * out), and the file must be read again without the stream.
   */
  end(): Table | undefined {
    const { sink } = this;
    if (!sink) return this.finish();
    this.sink = undefined;
    if (this.answeredOutsideHead) {
      sink.to.cancel();
      return undefined;
    }
    const table = this.table(sink.columns, []);
    return sink.to.end(table) ? table : undefined;
  }

  /** Tells a sink that the rows it took do not count: the reader reads the file again another way. */
  cancel(): void {
    this.sink?.to.cancel();
    this.sink = undefined;
  }

  private columns(): Columns {
    return keptColumns(this.header ?? [], this.data, this.pastHeader === 'overflow');
  }

  private table(columns: Columns, rows: TableRow[]): Table {
    const table: Table = { file: this.origin.file, headers: uniqueHeaders(columns.names), rows, blankRows: this.blankRows };
    if (this.origin.sheet !== undefined) table.sheet = this.origin.sheet;
    return table;
  }

  private chooseHeader(): void {
    const index = findHeaderRow(this.top.map((row) => row.cells));
    this.header = this.top[index]?.cells ?? [];
    if (this.pastHeader === 'overflow') {
      // A header row of delimited text that ends in empty fields (`Email,Name,`) has columns there, unnamed: a
      // spreadsheet writes them when someone typed notes beside the answers. Answers in them are no overflow.
      const width = Math.min(this.topWidths[index] ?? 0, this.limits.maxColumns);
      if (width > this.header.length) this.header = [...this.header, ...new Array<string>(width - this.header.length).fill('')];
    }
    this.top.forEach((row, i) => this.checkCells(row, i !== index));
    if (index >= 0) this.top.slice(index + 1).forEach((row) => this.addData(row));
    this.top.length = 0;
    this.topWidths.length = 0;
  }

  private addData(row: TableRow): void {
    if (isBlankRow(row.cells)) {
      this.blankRows++;
      return;
    }
    if (this.data.length + (this.sink?.rows ?? 0) >= this.limits.maxRows) {
      throw limitExceeded('maxRows', this.limits, { ...this.origin, row: row.line });
    }
    if (this.sink) return this.toSink(row, this.sink);
    this.data.push(row);
    if (this.stream && this.data.length >= this.stream.headRows) this.openSink(this.stream);
  }

  private openSink(stream: RowStream): void {
    this.stream = undefined;
    const columns = this.columns();
    const to = stream.open(this.table(columns, this.data.map((row) => shaped(row, columns))));
    if (!to) return;
    this.sink = { to, columns, rows: this.data.length };
    this.data = [];
  }

  private toSink(row: TableRow, sink: { to: RowSink; columns: Columns; rows: number }): void {
    const { width, overflow, dropped } = sink.columns;
    for (const column of dropped) if ((row.cells[column] ?? '').trim() !== '') this.answeredOutsideHead = true;
    // A worksheet row answered past the head's columns would have widened the table; blank cells there would not.
    if (!overflow && row.cells.length > width) {
      if (row.cells.slice(width).some((cell) => cell.trim() !== '')) this.answeredOutsideHead = true;
      else row.cells.length = width;
    }
    sink.rows++;
    sink.to.add(shaped(row, sink.columns));
  }

  /**
   * Throws when a cell is longer than the limit, naming its column by the header (known by now) unless the row is the
   * header itself (`byHeader` false), whose cell would name itself.
   */
  private checkCells({ line, cells }: TableRow, byHeader: boolean): void {
    for (let i = 0; i < cells.length; i++) {
      if ((cells[i] ?? '').length <= this.limits.maxCellChars) continue;
      const column = byHeader ? this.columnName(i) : unnamedColumn(i);
      throw limitExceeded('maxCellChars', this.limits, { ...this.origin, row: line, column });
    }
  }

  /** A column's name for a message: its header, or `unnamedColumn` for one without (or with a runaway one). */
  private columnName(column: number): string {
    const raw = this.header?.[column] ?? '';
    // A runaway header is not cleaned at all: that alone took seconds for a 36 MB one.
    const header = raw.length <= 10 * MAX_NAMED_HEADER ? cleanHeader(raw) : '';
    return header !== '' && header.length <= MAX_NAMED_HEADER ? header : unnamedColumn(column);
  }
}

/** CR LF inside a cell becomes LF; trailing empty cells go (rows are padded to the header's width later). */
function cleanCells(raw: readonly string[]): string[] {
  let length = raw.length;
  while (length > 0 && raw[length - 1] === '') length--;
  const cells = new Array<string>(length);
  for (let i = 0; i < length; i++) {
    const cell = raw[i] ?? '';
    cells[i] = cell.includes('\r\n') ? cell.replace(/\r\n/g, '\n') : cell;
  }
  return cells;
}
