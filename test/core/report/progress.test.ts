import { describe, expect, it } from 'vitest';
import { readRows } from '../../../src/core/report/progress.js';
import { recordProgress } from '../../helpers/progress-calls.js';

describe('readRows', () => {
  const rows = Array.from({ length: 2100 }, (_, i) => i);
  const double = (n: number) => 2 * n;

  it('reads every row in order, as map does', () => {
    expect(readRows(rows, double, 'doubling')).toEqual(rows.map(double));
    expect(readRows(rows, double, 'doubling', recordProgress().onProgress)).toEqual(rows.map(double));
  });

  it('tells onProgress every 1024 rows how many are read, but never that all are: the caller does', () => {
    const { onProgress, calls } = recordProgress();
    readRows(rows, double, 'doubling', onProgress);
    expect(calls).toEqual([
      { phase: 'doubling', done: 1024, total: 2100 },
      { phase: 'doubling', done: 2048, total: 2100 },
    ]);
  });

  it('says nothing for a multiple of 1024 rows once the last is read', () => {
    const { onProgress, calls } = recordProgress();
    readRows(rows.slice(0, 2048), double, 'doubling', onProgress);
    expect(calls.map((c) => c.done)).toEqual([1024]);
  });
});
