import { RecentTexts } from './read-csv-texts.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** What `scanRecord` found: a record ending at `next`, or that the text ends too soon, or CSV it does not read. */
const MORE = -1;
const UNREADABLE = -2;
/** A record still open after this many characters is left to csv-parse (most likely a quote never closed). */
const MAX_PENDING = 32 << 20;

/**
 * A fast reader of well-formed delimited text that gives exactly the records csv-parse gives (with the
 * options `readDelimited` uses: relaxed quotes and column counts, empty lines kept, and CR LF, LF or CR each
 * ending a record outside quotes). It reads cells that are either unquoted or wholly quoted (`""` for a quote
 * inside); for anything else (text after a closing quote, a quote never closed) `push` returns false, and the
 * caller reads the input again with csv-parse, whose relaxed rules and error messages are the reference.
 */
export class CsvRecordScanner {
  private pending = '';
  private readonly delimiter: number;
  private readonly recent = new RecentTexts();
  /** The next delimiter, LF and CR in the text being read, found by `indexOf` (see `fieldEnd`). */
  private delimiterAt = -1;
  private lineFeedAt = -1;
  private carriageReturnAt = -1;

  constructor(
    private readonly delimiterText: string,
    private readonly onRecord: (cells: string[]) => void,
  ) {
    this.delimiter = delimiterText.charCodeAt(0);
  }

  /** The length of the record open at the end of the text so far (0 when none): the next `push` reads it again. */
  get openRecordLength(): number {
    return this.pending.length;
  }

  /** Reads the next slice of text (`last` for the final one); false when the text needs csv-parse. */
  push(chunk: string, last: boolean): boolean {
    const text = this.pending === '' ? chunk : this.pending + chunk;
    this.pending = '';
    this.delimiterAt = -1;
    this.lineFeedAt = -1;
    this.carriageReturnAt = -1;
    let at = 0;
    while (at < text.length) {
      const cells: string[] = [];
      const next = this.scanRecord(text, at, last, cells);
      if (next === UNREADABLE) return false;
      if (next === MORE) {
        this.pending = text.slice(at);
        return this.pending.length <= MAX_PENDING;
      }
      this.onRecord(cells);
      at = next;
    }
    return true;
  }

  /** Scans one record from `start` into `cells`; the index after it, MORE or UNREADABLE. */
  private scanRecord(text: string, start: number, last: boolean, cells: string[]): number {
    const length = text.length;
    let at = start;
    for (;;) {
      let end: number;
      if (at < length && text.charCodeAt(at) === QUOTE) {
        end = this.scanQuoted(text, at + 1, last, cells);
        if (end < 0) return end;
      } else {
        end = this.fieldEnd(text, at);
        cells.push(this.recent.text(cells.length, text, at, end));
      }
      if (end >= length) return last ? length : MORE;
      const code = text.charCodeAt(end);
      if (code === this.delimiter) {
        at = end + 1;
        continue;
      }
      const breakLength = this.lineBreakAt(text, end, last);
      if (breakLength === MORE) return MORE;
      if (breakLength > 0) return end + breakLength;
      return UNREADABLE;
    }
  }

  /** A quoted cell whose text starts at `from`: pushes it and returns the index after its closing quote. */
  private scanQuoted(text: string, from: number, last: boolean, cells: string[]): number {
    let value = '';
    let at = from;
    for (;;) {
      const quote = text.indexOf('"', at);
      if (quote < 0) return last ? UNREADABLE : MORE;
      if (quote + 1 >= text.length && !last) return MORE;
      if (text.charCodeAt(quote + 1) === QUOTE) {
        value += text.slice(at, quote + 1);
        at = quote + 2;
        continue;
      }
      cells.push(value === '' ? this.recent.text(cells.length, text, at, quote) : value + text.slice(at, quote));
      return quote + 1;
    }
  }

  /**
   * The end of an unquoted cell: the next delimiter, LF or CR (a quote inside is just a character). Each is
   * found with `indexOf` and remembered until the cell passes it.
   */
  private fieldEnd(text: string, from: number): number {
    if (this.delimiterAt < from) this.delimiterAt = indexOrLength(text, this.delimiterText, from);
    if (this.lineFeedAt < from) this.lineFeedAt = indexOrLength(text, '\n', from);
    if (this.carriageReturnAt < from) this.carriageReturnAt = indexOrLength(text, '\r', from);
    return Math.min(this.delimiterAt, this.lineFeedAt, this.carriageReturnAt);
  }

  /**
   * The length of the line break at `at`: 2 for CR LF, 1 for LF or a CR alone, 0 when the character there is
   * none (which makes the record unreadable here), or MORE when a CR ends a slice that is not the last.
   */
  private lineBreakAt(text: string, at: number, last: boolean): number {
    const code = text.charCodeAt(at);
    if (code === LF) return 1;
    if (code !== CR) return 0;
    if (at + 1 >= text.length) return last ? 1 : MORE;
    return text.charCodeAt(at + 1) === LF ? 2 : 1;
  }
}

function indexOrLength(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}
