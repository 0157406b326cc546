import { describe, expect, it } from 'vitest';
import { carryOver } from '../../../src/core/schedule/carry-over.js';
import { pair, rotaRow } from './builders.js';

describe('carryOver', () => {
  const pairs = [pair('p1', 'ana', 'bob', ['tue-after-school'])];

  it('keeps history, future meetings of current pairs and unknown statuses, cancels those of gone pairs; warns about the rest', () => {
    const previous = [
      rotaRow({ meeting_no: 1, date: '2027-01-05', status: 'held' }),
      rotaRow({ meeting_no: 2, date: '2027-01-19', status: 'scheduled' }),
      rotaRow({ meeting_no: 3, date: '2027-02-02', status: 'scheduled' }),
      rotaRow({ meeting_no: 4, date: '2027-02-16', status: 'moved' }),
      rotaRow({ meeting_no: 5, date: '2027-03-02', status: 'postponed' }),
      rotaRow({ pair_id: 'p9', date: '2027-01-05', status: 'cancelled' }),
      rotaRow({ pair_id: 'p9', meeting_no: 2, date: '2027-02-02' }),
      rotaRow({ pair_id: 'p9', meeting_no: 3, date: '2027-02-16', status: 'moved', note: 'room 4' }),
      rotaRow({ pair_id: 'p8', meeting_no: 1, date: '2027-01-12' }),
    ];
    const { kept, warnings } = carryOver(previous, pairs, '2027-01-25');
    expect(kept.map((r) => [r.meeting_id, r.status, r.note])).toEqual([
      ['p1-m01', 'held', ''],
      ['p1-m03', 'scheduled', ''],
      ['p1-m04', 'moved', ''],
      ['p1-m05', 'postponed', ''],
      ['p9-m01', 'cancelled', ''],
      // Kept as cancelled, so that calendars made from the earlier rota drop them.
      ['p9-m02', 'cancelled', 'cancelled: the pair is no longer in the match sheet'],
      ['p9-m03', 'cancelled', 'room 4; cancelled: the pair is no longer in the match sheet'],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'meeting p1-m02 on 2027-01-19 is still "scheduled" though its date has passed, so it is planned again; mark it held if it took place',
      'meeting p1-m05 has status "postponed", kept as it is; use one of scheduled, held, cancelled, moved',
      '2 planned meetings (2027-02-02, 2027-02-16) cancelled: the pair is no longer in the match sheet',
      '1 planned meeting (2027-01-12) left out: the pair is no longer in the match sheet',
    ]);
  });

  it('never drops a meeting with feedback: a past one stays as it is, a future one of a gone pair stays as cancelled', () => {
    const previous = [
      rotaRow({ meeting_no: 2, date: '2027-01-19', extra: { mentor_rating: '3', fit: '' } }),
      rotaRow({ meeting_no: 3, date: '2027-02-02', extra: { fit: 'good' } }),
      rotaRow({ pair_id: 'p9', date: '2027-01-05', extra: { fit: 'not-a-fit' } }),
      rotaRow({ pair_id: 'p9', meeting_no: 2, date: '2027-02-02', note: 'room 4', extra: { mentee_rating: '1' } }),
      rotaRow({ pair_id: 'p9', meeting_no: 3, date: '2027-02-16', extra: { fit: '' } }),
    ];
    const { kept, warnings } = carryOver(previous, pairs, '2027-01-25');
    expect(kept.map((r) => [r.meeting_id, r.status, r.note, r.extra])).toEqual([
      ['p1-m02', 'scheduled', '', { mentor_rating: '3', fit: '' }],
      ['p1-m03', 'scheduled', '', { fit: 'good' }],
      ['p9-m01', 'scheduled', '', { fit: 'not-a-fit' }],
      ['p9-m02', 'cancelled', 'room 4; cancelled: the pair is no longer in the match sheet (kept for its feedback)', { mentee_rating: '1' }],
      ['p9-m03', 'cancelled', 'cancelled: the pair is no longer in the match sheet', { fit: '' }],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'meeting p1-m02 on 2027-01-19 is still "scheduled" though its date has passed; kept as it is because it has feedback: mark it held if it took place',
      'meeting p9-m01 on 2027-01-05 is still "scheduled" though its date has passed; kept as it is because it has feedback: mark it held if it took place',
      'meeting p9-m02 on 2027-02-02 is cancelled: the pair is no longer in the match sheet (kept for its feedback)',
      '1 planned meeting (2027-02-16) cancelled: the pair is no longer in the match sheet',
    ]);
  });

  it('leaves out the meetings of a pair id now given to other people (their ids are the new pair\'s)', () => {
    const { kept, warnings } = carryOver([rotaRow({ date: '2027-03-02', mentee_email: 'cy@example.org' })], pairs, '2027-01-25');
    expect(kept).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual(['1 planned meeting (2027-03-02) left out: the pair is no longer in the match sheet']);
  });
});
