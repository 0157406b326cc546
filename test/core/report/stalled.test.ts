import { describe, expect, it } from 'vitest';
import { mentorsAllStalled, parseStalledWeeks, stalledPairs, type PairHistory } from '../../../src/core/report/stalled.js';
import { UsageError } from '../../../src/errors.js';

const history = (pairId: string, mentor: string, meetings: [string | null, string][]): PairHistory => ({
  pairId,
  mentor: { name: mentor, email: `${mentor}@x.org` },
  mentee: { name: `mentee ${pairId}`, email: `${pairId}@x.org` },
  meetings: meetings.map(([date, status]) => ({ date, status })),
});

describe('parseStalledWeeks', () => {
  it('reads weeks as 4w or 4, from 1 to 52', () => {
    expect(['4w', ' 6W ', '1', '52w'].map(parseStalledWeeks)).toEqual([4, 6, 1, 52]);
    for (const bad of ['0w', '53w', 'a month', '2d', '']) expect(() => parseStalledWeeks(bad)).toThrow(UsageError);
    expect(() => parseStalledWeeks('soon')).toThrow('--stalled expects a number of weeks from 1w to 52w, like 4w; found "soon"');
  });
});

describe('stalledPairs', () => {
  it('stalls a pair exactly when the stall period has passed since its last held meeting', () => {
    const pair = history('p1', 'ana', [['2027-01-04', 'held'], ['2027-02-15', 'scheduled']]);
    expect(stalledPairs([pair], '2027-01-31', 4)).toEqual([]);
    expect(stalledPairs([pair], '2027-02-01', 4)).toEqual([
      { pairId: 'p1', mentor: pair.mentor, mentee: pair.mentee, reason: 'no-meeting-held', firstMeeting: '2027-01-04', lastHeld: '2027-01-04', weeks: 4 },
    ]);
  });

  it('stalls a pair that never met once its first meeting not cancelled has passed, and never a finished one', () => {
    const waiting = history('p2', 'ana', [['2027-01-04', 'cancelled'], ['2027-01-18', 'moved'], [null, 'scheduled']]);
    expect(stalledPairs([waiting], '2027-01-18', 4)).toEqual([]);
    expect(stalledPairs([waiting], '2027-01-19', 4).map((s) => [s.reason, s.firstMeeting, s.weeks])).toEqual([['first-meeting-overdue', '2027-01-18', 0]]);
    const finished = history('p3', 'ana', [['2027-01-04', 'held'], ['2027-01-18', 'cancelled']]);
    expect(stalledPairs([finished], '2027-06-01', 4)).toEqual([]);
    expect(stalledPairs([history('p4', 'ana', [[null, 'scheduled']])], '2027-06-01', 4)).toEqual([]);
  });
});

describe('mentorsAllStalled', () => {
  it('names mentors with every running pair stalled, most pairs first, leaving finished pairs out', () => {
    const pairs = [
      history('p1', 'ana', [['2027-01-04', 'scheduled']]),
      history('p2', 'ana', [['2027-01-04', 'held']]),
      history('p3', 'ben', [['2027-01-04', 'scheduled']]),
      history('p4', 'ben', [['2027-01-05', 'scheduled']]),
      history('p5', 'cat', [['2027-01-04', 'scheduled']]),
      history('p6', 'cat', [['2027-06-04', 'scheduled']]),
    ];
    const stalled = stalledPairs(pairs, '2027-02-01', 4);
    expect(stalled.map((s) => s.pairId)).toEqual(['p1', 'p3', 'p4', 'p5']);
    expect(mentorsAllStalled(pairs, stalled)).toEqual([
      { mentor: { name: 'ben', email: 'ben@x.org' }, pairs: 2 },
      { mentor: { name: 'ana', email: 'ana@x.org' }, pairs: 1 },
    ]);
  });
});
