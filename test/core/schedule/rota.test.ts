import { describe, expect, it } from 'vitest';
import { meetingId, rotaFromTable, rotaSheet, ROTA_COLUMNS } from '../../../src/core/schedule/rota.js';
import { InputError } from '../../../src/errors.js';
import { rotaRow, table } from './builders.js';

describe('rota sheets', () => {
  it('gives stable meeting ids', () => {
    expect(meetingId('p007', 3)).toBe('p007-m03');
    expect(meetingId('p007', 12)).toBe('p007-m12');
  });

  it('write the contract columns then extra ones, and read back the same rows', () => {
    const rows = [rotaRow(), rotaRow({ meeting_no: 2, meeting_id: 'p1-m02', date: '2027-01-19', status: 'held', extra: { rating: '5' } })];
    const sheet = rotaSheet(rows);
    expect(sheet.headers).toEqual([...ROTA_COLUMNS, 'rating']);
    expect(sheet.rows[1]).toEqual(['p1-m02', 'p1', '2', '6', '2027-01-19', 'Tuesday', '16:00', '16:45', 'Ana', 'ana@example.org', 'Bob', 'bob@example.org', 'online', 'held', '', '5']);
    const back = rotaFromTable(table(sheet.headers, sheet.rows));
    expect(back.problems).toEqual([]);
    expect(back.meetings).toEqual([{ ...rows[0], extra: { rating: '' } }, rows[1]]);
  });

  it('reads edited rows: day-first dates, capitalised status, the day recomputed', () => {
    const headers = ['meeting_id', 'pair_id', 'meeting_no', 'date', 'day', 'start', 'end', 'mentor_email', 'mentee_email', 'status', 'Rating'];
    const { meetings } = rotaFromTable(table(headers, [['p1-m01', 'p1', '1', '07/01/2027', 'Tuesday', '16:00', '16:45', 'Ana@Example.org', 'bob@example.org', 'Moved', '4']]));
    expect(meetings[0]).toMatchObject({ date: '2027-01-07', day: 'Thursday', status: 'moved', mentor_email: 'ana@example.org', extra: { Rating: '4' } });
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
