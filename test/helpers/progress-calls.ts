import { expect } from 'vitest';

/** One call of an `onProgress` callback. */
export interface ProgressCall {
  phase: string;
  done: number;
  total: number;
}

/** An `onProgress` that records its calls. */
export function recordProgress(): { onProgress: (phase: string, done: number, total: number) => void; calls: ProgressCall[] } {
  const calls: ProgressCall[] = [];
  return { onProgress: (phase, done, total) => calls.push({ phase, done, total }), calls };
}

/** The calls of one phase, in order. */
export function callsOf(calls: readonly ProgressCall[], phase: string): ProgressCall[] {
  return calls.filter((call) => call.phase === phase);
}

/**
 * Checks the calls of `phase` as a progress bar needs them: one run of calls with the same total, `done` going up
 * at every call, and the last (only the last) at `done === total`.
 */
export function expectCountsUp(calls: readonly ProgressCall[], phase: string): void {
  const first = calls.findIndex((call) => call.phase === phase);
  const mine = callsOf(calls, phase);
  expect(mine.length, `calls of "${phase}"`).toBeGreaterThan(0);
  expect(calls.slice(first, first + mine.length), `the calls of "${phase}" come together`).toEqual(mine);
  const total = mine[0]!.total;
  mine.forEach((call, i) => {
    expect(call.total).toBe(total);
    if (i > 0) expect(call.done).toBeGreaterThan(mine[i - 1]!.done);
    if (i < mine.length - 1) expect(call.done).toBeLessThan(total);
  });
  expect(mine[mine.length - 1]!.done).toBe(total);
}
