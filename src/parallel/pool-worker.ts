import { workerData } from 'node:worker_threads';
import { rosterPairs } from '../core/match/pair-kernel.js';
import { collectPoolRange, type Pool } from '../core/match/pool.js';
import { CONTROL, MENTEES_PER_CHUNK, type PoolWorkerData } from './pool-protocol.js';

/** A worker thread of `poolInThreads`: takes chunks of mentees until none are left, then sends its parts. */
const { job, control, port, chunks } = workerData as PoolWorkerData;
Atomics.add(control, CONTROL.started, 1);
try {
  const source = rosterPairs(job.pairs);
  const n = source.menteeCount;
  const parts: [number, Pool][] = [];
  for (let c = Atomics.add(control, CONTROL.next, 1); c < chunks; c = Atomics.add(control, CONTROL.next, 1)) {
    const from = c * MENTEES_PER_CHUNK;
    parts.push([c, collectPoolRange(source, job, from, Math.min(n, from + MENTEES_PER_CHUNK))]);
    Atomics.add(control, CONTROL.doneChunks, 1);
    Atomics.notify(control, CONTROL.finished);
  }
  port.postMessage({ parts });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  Atomics.add(control, CONTROL.finished, 1);
  Atomics.notify(control, CONTROL.finished);
}
