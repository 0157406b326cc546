/** Slots per column in RecentTexts (a power of two): room for a checkbox question's usual combinations. */
const RECENT_SLOTS = 2048;

/**
 * Columns past this many are just cut: a form export has far fewer, and a table each (16 KB) for every column of a
 * runaway line (300,000 cells, before the column limit is checked) would take gigabytes.
 */
const REMEMBERED_COLUMNS = 1024;

/** A column is judged after this many cuts: one where fewer than JUDGED_HITS repeat an earlier text is left alone. */
const JUDGED_AFTER = 1024;
const JUDGED_HITS = 128;

/** One column's recent texts, and how often a cut found one. */
interface ColumnTexts {
  slots: (string | undefined)[];
  cuts: number;
  hits: number;
}

/**
 * The texts recently cut from each column, so that an answer repeated down a column (a checkbox, a region,
 * "Yes") is one string rather than one per cell: no new string to make or keep, and later look-ups of the
 * answer hash it once. A table per column, indexed by the text's length and a few of its characters. A
 * column that seldom repeats (addresses, names, times) is soon just cut: looking there would only cost.
 */
export class RecentTexts {
  /** By column: its texts, null once it is just cut. */
  private readonly columns: (ColumnTexts | null | undefined)[] = [];

  /** `text.slice(start, end)`, or the same text cut earlier from this column. */
  text(column: number, text: string, start: number, end: number): string {
    const length = end - start;
    if (length === 0) return '';
    let texts = this.columns[column];
    if (texts === null || column >= REMEMBERED_COLUMNS) return text.slice(start, end);
    if (texts === undefined) {
      texts = { slots: new Array<string | undefined>(RECENT_SLOTS), cuts: 0, hits: 0 };
      this.columns[column] = texts;
    }
    const { slots } = texts;
    const slot = slotOf(text, start, end);
    const earlier = slots[slot];
    texts.cuts += 1;
    if (earlier !== undefined && earlier.length === length && text.startsWith(earlier, start)) {
      texts.hits += 1;
      return earlier;
    }
    if (texts.cuts === JUDGED_AFTER && texts.hits < JUDGED_HITS) this.columns[column] = null;
    const cut = text.slice(start, end);
    slots[slot] = cut;
    return cut;
  }

  /** Whether cuts from this column are still looked for among its recent texts. */
  remembers(column: number): boolean {
    return this.columns[column] !== null && column < REMEMBERED_COLUMNS;
  }
}

/** A slot for `text.slice(start, end)` from its length and five of its characters, spread along it. */
function slotOf(text: string, start: number, end: number): number {
  const length = end - start;
  let hash = length * 0x9e3779b1;
  hash = Math.imul(hash ^ text.charCodeAt(start), 0x85ebca6b);
  hash = Math.imul(hash ^ text.charCodeAt(start + (length >> 1)), 0xc2b2ae35);
  hash = Math.imul(hash ^ text.charCodeAt(end - 1), 0x27d4eb2f);
  hash = Math.imul(hash ^ text.charCodeAt(start + (length >> 2)), 0x165667b1);
  hash = Math.imul(hash ^ text.charCodeAt(start + ((3 * length) >> 2)), 0x9e3779b1);
  return (hash ^ (hash >>> 15)) & (RECENT_SLOTS - 1);
}
