import { decodeEntities, isSpace, skipSpace, startsWith } from './read-xml-bytes.js';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const AMPERSAND = 0x26;

/** One `<c>` as its tag and value say, before it is turned into the text Excel shows. */
export interface CellState {
  /** From 1. */
  column: number;
  type: string | undefined;
  /** NaN when the cell names no style. */
  style: number;
  hasValue: boolean;
  hasFormula: boolean;
  /** The text of its `<v>`, or of its inline string's `<t>` elements. */
  text: string;
}

/** A row read by `skimRow`: its number, its cells in order, and where its XML ends. */
export interface SkimmedRow {
  rowNumber: number;
  cells: CellState[];
  end: number;
}

/** The cell types as strings, so that a type read from bytes is the same string each time. */
const TYPES = ['s', 'str', 'inlineStr', 'n', 'b', 'e', 'd'];

/** Where the `r`, `s` and `t` values of the tag last read by `openTag` are (start -1: absent). */
class Attributes {
  rStart = -1;
  rEnd = -1;
  sStart = -1;
  sEnd = -1;
  tStart = -1;
  tEnd = -1;
}

/**
 * The row whose `<row` tag is at `start`, when it is written the way spreadsheet programs write nearly every
 * row: unprefixed elements, each cell empty or holding one `<v>` or an inline string of one `<t>`, plain
 * attribute values. undefined for anything else (a formula, rich text, a prefix, an entity in an attribute, a
 * row that goes on past these bytes): the XML scanner then reads that row element by element, with the same
 * result, only slower. `previousRow` numbers a row without `r`.
 */
export function skimRow(bytes: Buffer, start: number, previousRow: number): SkimmedRow | undefined {
  const attributes = new Attributes();
  let at = openTag(bytes, start, 'row', attributes);
  if (at < 0 || isEmptyElement(bytes, at)) return undefined;
  const rowNumber = attributes.rStart < 0 ? previousRow + 1 : digitsValue(bytes, attributes.rStart, attributes.rEnd);
  if (Number.isNaN(rowNumber)) return undefined;
  const cells: CellState[] = [];
  let lastColumn = 0;
  for (;;) {
    at = skipSpace(bytes, at);
    if (startsWith(bytes, at, '</row>')) return { rowNumber, cells, end: at + 6 };
    at = openTag(bytes, at, 'c', attributes);
    if (at < 0) return undefined;
    const cell = cellOf(bytes, attributes, lastColumn);
    if (cell === undefined) return undefined;
    lastColumn = cell.column;
    cells.push(cell);
    if (!isEmptyElement(bytes, at)) {
      at = readValue(bytes, at, cell);
      if (at < 0 || !startsWith(bytes, at, '</c>')) return undefined;
      at += 4;
    }
  }
}

/** The cell of a `<c>` tag's attributes (its value still to come); undefined when one is not plain. */
function cellOf(bytes: Buffer, { rStart, rEnd, sStart, sEnd, tStart, tEnd }: Attributes, lastColumn: number): CellState | undefined {
  const column = rStart < 0 ? lastColumn + 1 : referenceColumn(bytes, rStart, rEnd);
  const style = sStart < 0 ? NaN : digitsValue(bytes, sStart, sEnd);
  const type = tStart < 0 ? undefined : typeAt(bytes, tStart, tEnd);
  if (Number.isNaN(column) || (sStart >= 0 && Number.isNaN(style)) || (tStart >= 0 && type === undefined)) return undefined;
  return { column, type, style, hasValue: false, hasFormula: false, text: '' };
}

/**
 * A cell's value from `at` (after its tag): `<v>…</v>` or `<is><t>…</t></is>`, or nothing. Returns the index
 * after it, or -1 when the value is of another kind.
 */
function readValue(bytes: Buffer, from: number, cell: CellState): number {
  let at = skipSpace(bytes, from);
  if (startsWith(bytes, at, '<v>')) {
    at = readText(bytes, at + 3, '</v>', cell);
  } else if (startsWith(bytes, at, '<is>')) {
    at = openTag(bytes, skipSpace(bytes, at + 4), 't', undefined);
    if (at < 0 || isEmptyElement(bytes, at)) return -1;
    at = readText(bytes, at, '</t>', cell);
    at = at < 0 ? -1 : skipSpace(bytes, at);
    if (at < 0 || !startsWith(bytes, at, '</is>')) return -1;
    at += 5;
  }
  return at < 0 ? -1 : skipSpace(bytes, at);
}

/** The text from `from` up to `close` into the cell; the index after `close`, or -1 when markup comes first. */
function readText(bytes: Buffer, from: number, close: string, cell: CellState): number {
  // A loop rather than indexOf: values are short, and a call into C++ per value costs more than the bytes.
  let end = from;
  let entities = false;
  for (; end < bytes.length; end++) {
    const code = bytes[end];
    if (code === LT) break;
    if (code === AMPERSAND) entities = true;
  }
  if (!startsWith(bytes, end, close)) return -1;
  cell.hasValue = true;
  if (end > from) {
    const text = bytes.toString('utf8', from, end);
    cell.text = entities ? decodeEntities(text) : text;
  }
  return end + close.length;
}

/**
 * Reads the tag `<name …>` at `at` (with no prefix), noting where its `r`, `s` and `t` values are; returns the
 * index after its `>` (the byte before which is `/` for an empty element), or -1 when the tag is not there,
 * not whole, or has a value that is not plain.
 */
function openTag(bytes: Buffer, start: number, name: string, attributes: Attributes | undefined): number {
  if (bytes[start] !== LT || !startsWith(bytes, start + 1, name)) return -1;
  let at = start + 1 + name.length;
  if (attributes) attributes.rStart = attributes.sStart = attributes.tStart = -1;
  for (;;) {
    const code = bytes[at];
    if (code === GT) return at + 1;
    if (code === SLASH) return bytes[at + 1] === GT ? at + 2 : -1;
    if (code === undefined || !isSpace(code)) return -1;
    at = skipSpace(bytes, at);
    if (bytes[at] === GT || bytes[at] === SLASH) continue;
    at = readAttribute(bytes, at, attributes);
    if (at < 0) return -1;
  }
}

/** Whether the tag that `openTag` read, ending just before `after`, is an empty element (`<c …/>`). */
function isEmptyElement(bytes: Buffer, after: number): boolean {
  return bytes[after - 2] === SLASH;
}

/** One `name="value"` at `start`; the index after it, or -1. Notes the first `r`, `s` and `t` met. */
function readAttribute(bytes: Buffer, start: number, attributes: Attributes | undefined): number {
  let at = start;
  while (at < bytes.length && bytes[at] !== EQUALS && !isSpace(bytes[at] ?? 0) && bytes[at] !== GT) at++;
  const nameLength = at - start;
  at = skipSpace(bytes, at);
  if (bytes[at] !== EQUALS || nameLength === 0) return -1;
  at = skipSpace(bytes, at + 1);
  const quote = bytes[at];
  if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return -1;
  const valueStart = at + 1;
  let valueEnd = valueStart;
  let plain = true;
  for (; valueEnd < bytes.length && bytes[valueEnd] !== quote; valueEnd++) if (bytes[valueEnd] === AMPERSAND) plain = false;
  if (valueEnd >= bytes.length) return -1;
  if (attributes && nameLength === 1) {
    const wanted = bytes[start];
    if (!plain) return -1;
    if (wanted === 0x72 && attributes.rStart < 0) [attributes.rStart, attributes.rEnd] = [valueStart, valueEnd];
    else if (wanted === 0x73 && attributes.sStart < 0) [attributes.sStart, attributes.sEnd] = [valueStart, valueEnd];
    else if (wanted === 0x74 && attributes.tStart < 0) [attributes.tStart, attributes.tEnd] = [valueStart, valueEnd];
  }
  return valueEnd + 1;
}

/** The cell type spelt from `start` to `end`, as one of TYPES; undefined for any other. */
function typeAt(bytes: Buffer, start: number, end: number): string | undefined {
  for (const name of TYPES) if (end - start === name.length && startsWith(bytes, start, name)) return name;
  return undefined;
}

/** The 1-based column of a reference such as `AB12`; NaN unless it is letters then digits. */
function referenceColumn(bytes: Buffer, start: number, end: number): number {
  let column = 0;
  let at = start;
  for (; at < end; at++) {
    const code = (bytes[at] ?? 0) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return column > 0 && !Number.isNaN(digitsValue(bytes, at, end)) ? column : NaN;
}

/** The number the ASCII digits from `start` to `end` spell; NaN for anything else (or nothing). */
function digitsValue(bytes: Buffer, start: number, end: number): number {
  if (end <= start || end - start > 9) return NaN;
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = (bytes[at] ?? 0) - 0x30;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}
