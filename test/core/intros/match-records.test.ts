import { describe, expect, it } from 'vitest';
import { introPairsFromRecords } from '../../../src/core/intros/match-records.js';

const record = (pairId: string, groupId = '') => ({
  pair_id: pairId,
  mentor_name: 'Ana Lee',
  mentor_email: 'Ana@Example.org ',
  mentee_name: '',
  mentee_email: 'bob@example.org',
  reasons: 'Both primary',
  group_id: groupId,
  kept: 'false',
});

describe('introPairsFromRecords', () => {
  it('reads the pairs of a match sheet, lower-casing addresses and naming someone unnamed by address', () => {
    expect(introPairsFromRecords([record('p1', 'g-ana')])).toEqual([
      { pairId: 'p1', groupId: 'g-ana', mentor: { name: 'Ana Lee', email: 'ana@example.org' }, mentee: { name: 'bob@example.org', email: 'bob@example.org' }, reasons: 'Both primary', kept: false },
    ]);
    expect(introPairsFromRecords([{ ...record('p1'), kept: 'TRUE' }])[0]?.kept).toBe(true);
  });

  it('leaves out rows without a pair id or an address, and takes groups from the map when given', () => {
    const records = [record('p1', 'g-old'), record(''), { ...record('p3'), mentor_email: 'nobody' }, record('p4')];
    expect(introPairsFromRecords(records, new Map([['p4', 'g-ana']])).map((p) => [p.pairId, p.groupId])).toEqual([
      ['p1', ''],
      ['p4', 'g-ana'],
    ]);
  });
});
