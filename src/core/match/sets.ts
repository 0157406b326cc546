/** One set-valued field of every person as bitsets over the values seen: person `p` owns words `p*words … p*words+words-1`. */
export interface SetColumn {
  vocab: string[];
  words: number;
  bits: Uint32Array;
  count: Int32Array;
}

/** Bitsets for `sets` (one per person); `vocab` fixes the value order, else values are sorted. */
export function buildSetColumn(sets: readonly (readonly string[])[], vocab?: readonly string[]): SetColumn {
  const values = vocab ? [...vocab] : [...new Set(sets.flat())].sort();
  const index = new Map(values.map((v, i) => [v, i]));
  const words = Math.max(1, Math.ceil(values.length / 32));
  const bits = new Uint32Array(sets.length * words);
  const count = new Int32Array(sets.length);
  sets.forEach((set, p) => {
    for (const value of set) {
      const i = index.get(value);
      if (i === undefined) continue;
      const word = p * words + (i >>> 5);
      const bit = 1 << (i & 31);
      if ((bits[word]! & bit) === 0) count[p]! += 1;
      bits[word]! |= bit;
    }
  });
  return { vocab: values, words, bits, count };
}

/** Number of values persons `a` and `b` share. */
export function sharedCount(column: SetColumn, a: number, b: number): number {
  const { bits, words } = column;
  if (words === 1) return popcount(bits[a]! & bits[b]!);
  let shared = 0;
  for (let w = 0; w < words; w += 1) shared += popcount(bits[a * words + w]! & bits[b * words + w]!);
  return shared;
}

/** The values persons `a` and `b` share, in vocabulary order. */
export function sharedValues(column: SetColumn, a: number, b: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < column.vocab.length; i += 1) {
    if (hasValue(column, a, i) && hasValue(column, b, i)) out.push(column.vocab[i]!);
  }
  return out;
}

/** The values of person `p`, in vocabulary order. */
export function valuesOf(column: SetColumn, p: number): string[] {
  return column.vocab.filter((_, i) => hasValue(column, p, i));
}

/** Whether person `p` has vocabulary value number `i`. */
export function hasValue(column: SetColumn, p: number, i: number): boolean {
  if (i < 0) return false;
  return (column.bits[p * column.words + (i >>> 5)]! & (1 << (i & 31))) !== 0;
}

/** Number of set bits in a 32-bit word. */
export function popcount(x: number): number {
  return POPCOUNT_16[x & 0xffff]! + POPCOUNT_16[x >>> 16]!;
}

/** Set bits of every 16-bit number: two look-ups beat bit tricks in the pair loop, which counts billions. */
const POPCOUNT_16 = new Uint8Array(1 << 16);
for (let x = 1; x < 1 << 16; x += 1) POPCOUNT_16[x] = (x & 1) + POPCOUNT_16[x >>> 1]!;
