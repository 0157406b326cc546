import type { MessagePort } from 'node:worker_threads';
import type { PoolJob } from '../core/match/pool.js';

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
