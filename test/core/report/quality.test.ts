import { describe, expect, it } from 'vitest';
import { buildQuality, rejectedRows } from '../../../src/core/report/quality.js';

describe('buildQuality', () => {
  it('groups warnings by kind and rejects by reason, null for sheets not given', () => {
    const q = buildQuality({
      warnings: [{ kind: 'unknown-subject' }, { kind: 'unknown-subject' }, { kind: 'bad-date' }],
      rejected: undefined,
      duplicates: [{ email: 'a@example.org' }],
    });
    expect(q.warningsByKind?.map((t) => [t.label, t.count])).toEqual([
      ['Unknown subject', 2],
      ['Bad date', 1],
    ]);
    expect(q).toMatchObject({ warnings: 3, rejectedByReason: null, rowsRejected: null, duplicatesMerged: 1 });
  });
});

describe('rejectedRows', () => {
  it('counts a source row once however many reasons it has, and a reject without a row alone', () => {
    const rejected = [
      { file: 'a.csv', row: '3', reason: 'x' },
      { file: 'a.csv', row: '3', reason: 'y' },
      { file: 'b.csv', row: '3', reason: 'x' },
      { file: 'b.csv', row: '', reason: 'x' },
      { file: 'b.csv', row: '', reason: 'y' },
    ];
    expect(rejectedRows(rejected)).toBe(4);
  });
});
