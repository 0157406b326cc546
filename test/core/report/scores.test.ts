import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaMet, mean, median, scoreBins } from '../../../src/core/report/scores.js';

describe('scoreBins', () => {
  it('puts every score in one of ten bins, 100 in the last', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 50 }), (scores) => {
        const bins = scoreBins(scores);
        expect(bins).toHaveLength(10);
        expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(scores.length);
      }),
      { numRuns: 200 },
    );
    expect(scoreBins([100, 90, 89.9, 0]).map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    expect(scoreBins([100])[9]).toMatchObject({ from: 90, to: 100 });
  });
  it('has no bins without scores', () => {
    expect(scoreBins([])).toEqual([]);
  });
});

describe('mean and median', () => {
  it('round to one decimal and are null for nothing', () => {
    expect(mean([1, 2, 2])).toBe(1.7);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe('criteriaMet', () => {
  it('counts shared sets, common slots and full region scores, and leaves out absent columns', () => {
    const matches = [
      { shared_phases: 'primary', common_slots: 'mon-lunch', score_region: '1' },
      { shared_phases: '', common_slots: '0', score_region: '0.5' },
      { shared_phases: 'secondary', common_slots: '', score_region: '1.0' },
    ];
    expect(criteriaMet(matches).map((c) => [c.key, c.met, c.of])).toEqual([
      ['phase', 2, 3],
      ['slot', 1, 3],
      ['region', 2, 3],
    ]);
  });
});
