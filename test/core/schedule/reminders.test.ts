import { describe, expect, it } from 'vitest';
import { planRota } from '../../../src/core/schedule/plan.js';
import { overdueMeetings, parseWeek, remindersForWeek, REMINDER_COLUMNS } from '../../../src/core/schedule/reminders.js';
import { UsageError } from '../../../src/errors.js';
import { pair, rotaRow, settings } from './builders.js';

describe('remindersForWeek with groups', () => {
  it('gives every mentee of a group meeting a row, and the mentor one naming them all', () => {
    const group = rotaRow({ pair_id: 'g-ana', meeting_id: 'g-ana-m01', mentee_name: 'Dan; Eve', mentee_email: 'dan@example.org; eve@example.org' });
    const rows = remindersForWeek([group], '2027-01-05', '2027-01-01');
    expect(rows.map((r) => [r.email, r.role, r.partner_name, r.partner_email, r.meeting_id])).toEqual([
      ['ana@example.org', 'mentor', 'Dan; Eve', 'dan@example.org; eve@example.org', 'g-ana-m01'],
      ['dan@example.org', 'mentee', 'Ana', 'ana@example.org', 'g-ana-m01'],
      ['eve@example.org', 'mentee', 'Ana', 'ana@example.org', 'g-ana-m01'],
    ]);
  });
});

describe('parseWeek', () => {
  it('reads this, next, ISO weeks and dates', () => {
    expect(parseWeek('2027-W03', '2027-01-15')).toEqual({ monday: '2027-01-18', sunday: '2027-01-24', isoWeek: '2027-W03' });
    expect(parseWeek('2027w03', '2027-01-15').monday).toBe('2027-01-18');
    expect(parseWeek('this', '2027-01-15').monday).toBe('2027-01-11');
    expect(parseWeek('next', '2027-01-15')).toEqual({ monday: '2027-01-18', sunday: '2027-01-24', isoWeek: '2027-W03' });
    expect(parseWeek('2027-01-24', '2027-01-15').monday).toBe('2027-01-18');
    expect(parseWeek('2026-W53', '2027-01-15')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03', isoWeek: '2026-W53' });
  });

  it('takes today from an instant in the scheme zone', () => {
    // Sunday 23:30 UTC in June is already Monday in London.
    expect(parseWeek('this', new Date('2027-06-13T23:30:00Z'), 'Europe/London').monday).toBe('2027-06-14');
    expect(parseWeek('this', new Date('2027-06-13T23:30:00Z'), 'UTC').monday).toBe('2027-06-07');
  });

  it('refuses other text with a usage error', () => {
    expect(() => parseWeek('soon', '2027-01-15')).toThrow(UsageError);
    expect(() => parseWeek('2027-W53', '2027-01-15')).toThrow(/that year has no such week/);
    expect(() => parseWeek('2027-02-30', '2027-01-15')).toThrow(/this, next, an ISO week like 2027-W03 or a date like 2027-01-18; found "2027-02-30"/);
    expect(() => parseWeek('this', 'yesterday')).toThrow(/--today expects a date/);
  });
});

describe('remindersForWeek', () => {
  const rota = planRota({
    pairs: [pair('p1', 'ana', 'bob', ['mon-evening']), pair('p2', 'ana', 'cat', ['sun-morning']), pair('p3', 'dan', 'eve', ['wed-lunch'])],
    settings: settings({ start: '2027-01-04', every: '1w', count: 4 }),
  }).rows;

  it('gives exactly the meetings of 18–24 January 2027 for 2027-W03, two rows each', () => {
    const rows = remindersForWeek(rota, '2027-W03', '2027-01-15');
    const inWeek = rota.filter((r) => r.date >= '2027-01-18' && r.date <= '2027-01-24');
    expect(inWeek).toHaveLength(3);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => `${r.meeting_id} ${r.role} ${r.email}`)).toEqual([
      'p1-m03 mentor ana@example.org',
      'p1-m03 mentee bob@example.org',
      'p3-m03 mentor dan@example.org',
      'p3-m03 mentee eve@example.org',
      'p2-m03 mentor ana@example.org',
      'p2-m03 mentee cat@example.org',
    ]);
    expect(rows[1]).toEqual({
      email: 'bob@example.org', name: 'Bob', role: 'mentee', partner_name: 'Ana', partner_email: 'ana@example.org',
      date: '2027-01-18', day: 'Monday', start: '19:00', end: '19:45', mode: 'online',
      meeting_no: 3, meetings_total: 4, pair_id: 'p1', meeting_id: 'p1-m03',
    });
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([...REMINDER_COLUMNS].sort());
  });

  it('leaves out held and cancelled meetings', () => {
    const edited = rota.map((r) => (r.meeting_id === 'p1-m03' ? { ...r, status: 'cancelled' } : r.meeting_id === 'p3-m03' ? { ...r, status: 'held' } : r));
    expect(remindersForWeek(edited, '2027-W03', '2027-01-15').map((r) => r.meeting_id)).toEqual(['p2-m03', 'p2-m03']);
  });
});

describe('overdueMeetings', () => {
  it('lists pending meetings dated before today', () => {
    const rota = [
      rotaRow({ meeting_no: 1, date: '2027-01-05', status: 'held' }),
      rotaRow({ meeting_no: 2, date: '2027-01-12' }),
      rotaRow({ meeting_no: 3, date: '2027-01-13', status: 'moved' }),
      rotaRow({ meeting_no: 4, date: '2027-01-14', status: 'cancelled' }),
      rotaRow({ meeting_no: 5, date: '2027-01-15' }),
    ];
    expect(overdueMeetings(rota, '2027-01-15').map((r) => r.meeting_no)).toEqual([2, 3]);
  });
});
