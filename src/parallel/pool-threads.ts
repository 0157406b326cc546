import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { joinPools, runPoolHere, type Pool, type PoolJob, type PoolRunner } from '../core/match/pool.js';
import { CONTROL, MENTEES_PER_CHUNK, takeChunks, type PoolWorkerData } from './pool-protocol.js';

/** Below this many mentee-mentor combinations, starting threads costs more than it saves. */
const THREADS_FROM = 4_000_000;
/** How long the pass may go without a chunk finishing before a lost thread is assumed. */
const STALL_MS = 120_000;

/**
 * Runs the pass over every pair on this thread and `availableParallelism() - 1` worker threads,
 * which take chunks of mentees from a shared counter. It blocks until all are done (Atomics.wait),
 * so the matcher stays synchronous; the results come back by `receiveMessageOnPort`.
 */
export const poolInThreads: PoolRunner = (job, here, onProgress) => {
  const { roster } = job.pairs.rules;
  const threads = Math.min(availableParallelism(), 8) - 1;
  const workerFile = new URL('./pool-worker.js', import.meta.url);
  const runningFromSource = import.meta.url.endsWith('.ts');
  if (threads < 1 || runningFromSource || roster.mentees.length * roster.mentors.length < THREADS_FROM) return runPoolHere(job, here, onProgress);

  const n = roster.mentees.length;
  const chunks = Math.ceil(n / MENTEES_PER_CHUNK);
  const control = new Int32Array(new SharedArrayBuffer(CONTROL.size * Int32Array.BYTES_PER_ELEMENT));
  const leanJob = withLeanRoster(job);
  const workers: { worker: Worker; port: MessagePort }[] = [];
  for (let w = 0; w < threads; w += 1) {
    const { port1, port2 } = new MessageChannel();
    const workerData: PoolWorkerData = { job: leanJob, control, port: port2, chunks };
    workers.push({ worker: new Worker(workerFile, { workerData, transferList: [port2] }), port: port1 });
  }
  try {
    const reportDone = (done: number) => onProgress?.('candidates', Math.min(n, done * MENTEES_PER_CHUNK), n);
    const parts = new Map(takeChunks(job, here, control, chunks, () => reportDone(Atomics.load(control, CONTROL.doneChunks))));
    waitForAll(control, chunks, reportDone);
    onProgress?.('candidates', n, n);
    for (const { port } of workers) collectParts(port, parts);
    return joinPools(Array.from({ length: chunks }, (_, c) => parts.get(c) ?? missing(c)));
  } finally {
    for (const { worker, port } of workers) {
      port.close();
      void worker.terminate();
    }
  }
};

/** Waits until every chunk is done and every thread that started has sent its parts. */
function waitForAll(control: Int32Array, chunks: number, onWait: (done: number) => void): void {
  let last = -1;
  let lastChange = Date.now();
  for (;;) {
    const done = Atomics.load(control, CONTROL.doneChunks);
    const finished = Atomics.load(control, CONTROL.finished);
    if (done >= chunks && finished >= Atomics.load(control, CONTROL.started)) return;
    if (done !== last) {
      last = done;
      lastChange = Date.now();
      onWait(done);
    } else if (Date.now() - lastChange > STALL_MS) {
      throw new Error(`internal: a matching thread stopped answering (${done} of ${chunks} chunks done)`);
    }
    Atomics.wait(control, CONTROL.finished, finished, 200);
  }
}

function collectParts(port: MessagePort, parts: Map<number, Pool>): void {
  for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
    const message = received.message as { parts?: [number, Pool][]; error?: string };
    if (message.error) throw new Error(`internal: a matching thread failed: ${message.error}`);
    for (const [c, part] of message.parts ?? []) parts.set(c, part);
  }
}

function missing(chunk: number): never {
  throw new Error(`internal: no thread returned chunk ${chunk} of the pass over every pair`);
}

/** The job with what threads do not need (people's records, the e-mail index) left out, so it copies fast. */
function withLeanRoster(job: PoolJob): PoolJob {
  const { rules, score } = job.pairs;
  const roster = { ...rules.roster, people: new Array(rules.roster.people.length), byEmail: new Map() } as typeof rules.roster;
  return { ...job, pairs: { ...job.pairs, rules: { ...rules, roster }, score: { ...score, roster } } };
}
