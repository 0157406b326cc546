import { describe, expect, it } from 'vitest';
import { buildFeedback, summary } from '../../../src/core/report/feedback.js';
import { RATED_ROTA, RATED_TODAY } from './rated-rota.js';

const person = (name: string) => ({ name, email: `${name.toLowerCase()}@example.org` });
const feedback = buildFeedback(RATED_ROTA, RATED_TODAY, 4);

describe('buildFeedback', () => {
  it('counts and averages the ratings of each side, leaving out cells that are no rating', () => {
    expect(feedback.mentorRating).toEqual({ count: 4, mean: 2.5 });
    expect(feedback.menteeRating).toEqual({ count: 4, mean: 3.3 });
    expect(feedback.rating).toEqual({ count: 8, mean: 2.9 });
    expect(feedback.invalid).toEqual(['meeting p2-m02: mentor_rating "five" is not a rating: expected 1, 2, 3 or 4']);
  });

  it('gives the ratings of each ISO week that has any', () => {
    expect(feedback.byWeek).toEqual([
      { week: '2027-W01', monday: '2027-01-04', mentor: { count: 2, mean: 2 }, mentee: { count: 2, mean: 3 } },
      { week: '2027-W03', monday: '2027-01-18', mentor: { count: 1, mean: 2 }, mentee: { count: 1, mean: 3 } },
      { week: '2027-W07', monday: '2027-02-15', mentor: { count: 1, mean: 4 }, mentee: { count: 1, mean: 4 } },
    ]);
  });

  it('gives each pair its ratings, latest fit and last held meeting, and counts pairs by fit', () => {
    expect(feedback.byPair.map((p) => [p.pairId, p.mentorRating, p.menteeRating, p.fit, p.lastHeld, p.stalled])).toEqual([
      ['p1', { count: 3, mean: 3 }, { count: 3, mean: 3.7 }, 'good', '2027-02-15', false],
      ['p2', { count: 1, mean: 1 }, { count: 1, mean: 2 }, 'not-a-fit', '2027-01-19', true],
      ['p3', { count: 0, mean: null }, { count: 0, mean: null }, '', '', true],
      ['p4', { count: 0, mean: null }, { count: 0, mean: null }, '', '', false],
      ['p5', { count: 0, mean: null }, { count: 0, mean: null }, '', '2027-01-22', false],
      ['p6', { count: 0, mean: null }, { count: 0, mean: null }, '', '', true],
    ]);
    expect(feedback.fit.map((t) => [t.key, t.label, t.count])).toEqual([
      ['good', 'Good', 1],
      ['unsure', 'Unsure', 0],
      ['not-a-fit', 'Not a fit', 1],
      ['', 'Not given', 4],
    ]);
    expect(feedback.notAFit).toEqual([{ pairId: 'p2', mentor: person('Ana'), mentee: person('Cat'), date: '2027-01-05' }]);
  });

  it('lists the stalled pairs and the mentors all of whose running pairs stalled', () => {
    expect(feedback.stalled).toEqual([
      { pairId: 'p2', mentor: person('Ana'), mentee: person('Cat'), reason: 'no-meeting-held', firstMeeting: '2027-01-05', lastHeld: '2027-01-19', weeks: 5 },
      { pairId: 'p3', mentor: person('Dan'), mentee: person('Eve'), reason: 'first-meeting-overdue', firstMeeting: '2027-01-06', lastHeld: '', weeks: 7 },
      { pairId: 'p6', mentor: person('Ivy'), mentee: person('Jo'), reason: 'first-meeting-overdue', firstMeeting: '2027-01-11', lastHeld: '', weeks: 7 },
    ]);
    expect(feedback.mentorsAllStalled).toEqual([{ mentor: person('Ivy'), pairs: 1 }]);
  });

  it('counts nothing as stalled without a today, and a longer stall period stalls fewer pairs', () => {
    expect(buildFeedback(RATED_ROTA, null, 4).stalled).toEqual([]);
    expect(buildFeedback(RATED_ROTA, '2027-03-01', 6).stalled.map((s) => s.pairId)).toEqual(['p3', 'p6']);
    expect(buildFeedback(RATED_ROTA, '2027-03-01', 2).stalled.map((s) => s.pairId)).toEqual(['p1', 'p2', 'p3', 'p6']);
  });
});

describe('summary', () => {
  it('rounds the mean to one decimal and has none without ratings', () => {
    expect(summary([1, 2, 2, null])).toEqual({ count: 3, mean: 1.7 });
    expect(summary([null])).toEqual({ count: 0, mean: null });
  });
});
