import { describe, expect, it } from 'vitest';
import { FEEDBACK_COLUMNS } from '../../../src/core/feedback/values.js';
import { compareMeetings, meetingId, rotaFromTable, rotaHeaders, rotaSheet, ROTA_COLUMNS } from '../../../src/core/schedule/rota.js';
import { InputError } from '../../../src/errors.js';
import { rotaRow, table } from './builders.js';

describe('rota sheets', () => {
  it('orders meetings by date, start time, pair and meeting number', () => {
    const rows = [
      rotaRow({ pair_id: 'p2', date: '2027-01-05', start: '16:00' }),
      rotaRow({ pair_id: 'p1', meeting_no: 2, date: '2027-01-05', start: '16:00' }),
      rotaRow({ pair_id: 'p1', meeting_no: 1, date: '2027-01-05', start: '16:00' }),
      rotaRow({ pair_id: 'p0', date: '2027-01-05', start: '19:00' }),
      rotaRow({ pair_id: 'p9', date: '2027-01-04', start: '19:00' }),
    ];
    expect([...rows].sort(compareMeetings).map((r) => `${r.date} ${r.start} ${r.pair_id} ${r.meeting_no}`)).toEqual([
      '2027-01-04 19:00 p9 1',
      '2027-01-05 16:00 p1 1',
      '2027-01-05 16:00 p1 2',
      '2027-01-05 16:00 p2 1',
      '2027-01-05 19:00 p0 1',
    ]);
    expect(compareMeetings(rows[0]!, rows[0]!)).toBe(0);
  });

  it('gives stable meeting ids', () => {
    expect(meetingId('p007', 3)).toBe('p007-m03');
    expect(meetingId('p007', 12)).toBe('p007-m12');
  });

  it('write the contract columns, the feedback columns, then extra ones, and read back the same rows', () => {
    const rows = [rotaRow(), rotaRow({ meeting_no: 2, meeting_id: 'p1-m02', date: '2027-01-19', status: 'held', extra: { rating: '5', fit: 'good' } })];
    const sheet = rotaSheet(rows);
    expect(sheet.headers).toEqual([...ROTA_COLUMNS, ...FEEDBACK_COLUMNS, 'rating']);
    expect(rotaHeaders(rows)).toEqual(sheet.headers);
    expect(sheet.rows[1]).toEqual(['p1-m02', 'p1', '2', '6', '2027-01-19', 'Tuesday', '16:00', '16:45', 'Ana', 'ana@example.org', 'Bob', 'bob@example.org', 'online', 'held', '', '', '', 'good', '5']);
    const back = rotaFromTable(table(sheet.headers, sheet.rows));
    expect(back.problems).toEqual([]);
    const blank = { mentor_rating: '', mentee_rating: '', fit: '' };
    expect(back.meetings).toEqual([{ ...rows[0], extra: { ...blank, rating: '' } }, { ...rows[1], extra: { ...blank, fit: 'good', rating: '5' } }]);
  });

  it('reads feedback columns in any case under their own names, and warns of values that are no rating or fit', () => {
    const headers = ['pair_id', 'meeting_no', 'date', 'start', 'end', 'mentor_email', 'mentee_email', 'Mentor_Rating', 'MENTEE_RATING', 'Fit'];
    const cells = ['p1', '1', '2027-01-05', '16:00', '16:45', 'a@x.org', 'b@x.org'];
    const read = rotaFromTable(table(headers, [[...cells, '4', '3.0', 'Not a fit'], [...cells.slice(0, 1), '2', ...cells.slice(2), '5', '', 'maybe']]));
    expect(read.problems).toEqual([]);
    expect(read.meetings.map((m) => m.extra)).toEqual([
      { mentor_rating: '4', mentee_rating: '3.0', fit: 'Not a fit' },
      { mentor_rating: '5', mentee_rating: '', fit: 'maybe' },
    ]);
    expect(read.warnings.map((w) => [w.row, w.column, w.message])).toEqual([
      [3, 'mentor_rating', 'mentor_rating "5" is not a rating: expected 1, 2, 3 or 4; kept as written, left out of the report'],
      [3, 'fit', 'fit "maybe" is not one of good, unsure, not-a-fit; kept as written, left out of the report'],
    ]);
  });

  it('reads edited rows: day-first dates, capitalised status, the day recomputed', () => {
    const headers = ['meeting_id', 'pair_id', 'meeting_no', 'date', 'day', 'start', 'end', 'mentor_email', 'mentee_email', 'status', 'Rating'];
    const { meetings } = rotaFromTable(table(headers, [['p1-m01', 'p1', '1', '07/01/2027', 'Tuesday', '16:00', '16:45', 'Ana@Example.org', 'bob@example.org', 'Moved', '4']]));
    expect(meetings[0]).toMatchObject({ date: '2027-01-07', day: 'Thursday', status: 'moved', mentor_email: 'ana@example.org', extra: { Rating: '4' } });
  });

  it('reads the American spelling canceled as cancelled, and a blank status as scheduled', () => {
    const headers = ['pair_id', 'meeting_no', 'date', 'start', 'end', 'mentor_email', 'mentee_email', 'status'];
    const row = (no: string, status: string) => ['p1', no, '2027-01-07', '16:00', '16:45', 'a@example.org', 'b@example.org', status];
    const { meetings } = rotaFromTable(table(headers, [row('1', ' Canceled '), row('2', '')]));
    expect(meetings.map((m) => m.status)).toEqual(['cancelled', 'scheduled']);
  });

  it('reports rows it cannot use', () => {
    const headers = ['meeting_id', 'pair_id', 'meeting_no', 'date', 'start', 'end', 'mentor_email', 'mentee_email'];
    const good = ['p1-m01', 'p1', '1', '2027-01-05', '16:00', '16:45', 'a@x.org', 'b@x.org'];
    const { meetings, problems } = rotaFromTable(
      table(headers, [good, ['p1-m02', 'p1', 'two', ...good.slice(3)], ['p1-m03', 'p1', '3', 'soon', ...good.slice(4)], ['p1-m04', 'p1', '4', '2027-01-05', '16:00', '15:00', 'a@x.org', 'b@x.org'], good]),
    );
    expect(meetings).toHaveLength(1);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, 'meeting_no'], [4, 'date'], [5, 'end'], [6, 'meeting_id']]);
    expect(() => rotaFromTable(table(['pair_id'], []))).toThrow(InputError);
  });
});
