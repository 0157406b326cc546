import { describe, expect, it } from 'vitest';
import { firstMeetings, meetingText } from '../../../src/core/intros/first-meetings.js';
import { rotaRow } from '../schedule/builders.js';

describe('firstMeetings', () => {
  it('takes each pair\'s earliest meeting that is not cancelled, whatever the row order', () => {
    const rota = [
      rotaRow({ pair_id: 'p1', meeting_no: 2, date: '2027-01-19' }),
      rotaRow({ pair_id: 'p1', meeting_no: 1, date: '2027-01-05', status: 'cancelled' }),
      rotaRow({ pair_id: 'g-ana', meeting_no: 1, date: '2027-01-06', start: '12:30', end: '13:15' }),
      rotaRow({ pair_id: 'p1', meeting_no: 3, date: '2027-02-02', status: 'held' }),
    ];
    expect([...firstMeetings(rota)]).toEqual([
      ['p1', { date: '2027-01-19', start: '16:00', end: '16:45' }],
      ['g-ana', { date: '2027-01-06', start: '12:30', end: '13:15' }],
    ]);
  });

  it('says when in words', () => {
    expect(meetingText({ date: '2027-02-01', start: '07:45', end: '08:30' })).toBe('Monday 1 February 2027, 07:45–08:30');
    expect(meetingText({ date: 'next week', start: '16:00', end: '16:45' })).toBe('next week, 16:00–16:45');
  });
});
