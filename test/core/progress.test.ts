import { describe, expect, it } from 'vitest';
import { ITEMS_PER_PROGRESS, progressCounter } from '../../src/core/progress.js';

describe('progressCounter', () => {
  it('reports every ITEMS_PER_PROGRESS items, never all of them until finish', () => {
    const reports: [string, number, number][] = [];
    const total = 2 * ITEMS_PER_PROGRESS;
    const progress = progressCounter('reading', total, (...report) => reports.push(report));
    for (let i = 0; i < total; i++) progress.tick();
    expect(reports).toEqual([['reading', ITEMS_PER_PROGRESS, total]]);
    progress.finish();
    expect(reports.at(-1)).toEqual(['reading', total, total]);
  });
});
