/** Slots per column in RecentTexts (a power of two): room for a checkbox question's usual combinations. */
const RECENT_SLOTS = 2048;

/**
 * The texts recently cut from each column, so that an answer repeated down a column (a checkbox, a region,
 * "Yes") is one string rather than one per cell: no new string to make or keep, and later look-ups of the
 * answer hash it once. A table per column, indexed by the text's length and a few of its characters.
 */
export class RecentTexts {
  private readonly columns: (string | undefined)[][] = [];

  /** `text.slice(start, end)`, or the same text cut earlier from this column. */
  text(column: number, text: string, start: number, end: number): string {
    const length = end - start;
    if (length === 0) return '';
    let slots = this.columns[column];
    if (slots === undefined) {
      slots = new Array<string | undefined>(RECENT_SLOTS);
      this.columns[column] = slots;
    }
    const slot = slotOf(text, start, end);
    const earlier = slots[slot];
    if (earlier !== undefined && earlier.length === length && text.startsWith(earlier, start)) return earlier;
    const cut = text.slice(start, end);
    slots[slot] = cut;
    return cut;
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
