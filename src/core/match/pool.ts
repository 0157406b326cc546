import type { RosterPairsInput } from './pair-kernel.js';
import { rowBuffers, type PairSource } from './pair-source.js';
import type { SolverGraph } from './solver-graph.js';

/** Every mentee's best pairs, and what one pass over all pairs counts. */
export interface Pool {
  /** By mentee, best first (score, then mentor): at most `keep` pairs at or above the minimum score. */
  graph: SolverGraph;
  /** By mentee: pairs passing the hard rules. */
  candidates: Int32Array;
  /** By mentee: those at or above the minimum score. */
  eligible: Int32Array;
  /** By mentee: the best score of an eligible pair left out of `graph`, -1 when none was. */
  restBest: Int16Array;
  /** Pairs passing the hard rules, over all mentees. */
  pairCount: number;
}

/** The pass over every pair of a roster as a job another thread can run (all plain data). */
export interface PoolJob {
  pairs: RosterPairsInput;
  keep: number;
  minTenths: number;
}

/**
 * Runs a pool job: `runPoolHere` by default; a command may spread it over threads. `here` is the job's
 * pair source, already made in this thread (other threads make their own from `job.pairs`).
 */
export type PoolRunner = (job: PoolJob, here: PairSource, onProgress?: PoolOptions['onProgress']) => Pool;

/** Runs a pool job in this thread. */
export function runPoolHere(job: PoolJob, here: PairSource, onProgress?: PoolOptions['onProgress']): Pool {
  return collectPool(here, { keep: job.keep, minTenths: job.minTenths, onProgress });
}

/** What one pass over the pairs keeps. */
export interface PoolOptions {
  keep: number;
  minTenths: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

/** One pass over `source`: the best `keep` eligible pairs of each mentee, with counts and the best score left out. */
export function collectPool(source: PairSource, options: PoolOptions): Pool {
  return collectPoolRange(source, options, 0, source.menteeCount);
}

/** `collectPool` for mentees `from` ≤ i < `to` only: a pool of `to - from` rows, to be joined with `joinPools`. */
export function collectPoolRange(source: PairSource, options: PoolOptions, from: number, to: number): Pool {
  const n = to - from;
  const keep = Math.max(1, options.keep);
  const candidates = new Int32Array(n);
  const eligible = new Int32Array(n);
  const restBest = new Int16Array(n).fill(-1);
  const rowStart = new Int32Array(n + 1);
  const mentor = new Int32Array(n * keep);
  const tenths = new Uint16Array(n * keep);
  const buffer = rowBuffers(source);
  const best = new TopRow(keep, source.mentorCount);
  let pairCount = 0;
  let size = 0;
  for (let r = 0; r < n; r += 1) {
    const count = source.row(from + r, buffer.mentor, buffer.tenths);
    pairCount += count;
    candidates[r] = count;
    best.reset();
    let kept = 0;
    // Most pairs fall below the list's lowest score once it is full: settle those here, without a call.
    let floor = -1;
    let leftOut = -1;
    for (let x = 0; x < count; x += 1) {
      const t = buffer.tenths[x]!;
      if (t < options.minTenths) continue;
      kept += 1;
      if (t < floor) {
        if (t > leftOut) leftOut = t;
        continue;
      }
      best.offer(buffer.mentor[x]!, t);
      floor = best.floor;
    }
    eligible[r] = kept;
    restBest[r] = Math.max(leftOut, best.leftOut);
    size = best.writeTo(mentor, tenths, size);
    rowStart[r + 1] = size;
    if (options.onProgress && ((r + 1) % 1024 === 0 || r + 1 === n)) options.onProgress('candidates', from + r + 1, source.menteeCount);
  }
  return { graph: { rowStart, mentor: mentor.slice(0, size), tenths: tenths.slice(0, size) }, candidates, eligible, restBest, pairCount };
}

/** Pools of consecutive mentee ranges joined into one, in order. */
export function joinPools(parts: readonly Pool[]): Pool {
  if (parts.length === 1) return parts[0]!;
  const n = parts.reduce((sum, p) => sum + p.candidates.length, 0);
  const edges = parts.reduce((sum, p) => sum + p.graph.mentor.length, 0);
  const joined: Pool = {
    graph: { rowStart: new Int32Array(n + 1), mentor: new Int32Array(edges), tenths: new Uint16Array(edges) },
    candidates: new Int32Array(n),
    eligible: new Int32Array(n),
    restBest: new Int16Array(n),
    pairCount: 0,
  };
  let rows = 0;
  let at = 0;
  for (const part of parts) {
    const { rowStart, mentor, tenths } = part.graph;
    const length = part.candidates.length;
    for (let r = 1; r <= length; r += 1) joined.graph.rowStart[rows + r] = at + rowStart[r]!;
    joined.graph.mentor.set(mentor, at);
    joined.graph.tenths.set(tenths, at);
    joined.candidates.set(part.candidates, rows);
    joined.eligible.set(part.eligible, rows);
    joined.restBest.set(part.restBest, rows);
    joined.pairCount += part.pairCount;
    rows += length;
    at += mentor.length;
  }
  return joined;
}

/**
 * The best few (score, mentor) of one row, best first: a higher score, then the lower mentor.
 * Scores are whole numbers of 0 or more. Rows are long and the list short, so most offers are
 * turned away by one comparison.
 */
export class TopRow {
  private readonly key: Float64Array;
  private size = 0;
  /** The best score offered but not kept (-1: none). */
  leftOut = -1;
  /** The lowest score kept, once the list is full. */
  private worstScore = 0;

  /** Pairs kept so far. */
  get count(): number {
    return this.size;
  }

  /** Once the list is full, the lowest score kept (an offer below it is turned away); -1 before. */
  get floor(): number {
    return this.size === this.capacity ? this.worstScore : -1;
  }

  constructor(
    private readonly capacity: number,
    private readonly mentorCount: number,
  ) {
    this.key = new Float64Array(capacity);
  }

  /** Empties the list for the next row. */
  reset(): void {
    this.size = 0;
    this.leftOut = -1;
  }

  /** Offers mentor `j` at score `t`. */
  offer(j: number, t: number): void {
    if (this.size === this.capacity && t < this.worstScore) {
      if (t > this.leftOut) this.leftOut = t;
      return;
    }
    // One number that sorts like (score up, mentor down): a larger key is a better pair.
    const key = t * this.mentorCount + (this.mentorCount - 1 - j);
    const { key: keys } = this;
    if (this.size === this.capacity) {
      if (key <= keys[this.size - 1]!) {
        if (t > this.leftOut) this.leftOut = t;
        return;
      }
      const dropped = Math.floor(keys[this.size - 1]! / this.mentorCount);
      if (dropped > this.leftOut) this.leftOut = dropped;
      this.size -= 1;
    }
    let at = this.size;
    while (at > 0 && keys[at - 1]! < key) {
      keys[at] = keys[at - 1]!;
      at -= 1;
    }
    keys[at] = key;
    this.size += 1;
    if (this.size === this.capacity) this.worstScore = Math.floor(keys[this.size - 1]! / this.mentorCount);
  }

  /** Writes the kept pairs (mentor, score), best first, from `at`; returns the end. */
  writeTo(mentor: Int32Array, tenths: { [x: number]: number }, at: number): number {
    for (let x = 0; x < this.size; x += 1) {
      const key = this.key[x]!;
      const t = Math.floor(key / this.mentorCount);
      mentor[at] = this.mentorCount - 1 - (key - t * this.mentorCount);
      tenths[at] = t;
      at += 1;
    }
    return at;
  }
}
