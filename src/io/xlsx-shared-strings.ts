import { textElement } from './xlsx-text-element.js';

/** A column's last this many texts decide whether its next ones are shared. */
const WINDOW = 1024;
/** The workbook part of the shared strings, and how much of it goes out at once. */
export const SHARED_STRINGS_PATH = 'xl/sharedStrings.xml';
const CHUNK_CHARS = 1 << 18;

/** A column's use of the shared strings: gone inline or not, and its current window's texts and new texts. */
export class ColumnSharing {
  inline = false;
  texts = 0;
  added = 0;
}

/**
 * The workbook's shared strings (xl/sharedStrings.xml), as Excel writes text: a text that repeats down a column
 * (a role, a region, a list of subjects) is written there once and each cell refers to it by number, so the
 * worksheet is about a fifth smaller and quicker to read. A column whose texts seldom repeat (addresses, names,
 * times) goes inline once a window of them shows it: sharing would make the file no smaller, and cost memory.
 */
export class SharedStrings {
  private readonly positions = new Map<string, number>();
  private readonly entries: string[] = [];
  private references = 0;

  /** The position of a text in the table (added when new), or undefined when its column now writes texts inline. */
  positionOf(text: string, column: ColumnSharing): number | undefined {
    if (column.inline) return undefined;
    let position = this.positions.get(text);
    if (position === undefined) {
      position = this.entries.length;
      this.positions.set(text, position);
      this.entries.push(`<si>${textElement(text)}</si>`);
      column.added++;
    }
    this.references++;
    if (++column.texts === WINDOW) {
      // More new texts than repeats in the window: a column of answers nobody else gave.
      column.inline = column.added * 2 > WINDOW;
      column.texts = column.added = 0;
    }
    return position;
  }

  /** The shared-strings part, in pieces. */
  *xmlChunks(): Generator<string> {
    let xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      `count="${this.references}" uniqueCount="${this.entries.length}">`;
    for (const entry of this.entries) {
      xml += entry;
      if (xml.length >= CHUNK_CHARS) {
        yield xml;
        xml = '';
      }
    }
    yield `${xml}</sst>`;
  }
}
