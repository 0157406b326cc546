import { rowBuffers, type PairSource } from './pair-source.js';
import type { MadePair } from './pairs.js';
import type { Roster } from './roster.js';
import { scoreTenths, type ScoreContext } from './score.js';
import type { SolverGraph } from './solver-graph.js';

/** A matching by side indices, with what the blocking-pair test reads. */
export interface BlockingInput {
  source: PairSource;
  minTenths: number;
  /** By mentee: its mentor (-1 none); its pair's score in tenths; 1 when the pair was kept from an earlier sheet. */
  partner: Int32Array;
  partnerTenths: Int32Array;
  kept: Uint8Array;
  /** By mentor: 1 when it has a free place. */
  hasRoom: Uint8Array;
  /**
   * Each mentee's best pairs (best first) and the best score left out of them (-1: none): a mentee
   * whose partner beats everything left out needs only these looked at.
   */
  shortlist?: { graph: SolverGraph; restBest: Int16Array };
}

/**
 * Pairs (mentor, mentee) who would both rather have each other: a candidate pair at or above
 * the minimum score, not matched together, where the mentee is unmatched or scores the mentor
 * higher than its partner, and the mentor has a free place or scores the mentee higher than its
 * worst mentee. Ties go to the lower index (id order) on both sides. Kept pairs are fixed: a kept
 * mentee never blocks and a mentor's kept mentees are never the worst it would give up.
 */
export function countBlockingPairs(input: BlockingInput): number {
  const { source, minTenths, partner, partnerTenths, kept, hasRoom, shortlist } = input;
  const n = partner.length;
  const worst = new Int32Array(source.mentorCount).fill(-1);
  const worstTenths = new Int32Array(source.mentorCount);
  for (let e = 0; e < n; e += 1) {
    const j = partner[e]!;
    if (j < 0 || kept[e]) continue;
    const t = partnerTenths[e]!;
    if (worst[j]! < 0 || t < worstTenths[j]! || (t === worstTenths[j] && e > worst[j]!)) {
      worst[j] = e;
      worstTenths[j] = t;
    }
  }
  const buffer = rowBuffers(source);
  let count = 0;
  const blocks = (e: number, j: number, t: number) => {
    const p = partner[e]!;
    if (t < minTenths || j === p) return false;
    const menteeWants = p < 0 || t > partnerTenths[e]! || (t === partnerTenths[e] && j < p);
    if (!menteeWants) return false;
    const w = worst[j]!;
    return hasRoom[j] === 1 || (w >= 0 && (t > worstTenths[j]! || (t === worstTenths[j] && e < w)));
  };
  for (let e = 0; e < n; e += 1) {
    if (kept[e]) continue;
    const rest = shortlist?.restBest[e] ?? 0;
    if (shortlist && (rest < 0 || (partner[e]! >= 0 && rest < partnerTenths[e]!))) {
      const { rowStart, mentor, tenths } = shortlist.graph;
      for (let k = rowStart[e]!; k < rowStart[e + 1]!; k += 1) if (blocks(e, mentor[k]!, tenths[k]!)) count += 1;
      continue;
    }
    const size = source.row(e, buffer.mentor, buffer.tenths);
    for (let x = 0; x < size; x += 1) if (blocks(e, buffer.mentor[x]!, buffer.tenths[x]!)) count += 1;
  }
  return count;
}

/** The matching by side indices, as the blocking-pair count reads it (kept pairs included and marked). */
export function matchingBySide(
  roster: Roster,
  score: ScoreContext,
  made: readonly MadePair[],
): Omit<BlockingInput, 'source' | 'minTenths' | 'shortlist'> {
  const side = sideIndex(roster);
  const partner = new Int32Array(roster.mentees.length).fill(-1);
  const partnerTenths = new Int32Array(roster.mentees.length);
  const kept = new Uint8Array(roster.mentees.length);
  const load = new Int32Array(roster.mentors.length);
  for (const pair of made) {
    const i = side[pair.mentee]!.mentee;
    const j = side[pair.mentor]!.mentor;
    partner[i] = j;
    partnerTenths[i] = scoreTenths(score, pair.mentor, pair.mentee);
    kept[i] = pair.kept ? 1 : 0;
    load[j]! += 1;
  }
  const hasRoom = Uint8Array.from(roster.mentors, (m, j) => (roster.capacity[m]! - load[j]! > 0 ? 1 : 0));
  return { partner, partnerTenths, kept, hasRoom };
}

function sideIndex(roster: Roster): { mentor: number; mentee: number }[] {
  const side = roster.people.map(() => ({ mentor: -1, mentee: -1 }));
  roster.mentors.forEach((p, j) => (side[p]!.mentor = j));
  roster.mentees.forEach((p, i) => (side[p]!.mentee = i));
  return side;
}
