import type { MessagePort } from 'node:worker_threads';
import type { PairSource } from '../core/match/pair-source.js';
import { collectPoolRange, type Pool, type PoolJob } from '../core/match/pool.js';

/** Mentees per chunk of the pass over every pair: small enough to share the work out evenly. */
export const MENTEES_PER_CHUNK = 256;

/** Slots of the shared control array. */
export const CONTROL = { next: 0, doneChunks: 1, started: 2, finished: 3, size: 4 } as const;

/** What a pool worker thread is started with. */
export interface PoolWorkerData {
  job: PoolJob;
  control: Int32Array;
  port: MessagePort;
  chunks: number;
}

/**
 * Takes chunks of mentees from the shared counter until none are left, each thread as fast as it can;
 * returns each chunk's pool by number. `onChunk` runs after every chunk done.
 */
export function takeChunks(job: PoolJob, source: PairSource, control: Int32Array, chunks: number, onChunk: () => void): [number, Pool][] {
  const n = source.menteeCount;
  const parts: [number, Pool][] = [];
  for (let c = Atomics.add(control, CONTROL.next, 1); c < chunks; c = Atomics.add(control, CONTROL.next, 1)) {
    const from = c * MENTEES_PER_CHUNK;
    parts.push([c, collectPoolRange(source, job, from, Math.min(n, from + MENTEES_PER_CHUNK))]);
    Atomics.add(control, CONTROL.doneChunks, 1);
    onChunk();
  }
  return parts;
}
