import { describe, expect, it } from 'vitest';
import { carryOver } from '../../../src/core/schedule/carry-over.js';
import { pair, rotaRow } from './builders.js';

describe('carryOver', () => {
  const pairs = [pair('p1', 'ana', 'bob', ['tue-after-school'])];

  it('keeps history, future meetings of current pairs and unknown statuses; warns about the rest', () => {
    const previous = [
      rotaRow({ meeting_no: 1, date: '2027-01-05', status: 'held' }),
      rotaRow({ meeting_no: 2, date: '2027-01-19', status: 'scheduled' }),
      rotaRow({ meeting_no: 3, date: '2027-02-02', status: 'scheduled' }),
      rotaRow({ meeting_no: 4, date: '2027-02-16', status: 'moved' }),
      rotaRow({ meeting_no: 5, date: '2027-03-02', status: 'postponed' }),
      rotaRow({ pair_id: 'p9', date: '2027-01-05', status: 'cancelled' }),
      rotaRow({ pair_id: 'p9', meeting_no: 2, date: '2027-02-02' }),
      rotaRow({ pair_id: 'p9', meeting_no: 3, date: '2027-02-16' }),
    ];
    const { kept, warnings } = carryOver(previous, pairs, '2027-01-25');
    expect(kept.map((r) => r.meeting_id)).toEqual(['p1-m01', 'p1-m03', 'p1-m04', 'p1-m05', 'p9-m01']);
    expect(warnings.map((w) => w.message)).toEqual([
      'meeting p1-m02 on 2027-01-19 is still "scheduled" though its date has passed, so it is planned again; mark it held if it took place',
      'meeting p1-m05 has status "postponed", kept as it is; use one of scheduled, held, cancelled, moved',
      '2 planned meetings (2027-02-02, 2027-02-16) left out: the pair is no longer in the match sheet',
    ]);
  });

  it('treats a reused pair id with other people as a gone pair', () => {
    const { kept } = carryOver([rotaRow({ date: '2027-03-02', mentee_email: 'cy@example.org' })], pairs, '2027-01-25');
    expect(kept).toEqual([]);
  });
});
