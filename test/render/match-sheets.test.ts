import { describe, expect, it } from 'vitest';
import { matchPeople } from '../../src/core/match/index.js';
import { ITEMS_PER_PROGRESS } from '../../src/core/progress.js';
import { scoreRows } from '../../src/render/match-sheets.js';
import { config, STAGES } from '../core/match/builders.js';
import { generateRoster } from '../core/match/generate.js';
import { callsOf, expectCountsUp, recordProgress } from '../helpers/progress-calls.js';

describe('scoreRows', () => {
  it('tells progress by mentee while the rows go, and that all have gone at the end', () => {
    const result = matchPeople(generateRoster(5000, 11), config(), STAGES);
    const mentees = result.scores.source.menteeCount;
    expect(mentees).toBeGreaterThan(ITEMS_PER_PROGRESS);
    const { onProgress, calls } = recordProgress();
    const rows = [...scoreRows(result.scores, onProgress, 'writing scores.csv')];
    expect(rows.length).toBeGreaterThan(mentees);
    expectCountsUp(calls, 'writing scores.csv');
    expect(callsOf(calls, 'writing scores.csv')[0]).toEqual({ phase: 'writing scores.csv', done: ITEMS_PER_PROGRESS, total: mentees });
    expect([...scoreRows(result.scores)]).toEqual(rows);
  });
});
