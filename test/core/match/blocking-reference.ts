import { storeRows } from './stored-rows.js';
import type { CandidateTable, MatchResult, ScoreTable } from '../../../src/core/match/types.js';

/**
 * The blocking-pair count as first written (ids, rounded scores, a Map per side over a stored
 * table), kept as the tests' reference. Pairs (mentor, mentee) who would both rather have each other: a candidate pair at or above
 * the minimum score, not matched together, where the mentee is unmatched or scores the mentor
 * higher than its partner, and the mentor has a free place or scores the mentee higher than its
 * worst mentee. Ties go to the lower id on both sides. Kept pairs are fixed: a kept mentee never
 * blocks and a mentor's kept mentees are never the worst it would give up.
 */
export function referenceBlockingPairs(result: Pick<MatchResult, 'pairs' | 'mentors'> & { scores: CandidateTable }): number {
  const { menteeIds, mentorIds, rowStart, mentor, tenths, minTenths } = result.scores;
  const menteeIndex = new Map(menteeIds.map((id, i) => [id, i]));
  const mentorIndex = new Map(mentorIds.map((id, j) => [id, j]));
  const partner = new Int32Array(menteeIds.length).fill(-1);
  const partnerTenths = new Float64Array(menteeIds.length);
  const fixed = new Uint8Array(menteeIds.length);
  const worst = new Int32Array(mentorIds.length).fill(-1);
  const worstTenths = new Float64Array(mentorIds.length);
  for (const pair of result.pairs) {
    const e = menteeIndex.get(pair.mentee_id);
    const j = mentorIndex.get(pair.mentor_id);
    if (e === undefined || j === undefined) continue;
    const t = Math.round(pair.score * 10);
    partner[e] = j;
    partnerTenths[e] = t;
    if (pair.kept) {
      fixed[e] = 1;
    } else if (worst[j]! < 0 || t < worstTenths[j]! || (t === worstTenths[j] && e > worst[j]!)) {
      worst[j] = e;
      worstTenths[j] = t;
    }
  }
  const hasRoom = new Uint8Array(mentorIds.length);
  for (const row of result.mentors) {
    const j = mentorIndex.get(row.mentor_id);
    if (j !== undefined && row.free > 0) hasRoom[j] = 1;
  }
  let count = 0;
  for (let e = 0; e < menteeIds.length; e += 1) {
    if (fixed[e]) continue;
    for (let k = rowStart[e]!; k < rowStart[e + 1]!; k += 1) {
      const j = mentor[k]!;
      const t = tenths[k]!;
      if (t < minTenths || j === partner[e]) continue;
      const p = partner[e]!;
      const menteeWants = p < 0 || t > partnerTenths[e]! || (t === partnerTenths[e] && j < p);
      if (!menteeWants) continue;
      const w = worst[j]!;
      const mentorWants = hasRoom[j] === 1 || (w >= 0 && (t > worstTenths[j]! || (t === worstTenths[j] && e < w)));
      if (mentorWants) count += 1;
    }
  }
  return count;
}

/** Every pair of a result's score table, stored (the tests' rosters are small). */
export function storedScores(scores: ScoreTable): CandidateTable {
  return { menteeIds: scores.menteeIds, mentorIds: scores.mentorIds, ...storeRows(scores.source, Infinity)!, minTenths: scores.minTenths };
}
