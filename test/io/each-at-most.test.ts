import { describe, expect, it } from 'vitest';
import { eachAtMost } from '../../src/io/each-at-most.js';

/** A task that records when each item starts and ends, finishing after `ms` (failing for `failOn`). */
function recorder(failOn?: number) {
  const events: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const task = async (item: number) => {
    events.push(`start ${item}`);
    mostAtOnce = Math.max(mostAtOnce, ++running);
    await new Promise((resolve) => setTimeout(resolve, 5 + (item % 3) * 3));
    running--;
    events.push(`end ${item}`);
    if (item === failOn) throw new Error(`failed on ${item}`);
  };
  return { events, task, mostAtOnce: () => mostAtOnce };
}

describe('eachAtMost', () => {
  it('runs every item, starting them in order, never more than the limit at once', async () => {
    const { events, task, mostAtOnce } = recorder();
    await eachAtMost(3, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], task);
    expect(events.filter((e) => e.startsWith('start'))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `start ${i}`));
    expect(events.filter((e) => e.startsWith('end'))).toHaveLength(10);
    expect(mostAtOnce()).toBe(3);
  });

  it('starts nothing new after a failure, lets the tasks under way end, then throws the failure', async () => {
    const { events, task } = recorder(2);
    await expect(eachAtMost(3, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], task)).rejects.toThrow('failed on 2');
    const started = events.filter((e) => e.startsWith('start')).length;
    expect(started).toBeLessThan(10);
    // Every task that started has ended by the time the failure is thrown.
    expect(events.filter((e) => e.startsWith('end'))).toHaveLength(started);
  });

  it('does nothing for no items', async () => {
    const { events, task } = recorder();
    await eachAtMost(4, [], task);
    expect(events).toEqual([]);
  });
});
