import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMeetings } from '../../../src/core/report/meetings.js';
import { meetingRow } from './builders.js';

const status = fc.constantFrom('scheduled', 'held', 'cancelled', 'moved', 'Held', '', 'postponed');
const date = fc.oneof(
  fc.date({ min: new Date('2026-09-01T00:00:00Z'), max: new Date('2027-08-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constant('next week'),
);
const rota = fc.array(fc.tuple(fc.constantFrom('1', '2', '3', '4'), date, status), { maxLength: 60 });

describe('buildMeetings', () => {
  it('counts every meeting in exactly one status, per week and per pair alike', () => {
    fc.assert(
      fc.property(rota, fc.option(fc.constant('2027-02-15'), { nil: null }), (rows, today) => {
        const m = buildMeetings(rows.map(([pair, d, s]) => meetingRow(pair, d, s)), today);
        expect(m.scheduled + m.held + m.cancelled + m.moved + m.other).toBe(m.total);
        expect(m.total).toBe(rows.length);
        const weekly = m.byWeek.reduce((sum, w) => sum + w.scheduled + w.held + w.cancelled + w.moved + w.other, 0);
        expect(weekly + m.undated).toBe(m.total);
        expect(m.byPair.reduce((sum, p) => sum + p.total, 0)).toBe(m.total);
        expect(m.overdue).toBeLessThanOrEqual(m.scheduled);
        if (today === null) expect(m.overdue).toBe(0);
        expect(m.noneHeld.every((p) => p.held === 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a blank status as scheduled, an unknown one as other, and ignores case', () => {
    const m = buildMeetings([meetingRow('1', '2027-01-11', ''), meetingRow('1', '2027-01-12', 'postponed'), meetingRow('1', '2027-01-13', 'HELD')], null);
    expect(m).toMatchObject({ scheduled: 1, other: 1, held: 1 });
  });

  it('counts scheduled meetings before today as overdue and names the next one on or after today', () => {
    const m = buildMeetings(
      [meetingRow('1', '2027-02-14', 'scheduled'), meetingRow('1', '2027-02-15', 'scheduled'), meetingRow('1', '2027-02-01', 'held')],
      '2027-02-15',
    );
    expect(m.overdue).toBe(1);
    expect(m.byPair[0]).toMatchObject({ next: '2027-02-15', held: 1 });
    expect(m.noneHeld).toEqual([]);
  });

  it('names an undated meeting without an id by its pair and number', () => {
    const row: Record<string, string> = { ...meetingRow('7', '2027-02-30', 'held'), meeting_no: '3' };
    delete row.meeting_id;
    expect(buildMeetings([row], null).undatedMeetings).toEqual(['pair 7 meeting 3']);
  });

  it('keeps undated meetings out of the weeks and orders pairs by number', () => {
    const m = buildMeetings([meetingRow('10', 'soon', 'scheduled'), meetingRow('9', '2027-01-11', 'held')], null);
    expect(m.undated).toBe(1);
    expect(m.undatedMeetings).toEqual(['10-soon']);
    expect(m.byWeek).toHaveLength(1);
    expect(m.byPair.map((p) => p.pairId)).toEqual(['9', '10']);
  });
});
