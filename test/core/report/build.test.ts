import { describe, expect, it } from 'vitest';
import { buildReport, DEFAULT_TITLE } from '../../../src/core/report/build.js';
import { UsageError } from '../../../src/errors.js';
import { expectCountsUp, recordProgress } from '../../helpers/progress-calls.js';
import { meetingRow, rosterRow } from './builders.js';
import { FIXTURE_TODAY, fixtureInput, readFixture } from './fixture.js';

const model = buildReport(fixtureInput(), { today: FIXTURE_TODAY });

describe('buildReport on the hand-made scheme in fixtures/report/', () => {
  it('counts sign-ups by role, stage, phase and region', () => {
    const s = model.signups;
    expect(s?.people).toBe(14);
    expect(s?.byRole.map((t) => [t.key, t.count])).toEqual([
      ['mentee', 9],
      ['mentor', 5],
    ]);
    expect(s?.byStage.map((t) => [t.key, t.total])).toEqual([
      ['ta', 1],
      ['trainee', 3],
      ['ect', 5],
      ['teacher', 1],
      ['middle-leader', 1],
      ['teacher-educator', 1],
      ['senior-leader', 1],
      ['headteacher', 1],
    ]);
    expect(s?.byPhase.find((t) => t.key === 'secondary')).toMatchObject({ mentors: 2, mentees: 4, total: 6 });
    expect(s?.byRegion.map((t) => [t.key, t.total])).toEqual([
      ['london', 4],
      ['north-west', 4],
      ['yorkshire', 3],
      ['north-east', 2],
      ['south-west', 1],
    ]);
    expect(s?.duplicatesMerged).toBe(2);
    expect(s?.rowsRejected).toBe(2);
  });

  it('compares mentees wanting each value with free places, largest shortfall first', () => {
    const row = (dimension: string, key: string) => model.supply?.rows.find((r) => r.dimension === dimension && r.key === key);
    expect(model.supply?.placesFrom).toBe('mentors');
    expect(row('phase', 'secondary')).toMatchObject({ wanting: 4, places: 1, matched: 2, shortfall: 1 });
    expect(row('phase', 'primary')).toMatchObject({ wanting: 3, places: 0, matched: 3, shortfall: 0 });
    expect(row('subject', 'maths')).toMatchObject({ wanting: 2, places: 1, matched: 1, shortfall: 0 });
    expect(row('focus', 'send')).toMatchObject({ wanting: 2, places: 0, matched: 1, shortfall: 1 });
    expect(row('region', 'south-west')).toMatchObject({ wanting: 1, places: 0, matched: 0, shortfall: 1 });
    expect(row('phase', 'post-16')).toMatchObject({ wanting: 0, places: 0, shortfall: 0 });
    const shortfalls = model.supply?.rows.map((r) => r.shortfall) ?? [];
    expect(shortfalls).toEqual([...shortfalls].sort((a, b) => b - a));
    expect(model.supply?.recruit[0]).toBe(
      'Secondary (phase): 1 more mentor place needed; 2 mentees without a mentor, 1 free place',
    );
    expect(model.supply?.recruit).toHaveLength(5);
  });

  it('reports matching outcome, reasons, scores, criteria and load', () => {
    const m = model.matching;
    expect(m).toMatchObject({ mentees: 9, matched: 5, unmatched: 4, pairs: 5, kept: 1, blockingPairs: 1 });
    expect(m?.unmatchedByReason.map((t) => [t.label, t.count])).toEqual([
      ['possible mentors are all needed for others', 2],
      ['no mentor in early-years with free capacity', 1],
      ['no mentor in special with free capacity', 1],
    ]);
    expect(m?.scoreBins.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 2, 1]);
    expect(m?.meanScore).toBe(80.4);
    expect(m?.medianScore).toBe(81);
    expect(m?.criteria.map((c) => [c.key, c.met, c.of])).toEqual([
      ['phase', 5, 5],
      ['subject', 4, 5],
      ['focus', 5, 5],
      ['slot', 3, 5],
      ['region', 4, 5],
    ]);
    expect(m?.load).toMatchObject({ mentors: 5, capacity: 6, assigned: 5, full: 3, partly: 1, unused: 0, paused: 1 });
  });

  it('counts meetings by status, week and pair, overdue against today', () => {
    const m = model.meetings;
    expect(m).toMatchObject({ total: 17, held: 6, scheduled: 8, cancelled: 2, moved: 1, other: 0, overdue: 5, undated: 0 });
    expect(m?.byWeek.map((w) => [w.week, w.held + w.scheduled + w.cancelled + w.moved, w.overdue])).toEqual([
      ['2027-W02', 5, 1],
      ['2027-W03', 0, 0],
      ['2027-W04', 5, 2],
      ['2027-W05', 0, 0],
      ['2027-W06', 4, 2],
      ['2027-W07', 0, 0],
      ['2027-W08', 3, 0],
    ]);
    expect(m?.noneHeld.map((p) => p.pairId)).toEqual(['3', '5']);
    expect(m?.byPair.find((p) => p.pairId === '1')).toMatchObject({ held: 2, scheduled: 2, overdue: 1, next: '2027-02-23' });
  });

  it('counts data-quality problems', () => {
    expect(model.quality).toMatchObject({ warnings: 3, rowsRejected: 2, duplicatesMerged: 2 });
    expect(model.quality?.warningsByKind?.map((t) => [t.key, t.count])).toEqual([
      ['unknown-subject', 2],
      ['unknown-region', 1],
    ]);
    expect(model.quality?.rejectedByReason?.map((t) => [t.label, t.count])).toEqual([
      ['not an e-mail address', 2],
      ['name is missing', 1],
    ]);
  });

  it('lists its sources and headline figures', () => {
    expect(model.title).toBe(DEFAULT_TITLE);
    expect(model.sources).toContainEqual({ input: 'rota', rows: 17 });
    expect(model.missing).toEqual([]);
    expect(model.keyFigures.map((f) => [f.label, f.value])).toEqual([
      ['People signed up', '14'],
      ['Mentees matched', '5 of 9'],
      ['Mean match score', '80.4'],
      ['Mentor places used', '5 of 6'],
      ['Meetings held', '6 of 17'],
      ['Overdue meetings', '5'],
      ['Stalled pairs', '3'],
    ]);
  });
});

describe('buildReport with some inputs only', () => {
  it('leaves out sections without input and says which input brings them', () => {
    const onlyRota = buildReport({ rota: readFixture('rota') }, { title: '  Spring term  ' });
    expect(onlyRota.title).toBe('Spring term');
    expect([onlyRota.signups, onlyRota.supply, onlyRota.matching, onlyRota.quality]).toEqual([null, null, null, null]);
    expect(onlyRota.missing.map((m) => m.section)).toEqual(['signups', 'supply', 'matching', 'quality']);
    expect(onlyRota.meetings?.total).toBe(17);
    expect(onlyRota.feedback?.byPair).toHaveLength(5);
  });

  it('counts nothing overdue and shows no overdue figure without today', () => {
    const noToday = buildReport({ rota: readFixture('rota') });
    expect(noToday.meetings?.overdue).toBe(0);
    expect(noToday.keyFigures.map((f) => f.label)).not.toContain('Overdue meetings');
    expect(noToday.keyFigures.map((f) => f.label)).not.toContain('Stalled pairs');
    expect(noToday.feedback?.stalled).toEqual([]);
  });

  it('takes free places from roster capacity less matches when there is no mentors sheet', () => {
    const report = buildReport({ roster: readFixture('roster'), matches: readFixture('matches') });
    expect(report.supply?.placesFrom).toBe('roster-less-matches');
    expect(report.matching?.load).toMatchObject({ from: 'roster', capacity: 6, assigned: 5 });
    expect(report.matching).toMatchObject({ unmatchedFrom: 'roster', unmatched: 4, mentees: 9 });
  });

  it('refuses a today that is not an ISO date', () => {
    expect(() => buildReport({ rota: [] }, { today: '15/02/2027' })).toThrow(UsageError);
    expect(() => buildReport({ rota: [] }, { today: '2027-02-30' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('buildReport: progress', () => {
  const pairs = Array.from({ length: 600 }, (_, i) => `p${i}`);
  const input = {
    roster: Array.from({ length: 1100 }, (_, i) => rosterRow(`r${i}`, i % 2 === 0 ? { role: 'mentor' } : {})),
    rota: pairs.flatMap((pairId) => ['2027-01-05', '2027-01-19', '2027-02-02', '2027-02-16'].map((date) => meetingRow(pairId, date, 'held'))),
  };

  it('tells onProgress how far reading the roster and the rota has got, each phase ending at done === total', () => {
    const { onProgress, calls } = recordProgress();
    const withProgress = buildReport(input, { today: '2027-03-01', onProgress });
    expect([...new Set(calls.map((c) => c.phase))]).toEqual(['counting sign-ups', 'counting meetings', 'reading feedback']);
    for (const phase of ['counting sign-ups', 'counting meetings', 'reading feedback']) expectCountsUp(calls, phase);
    expect(calls.filter((c) => c.done === c.total).map((c) => [c.phase, c.total])).toEqual([
      ['counting sign-ups', 1100],
      ['counting meetings', 2400],
      ['reading feedback', 2400],
    ]);
    expect(withProgress).toEqual(buildReport(input, { today: '2027-03-01' }));
  });

  it('says nothing for sheets that are not given', () => {
    const { onProgress, calls } = recordProgress();
    buildReport({ matches: readFixture('matches') }, { onProgress });
    expect(calls).toEqual([]);
  });
});
