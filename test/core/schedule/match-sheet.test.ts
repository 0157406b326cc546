import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/core/types.js';
import { pairsFromMatchTable } from '../../../src/core/schedule/match-sheet.js';
import { InputError } from '../../../src/errors.js';
import { expectCountsUp, recordProgress } from '../../helpers/progress-calls.js';
import { mentor } from '../builders.js';
import { table } from './builders.js';

const HEADERS = ['pair_id', 'mentor_id', 'mentor_name', 'mentor_email', 'mentee_id', 'mentee_name', 'mentee_email', 'score', 'common_slots', 'mode', 'kept'];

const rosterPerson = (email: string, availability: string[]): Person => mentor({ id: email, email, name: email, availability });

describe('pairsFromMatchTable', () => {
  it('reads pairs with their common slots, lower-casing e-mails', () => {
    const t = table(HEADERS, [['p1', 'm1', 'Ana Lee', 'Ana@Example.org', 'e1', 'Bo Chan', 'bo@example.org', '88', 'thu-lunch; tue-after-school', 'online', 'no']]);
    const { pairs, problems, warnings } = pairsFromMatchTable(t);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(pairs).toEqual([
      {
        pairId: 'p1',
        mentor: { id: 'm1', name: 'Ana Lee', email: 'ana@example.org' },
        mentee: { id: 'e1', name: 'Bo Chan', email: 'bo@example.org' },
        commonSlots: ['tue-after-school', 'thu-lunch'],
        mentorSlots: [],
        mode: 'online',
      },
    ]);
  });

  it('reads the group of each pair that has one', () => {
    const t = table([...HEADERS, 'group_id'], [
      ['p1', 'm1', 'Ana', 'ana@example.org', 'e1', 'Bo', 'bo@example.org', '88', '', 'online', 'no', ' g-m1 '],
      ['p2', 'm2', 'Cy', 'cy@example.org', 'e2', 'Di', 'di@example.org', '70', '', 'online', 'no', ''],
    ]);
    expect([...pairsFromMatchTable(t).groups]).toEqual([['p1', 'g-m1']]);
  });

  it('takes availability from the roster when the sheet has none', () => {
    const t = table(['pair_id', 'mentor_email', 'mentee_email'], [['p1', 'ana@example.org', 'bo@example.org']]);
    const roster = [rosterPerson('ana@example.org', ['mon-evening', 'tue-lunch']), rosterPerson('bo@example.org', ['tue-lunch'])];
    const [pair] = pairsFromMatchTable(t, roster).pairs;
    expect(pair).toMatchObject({ commonSlots: ['tue-lunch'], mentorSlots: ['mon-evening', 'tue-lunch'] });
    expect(pairsFromMatchTable(t).warnings[0]).toMatch(/no common_slots column and no roster/);
  });

  it('reports rows it cannot use and warns about unknown slots', () => {
    const t = table(HEADERS, [
      ['p1', '', 'Ana', 'ana@example.org', '', 'Bo', 'bo@example.org', '', 'tue-teatime; wed-lunch', '', ''],
      ['p1', '', 'Ana', 'ana@example.org', '', 'Cy', 'cy@example.org', '', '', '', ''],
      ['', '', 'Ana', 'ana@example.org', '', 'Cy', 'cy@example.org', '', '', '', ''],
      ['p3', '', 'Ana', 'not an address', '', 'Cy', 'cy@example.org', '', '', '', ''],
      ['p4', '', 'Ana', 'ana@example.org', '', 'Ana', 'ANA@example.org', '', '', '', ''],
    ]);
    const { pairs, problems, warnings } = pairsFromMatchTable(t);
    expect(pairs.map((p) => [p.pairId, p.commonSlots])).toEqual([['p1', ['wed-lunch']]]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, 'pair_id'], [4, 'pair_id'], [5, 'mentor_email'], [6, 'mentee_email']]);
    expect(problems[0]?.message).toMatch(/already used on row 2/);
    expect(warnings).toEqual(['row 2, pair p1: common_slots "tue-teatime" left out; expected slots like tue-after-school']);
  });

  it('needs the identifying columns', () => {
    expect(() => pairsFromMatchTable(table(['pair_id', 'mentor_email'], []))).toThrow(InputError);
    expect(() => pairsFromMatchTable(table(['pair_id', 'mentor_email'], []))).toThrow(/needs the column mentee_email/);
  });
});

describe('pairsFromMatchTable: progress', () => {
  it('tells onProgress how many rows are read every 1024 rows, and all of them at the end', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`p${i}`, `m${i}`, 'Mentor', `m${i}@example.org`, `e${i}`, 'Mentee', `e${i}@example.org`, '80', 'tue-lunch', 'online', 'no']);
    const { onProgress, calls } = recordProgress();
    const read = pairsFromMatchTable(table(HEADERS, rows), [], onProgress);
    expect(calls.map((c) => [c.phase, c.done, c.total])).toEqual([
      ['reading pairs', 1024, 1500],
      ['reading pairs', 1500, 1500],
    ]);
    expectCountsUp(calls, 'reading pairs');
    expect(read).toEqual(pairsFromMatchTable(table(HEADERS, rows)));
  });
});
