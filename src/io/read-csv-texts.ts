/** Slots per column in RecentTexts (a power of two): room for a checkbox question's usual combinations. */
const RECENT_SLOTS = 2048;

/**
 * Columns past this many are just decoded: a form export has far fewer, and a table each (16 KB) for every column of
 * a runaway line (300,000 cells, before the column limit is checked) would take gigabytes.
 */
const REMEMBERED_COLUMNS = 1024;

/** A column is judged after this many cells: one where fewer than JUDGED_HITS repeat an earlier text is left alone. */
const JUDGED_AFTER = 1024;
const JUDGED_HITS = 128;

/** One column's recent texts, and how often a cell found one. */
interface ColumnTexts {
  slots: (string | undefined)[];
  cuts: number;
  hits: number;
}

/**
 * The texts recently decoded from each column's UTF-8 bytes, so that an answer repeated down a column (a checkbox,
 * a region, "Yes") is one string rather than one per cell: no new string to make or keep, and later look-ups of the
 * answer hash it once. A table per column, indexed by the length and a few of the bytes. Only ASCII texts are
 * remembered: their characters are their bytes, so comparing the two is exact. A column that seldom repeats
 * (addresses, names, times) is soon just decoded: looking there would only cost.
 */
export class RecentTexts {
  /** By column: its texts, null once it is just decoded. */
  private readonly columns: (ColumnTexts | null | undefined)[] = [];

  /** `bytes.toString('utf8', start, end)`, or the same text decoded earlier from this column. */
  text(column: number, bytes: Buffer, start: number, end: number): string {
    const length = end - start;
    if (length === 0) return '';
    let texts = this.columns[column];
    if (texts === null || column >= REMEMBERED_COLUMNS) return bytes.toString('utf8', start, end);
    if (texts === undefined) {
      texts = { slots: new Array<string | undefined>(RECENT_SLOTS), cuts: 0, hits: 0 };
      this.columns[column] = texts;
    }
    const { slots } = texts;
    const slot = slotOf(bytes, start, end);
    const earlier = slots[slot];
    texts.cuts += 1;
    if (earlier !== undefined && earlier.length === length && isAsciiOf(earlier, bytes, start)) {
      texts.hits += 1;
      return earlier;
    }
    if (texts.cuts === JUDGED_AFTER && texts.hits < JUDGED_HITS) this.columns[column] = null;
    const text = bytes.toString('utf8', start, end);
    // As many characters as bytes: every byte is ASCII.
    if (text.length === length) slots[slot] = text;
    return text;
  }

  /** Whether cells of this column are still looked for among its recent texts. */
  remembers(column: number): boolean {
    return this.columns[column] !== null && column < REMEMBERED_COLUMNS;
  }
}

/** Whether the bytes from `start` are `ascii` (an ASCII text), character for byte. */
function isAsciiOf(ascii: string, bytes: Buffer, start: number): boolean {
  for (let i = 0; i < ascii.length; i++) if (ascii.charCodeAt(i) !== bytes[start + i]) return false;
  return true;
}

/** A slot for `bytes[start, end)` from its length and five of its bytes, spread along it. */
function slotOf(bytes: Buffer, start: number, end: number): number {
  const length = end - start;
  let hash = length * 0x9e3779b1;
  hash = Math.imul(hash ^ (bytes[start] ?? 0), 0x85ebca6b);
  hash = Math.imul(hash ^ (bytes[start + (length >> 1)] ?? 0), 0xc2b2ae35);
  hash = Math.imul(hash ^ (bytes[end - 1] ?? 0), 0x27d4eb2f);
  hash = Math.imul(hash ^ (bytes[start + (length >> 2)] ?? 0), 0x165667b1);
  hash = Math.imul(hash ^ (bytes[start + ((3 * length) >> 2)] ?? 0), 0x9e3779b1);
  return (hash ^ (hash >>> 15)) & (RECENT_SLOTS - 1);
}
