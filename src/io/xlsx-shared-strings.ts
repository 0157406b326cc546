import { textElement } from './xlsx-text-element.js';

/** A column's last this many texts decide whether its next ones are shared. */
const WINDOW = 1024;
/** How much of the shared-strings part goes out at once. */
const CHUNK_CHARS = 1 << 18;

/**
 * The workbook's shared strings (xl/sharedStrings.xml), as Excel writes text: a text that repeats down a column
 * (a role, a region, a list of subjects) is written there once and each cell refers to it by number, so the
 * worksheet is about a fifth smaller and quicker to read. Each column decides for itself (see ColumnSharing).
 */
export class SharedStrings {
  private readonly positions = new Map<string, number>();
  private readonly entries: string[] = [];
  private references = 0;

  /** How many different texts the table holds. */
  get size(): number {
    return this.entries.length;
  }

  /** The position of a text in the table, added when new; each call is one more cell referring to it. */
  add(text: string): number {
    let position = this.positions.get(text);
    if (position === undefined) {
      position = this.entries.length;
      this.positions.set(text, position);
      this.entries.push(`<si>${textElement(text)}</si>`);
    }
    this.references++;
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

/**
 * One column of a sheet writing its texts into the shared strings. A column whose texts seldom repeat
 * (addresses, names, times) goes inline once a window of them shows it: sharing would make the file no
 * smaller, and cost memory.
 */
export class ColumnSharing {
  inline = false;
  /** The current window's texts, and how many of them were new to the table. */
  private texts = 0;
  private added = 0;

  constructor(private readonly strings: SharedStrings) {}

  /** The position of a text among the shared strings (added when new), or undefined once this column writes inline. */
  positionOf(text: string): number | undefined {
    if (this.inline) return undefined;
    const known = this.strings.size;
    const position = this.strings.add(text);
    if (this.strings.size > known) this.added++;
    if (++this.texts === WINDOW) {
      // More new texts than repeats in the window: a column of answers nobody else gave.
      this.inline = this.added * 2 > WINDOW;
      this.texts = this.added = 0;
    }
    return position;
  }
}
