import type { CandidateTable } from './types.js';

/**
 * Every pair passing the hard rules, one mentee at a time, without holding them all: a national
 * scheme has hundreds of millions. Rows come in no particular order.
 */
export interface PairSource {
  readonly menteeCount: number;
  readonly mentorCount: number;
  /** The most pairs one mentee can have: the size row buffers need. */
  readonly maxRow: number;
  /** Writes mentee side index `i`'s pairs (mentor side index, score in tenths) into the buffers; returns how many. */
  row(i: number, mentor: Int32Array, tenths: Uint16Array): number;
  /** The same pairs, with only the mentors marked in `mentors` (by side index). */
  restrict(mentors: Uint8Array): PairSource;
}

/** A stored candidate table as a pair source. */
export function tableSource(table: Pick<CandidateTable, 'rowStart' | 'mentor' | 'tenths'>, mentorCount: number): PairSource {
  const { rowStart, mentor, tenths } = table;
  let maxRow = 0;
  for (let i = 0; i + 1 < rowStart.length; i += 1) maxRow = Math.max(maxRow, rowStart[i + 1]! - rowStart[i]!);
  const source: PairSource = {
    menteeCount: rowStart.length - 1,
    mentorCount,
    maxRow,
    row(i, mentorOut, tenthsOut) {
      const start = rowStart[i]!;
      const end = rowStart[i + 1]!;
      mentorOut.set(mentor.subarray(start, end));
      tenthsOut.set(tenths.subarray(start, end));
      return end - start;
    },
    restrict: (mentors) => restricted(source, mentors),
  };
  return source;
}

/** A source keeping only the pairs of marked mentors. */
function restricted(source: PairSource, mentors: Uint8Array): PairSource {
  const only: PairSource = {
    ...source,
    row(i, mentorOut, tenthsOut) {
      const count = source.row(i, mentorOut, tenthsOut);
      let kept = 0;
      for (let x = 0; x < count; x += 1) {
        if (!mentors[mentorOut[x]!]) continue;
        mentorOut[kept] = mentorOut[x]!;
        tenthsOut[kept] = tenthsOut[x]!;
        kept += 1;
      }
      return kept;
    },
    restrict: (subset) => restricted(only, subset),
  };
  return only;
}

/** Buffers for one row of pairs. */
export interface RowBuffers {
  mentor: Int32Array;
  tenths: Uint16Array;
  /** Room to sort a row in. */
  keys: Float64Array;
}

/** Reusable buffers for one row of `source`. */
export function rowBuffers(source: PairSource): RowBuffers {
  const size = Math.max(1, source.maxRow);
  return { mentor: new Int32Array(size), tenths: new Uint16Array(size), keys: new Float64Array(size) };
}

/** Mentee `i`'s pairs written into `buffer` in mentor order; returns how many. */
export function sortedRow(source: PairSource, i: number, buffer: RowBuffers): number {
  const { mentor, tenths, keys } = buffer;
  const count = source.row(i, mentor, tenths);
  // Mentor and score in one number (scores are below 1024), so one numeric sort orders the row.
  for (let x = 0; x < count; x += 1) keys[x] = mentor[x]! * 1024 + tenths[x]!;
  keys.subarray(0, count).sort();
  for (let x = 0; x < count; x += 1) {
    mentor[x] = Math.floor(keys[x]! / 1024);
    tenths[x] = keys[x]! % 1024;
  }
  return count;
}
