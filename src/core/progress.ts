import type { OnProgress } from './types.js';

/** Items between two progress reports: a few a second on a large input, nothing to count on a small one. */
export const ITEMS_PER_PROGRESS = 1024;

/** Counts the items of one phase as they are done; see `progressCounter`. */
export interface ProgressCounter {
  /** One more item done. */
  tick(): void;
  /** Every item done (and whatever follows them, such as sorting): the bar can go. */
  finish(): void;
}

/**
 * Tells `onProgress`, every ITEMS_PER_PROGRESS ticks, how many of `total` items of `phase` are done, but never
 * that all are until `finish`: the caller says when the phase is over, so the bar stays up while it sorts or
 * groups what it has read.
 */
export function progressCounter(phase: string, total: number, onProgress: OnProgress | undefined): ProgressCounter {
  let done = 0;
  return {
    tick: onProgress
      ? () => {
          if (++done % ITEMS_PER_PROGRESS === 0 && done < total) onProgress(phase, done, total);
        }
      : () => undefined,
    finish: () => onProgress?.(phase, total, total),
  };
}
