import { RecentTexts } from './read-csv-texts.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** What `scanRecord` found: a record ending at `next`, or that the text ends too soon, or CSV it does not read. */
const MORE = -1;
const UNREADABLE = -2;
/**
 * A record still open after this many bytes is left to csv-parse (most likely a quote never closed): 64 MiB, about as
 * many characters as the 32 million the scanner of text allowed (most of a cell's characters take one or two bytes).
 */
const MAX_PENDING = 64 << 20;

/**
 * A fast reader of well-formed delimited text in UTF-8 that gives exactly the records csv-parse gives (with the
 * options `readDelimited` uses: relaxed quotes and column counts, empty lines kept, and CR LF, LF or CR each
 * ending a record outside quotes). It reads cells that are either unquoted or wholly quoted (`""` for a quote
 * inside); for anything else (text after a closing quote, a quote never closed) `push` or `end` returns false, and
 * the caller reads the input again with csv-parse, whose relaxed rules and error messages are the reference.
 * It reads bytes, and decodes only the cells: no text of the whole file is made, and each cell is a string of its
 * own, one byte a character unless it holds a character above U+00FF, that keeps nothing else alive.
 */
export class CsvRecordScanner {
  /** The bytes from the start of a record left open at the end of a slice, and the slices after it so far. */
  private pending = Buffer.alloc(0);
  private pendingLength = 0;
  /** How many pending bytes the open record had when last read: it is read again once they have doubled. */
  private triedLength = 0;
  private readonly delimiter: number;
  private readonly recent = new RecentTexts();

  /** `delimiter` is one ASCII character (`,`, `;` or a tab). */
  constructor(
    delimiter: string,
    private readonly onRecord: (cells: string[]) => void,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * Reads the records the next slice ends; false when the text needs csv-parse. `slice` may be a view reused after
   * the call: what the scanner keeps of it (a record left open) is copied.
   */
  push(slice: Buffer): boolean {
    if (this.pendingLength === 0) return this.read(slice, false);
    this.append(slice);
    // Read again from the record's start only once it has doubled, so a long record is read a few times, not once a slice
    // (and only a reading that leaves it open still longer than MAX_PENDING gives up).
    if (this.pendingLength < 2 * this.triedLength) return true;
    return this.read(this.pending.subarray(0, this.pendingLength), false);
  }

  /** Reads the record left open at the end of the text, if any; false when the text needs csv-parse. */
  end(): boolean {
    return this.pendingLength === 0 || this.read(this.pending.subarray(0, this.pendingLength), true);
  }

  private read(bytes: Buffer, last: boolean): boolean {
    let at = 0;
    while (at < bytes.length) {
      const cells: string[] = [];
      const next = this.scanRecord(bytes, at, last, cells);
      if (next === UNREADABLE) return false;
      if (next === MORE) {
        this.keep(bytes, at);
        return this.pendingLength <= MAX_PENDING;
      }
      this.onRecord(cells);
      at = next;
    }
    this.pendingLength = 0;
    return true;
  }

  /** Keeps `bytes` from `from` on as the open record (they may be the pending bytes themselves). */
  private keep(bytes: Buffer, from: number): void {
    const length = bytes.length - from;
    if (bytes.buffer === this.pending.buffer && bytes.byteOffset === this.pending.byteOffset) {
      this.pending.copyWithin(0, from, bytes.length);
    } else {
      if (this.pending.length < length) this.pending = Buffer.allocUnsafe(Math.max(length, 2 * this.pending.length));
      bytes.copy(this.pending, 0, from);
    }
    this.pendingLength = length;
    this.triedLength = length;
  }

  private append(slice: Buffer): void {
    const length = this.pendingLength + slice.length;
    if (this.pending.length < length) {
      const grown = Buffer.allocUnsafe(Math.max(length, 2 * this.pending.length));
      this.pending.copy(grown, 0, 0, this.pendingLength);
      this.pending = grown;
    }
    slice.copy(this.pending, this.pendingLength);
    this.pendingLength = length;
  }

  /** Scans one record from `start` into `cells`; the index after it, MORE or UNREADABLE. */
  private scanRecord(bytes: Buffer, start: number, last: boolean, cells: string[]): number {
    const length = bytes.length;
    let at = start;
    for (;;) {
      let end: number;
      if (at < length && bytes[at] === QUOTE) {
        end = this.scanQuoted(bytes, at + 1, last, cells);
        if (end < 0) return end;
      } else {
        end = this.fieldEnd(bytes, at);
        if (end >= length && !last) return MORE;
        cells.push(this.recent.text(cells.length, bytes, at, end));
      }
      if (end >= length) return last ? length : MORE;
      const code = bytes[end];
      if (code === this.delimiter) {
        at = end + 1;
        continue;
      }
      const breakLength = lineBreakAt(bytes, end, last);
      if (breakLength === MORE) return MORE;
      if (breakLength > 0) return end + breakLength;
      return UNREADABLE;
    }
  }

  /** A quoted cell whose text starts at `from`: pushes it and returns the index after its closing quote. */
  private scanQuoted(bytes: Buffer, from: number, last: boolean, cells: string[]): number {
    let at = from;
    let doubled = false;
    for (;;) {
      const quote = bytes.indexOf(QUOTE, at);
      if (quote < 0) return last ? UNREADABLE : MORE;
      if (quote + 1 >= bytes.length && !last) return MORE;
      if (bytes[quote + 1] === QUOTE) {
        doubled = true;
        at = quote + 2;
        continue;
      }
      // Inside the quotes every quote is doubled, so undoubling them pair by pair is exact.
      cells.push(doubled ? bytes.toString('utf8', from, quote).replaceAll('""', '"') : this.recent.text(cells.length, bytes, from, quote));
      return quote + 1;
    }
  }

  /** The end of an unquoted cell: the next delimiter, LF or CR (a quote inside is just a character). */
  private fieldEnd(bytes: Buffer, from: number): number {
    const { delimiter } = this;
    let at = from;
    while (at < bytes.length) {
      const code = bytes[at];
      if (code === delimiter || code === LF || code === CR) break;
      at++;
    }
    return at;
  }
}

/**
 * The length of the line break at `at`: 2 for CR LF, 1 for LF or a CR alone, 0 when the byte there is none
 * (which makes the record unreadable here), or MORE when a CR ends a slice that is not the last.
 */
function lineBreakAt(bytes: Buffer, at: number, last: boolean): number {
  const code = bytes[at];
  if (code === LF) return 1;
  if (code !== CR) return 0;
  if (at + 1 >= bytes.length) return last ? 1 : MORE;
  return bytes[at + 1] === LF ? 2 : 1;
}
