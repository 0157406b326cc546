import { workerData } from 'node:worker_threads';
import { rosterPairs } from '../core/match/pair-kernel.js';
import { CONTROL, takeChunks, type PoolWorkerData } from './pool-protocol.js';

/** A worker thread of `poolInThreads`: takes chunks of mentees until none are left, then sends its parts. */
const { job, control, port, chunks } = workerData as PoolWorkerData;
Atomics.add(control, CONTROL.started, 1);
try {
  const parts = takeChunks(job, rosterPairs(job.pairs), control, chunks, () => Atomics.notify(control, CONTROL.finished));
  port.postMessage({ parts });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  Atomics.add(control, CONTROL.finished, 1);
  Atomics.notify(control, CONTROL.finished);
}
