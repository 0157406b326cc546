import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatching, REASON_UNKNOWN } from '../../../src/core/report/matching.js';
import { readRoster } from '../../../src/core/report/roster.js';
import { matchRow, rosterRow } from './builders.js';

describe('buildMatching', () => {
  it('keeps matched + unmatched = mentees for any match and unmatched sheets', () => {
    const sheets = fc.record({
      pairs: fc.array(fc.tuple(fc.constantFrom('m1', 'm2', 'm3'), fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5')), { maxLength: 8 }),
      left: fc.array(fc.tuple(fc.constantFrom('mentee', 'mentor', 'both', ''), fc.constantFrom('no mentor', 'all taken', '')), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(sheets, ({ pairs, left }) => {
        const matches = pairs.map(([mentor, mentee], i) => matchRow(String(i + 1), mentor, mentee));
        const unmatched = left.map(([role, reason], i) => ({ id: `u${i}`, role, reason }));
        const m = buildMatching({ matches, unmatched, roster: null, places: null, summary: undefined });
        expect((m.matched ?? 0) + (m.unmatched ?? 0)).toBe(m.mentees);
        expect(m.unmatchedByReason.reduce((sum, t) => sum + t.count, 0)).toBe(m.unmatched);
        expect(m.pairs).toBe(pairs.length);
        expect(m.matched).toBe(new Set(pairs.map(([, mentee]) => mentee)).size);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves mentors out of the unmatched mentees', () => {
    const m = buildMatching({
      matches: [matchRow('1', 'm1', 'e1')],
      unmatched: [{ id: 'm2', role: 'mentor', reason: 'capacity 0' }, { id: 'e2', role: 'mentee', reason: 'no mentor' }],
      roster: null,
      places: null,
      summary: { blockingPairs: 0 },
    });
    expect(m).toMatchObject({ mentees: 2, matched: 1, unmatched: 1, unmatchedFrom: 'unmatched', blockingPairs: 0 });
  });

  it('takes the unmatched from roster mentees missing from the match sheet when there is no unmatched sheet', () => {
    const roster = readRoster([rosterRow('e1'), rosterRow('e2'), rosterRow('e3', { role: 'both' }), rosterRow('m1', { role: 'mentor' })]);
    const m = buildMatching({ matches: [matchRow('1', 'm1', 'e1')], unmatched: undefined, roster, places: null, summary: undefined });
    expect(m).toMatchObject({ mentees: 3, matched: 1, unmatched: 2, unmatchedFrom: 'roster', blockingPairs: null });
    expect(m.unmatchedByReason).toEqual([{ key: REASON_UNKNOWN, label: REASON_UNKNOWN, count: 2 }]);
  });

  it('links roster mentees to the match sheet by e-mail when the ids differ (a re-imported hand-made roster)', () => {
    const roster = readRoster([rosterRow('p-0000000001', { email: 'e1@example.org' }), rosterRow('p-0000000002', { email: 'e2@example.org' })]);
    const m = buildMatching({ matches: [matchRow('1', 'm1', 'e1')], unmatched: undefined, roster, places: null, summary: undefined });
    expect(m).toMatchObject({ mentees: 2, matched: 1, unmatched: 1 });
  });

  it('does not guess the unmatched from nothing', () => {
    const m = buildMatching({ matches: [matchRow('1', 'm1', 'e1')], unmatched: undefined, roster: null, places: null, summary: undefined });
    expect(m).toMatchObject({ mentees: null, unmatched: null, unmatchedFrom: null, load: null });
  });

  it('counts kept pairs and scores, skipping blank scores', () => {
    const m = buildMatching({
      matches: [matchRow('1', 'm1', 'e1', { kept: 'yes', score: '90' }), matchRow('2', 'm1', 'e2', { kept: '', score: '' })],
      unmatched: [],
      roster: null,
      places: null,
      summary: undefined,
    });
    expect(m).toMatchObject({ kept: 1, meanScore: 90 });
    expect(m.scoreBins[9]?.count).toBe(1);
  });
});
