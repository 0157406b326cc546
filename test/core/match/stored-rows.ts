import { rowBuffers, sortedRow, type PairSource } from '../../../src/core/match/pair-source.js';
import { rosterPairs, type RosterPairsInput } from '../../../src/core/match/pair-kernel.js';
import type { CandidateTable } from '../../../src/core/match/types.js';

/** What candidate generation needs. */
export interface CandidateInput extends RosterPairsInput {
  minTenths: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

/** Every pair passing the hard rules, scored, stored as a table with each row in mentor order (the tests' small rosters fit). */
export function buildCandidates(input: CandidateInput): CandidateTable {
  const { roster } = input.rules;
  const { rowStart, mentor, tenths } = storeRows(rosterPairs(input), Infinity, input.onProgress)!;
  return {
    menteeIds: Array.from(roster.mentees, (p) => roster.people[p]!.id),
    mentorIds: Array.from(roster.mentors, (p) => roster.people[p]!.id),
    rowStart,
    mentor,
    tenths,
    minTenths: input.minTenths,
  };
}

/** The rows of `source` stored CSR by mentee, each in mentor order; null once there are more than `limit` pairs. */
export function storeRows(
  source: PairSource,
  limit: number,
  onProgress?: (phase: string, done: number, total: number) => void,
): Pick<CandidateTable, 'rowStart' | 'mentor' | 'tenths'> | null {
  const n = source.menteeCount;
  const rowStart = new Int32Array(n + 1);
  let mentor = new Int32Array(1024);
  let tenths = new Uint16Array(1024);
  let size = 0;
  const buffer = rowBuffers(source);
  for (let i = 0; i < n; i += 1) {
    const count = sortedRow(source, i, buffer);
    if (size + count > limit) return null;
    if (size + count > mentor.length) {
      const grown = Math.max(mentor.length * 2, size + count);
      mentor = grow(mentor, new Int32Array(grown));
      tenths = grow(tenths, new Uint16Array(grown));
    }
    mentor.set(buffer.mentor.subarray(0, count), size);
    tenths.set(buffer.tenths.subarray(0, count), size);
    size += count;
    rowStart[i + 1] = size;
    if (onProgress && ((i + 1) % 1024 === 0 || i + 1 === n)) onProgress('candidates', i + 1, n);
  }
  return { rowStart, mentor: mentor.slice(0, size), tenths: tenths.slice(0, size) };
}

function grow<T extends Int32Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
