import { describe, expect, it } from 'vitest';
import { dedupe, duplicateRecord, instant, type Submission } from '../../../src/core/normalise/dedupe.js';
import type { Person } from '../../../src/core/types.js';
import { person } from '../builders.js';

let order = 0;
function submission(email: string, submitted: string, line: number, file = 'a.csv'): Submission {
  return { person: person({ email, submitted, name: `row ${line}` }), warnings: [], file, line, order: order++, table: 0 };
}

describe('dedupe', () => {
  it('keeps the latest submission by its timestamp, not its row, in the order of first appearance', () => {
    const rows = [
      submission('a@x.example', '2020-05-16T02:20:25', 2),
      submission('b@x.example', '2020-04-01T00:00:00', 3),
      submission('a@x.example', '2020-04-11T16:00:45', 4),
    ];
    const { kept, duplicates } = dedupe(rows);
    expect(kept.map((s) => s.line)).toEqual([2, 3]);
    expect(duplicates.map((d) => [d.submission.line, d.keptBy.line])).toEqual([[4, 2]]);
  });

  it('lets the later row win a tie or when a time is missing', () => {
    const tie = dedupe([submission('a@x.example', '2020-01-01T10:00:00', 2), submission('a@x.example', '2020-01-01T10:00:00', 9, 'b.csv')]);
    expect(tie.kept[0]?.file).toBe('b.csv');
    const missing = dedupe([submission('a@x.example', '2021-01-01T10:00:00', 2), submission('a@x.example', '', 3)]);
    expect(missing.kept[0]?.line).toBe(3);
  });

  it('compares times with offsets as instants', () => {
    const { kept } = dedupe([submission('a@x.example', '2026-10-02T09:30:00+01:00', 2), submission('a@x.example', '2026-10-02T08:45:00Z', 3)]);
    expect(kept[0]?.line).toBe(3);
    expect(instant('2026-10-02T09:30:00+01:00')).toBe(instant('2026-10-02T08:30:00'));
    expect(instant('')).toBeUndefined();
  });
});

describe('dedupe of one address on each side\'s form', () => {
  const side = (fields: Partial<Person>, table: number, line: number, submitted: string): Submission => ({
    person: person({ email: 'sam@x.example', submitted, ...fields }),
    warnings: [],
    file: table === 0 ? 'mentors.csv' : 'mentees.csv',
    line,
    order: order++,
    table,
  });

  it('keeps a person who signed up as a mentor in one input and as a mentee in another as both', () => {
    const mentor = side({ role: 'mentor', capacity: 2, subjects: ['mathematics'], focus: [], extra: { Years: '12' } }, 0, 5, '2026-10-01T09:00:00');
    const mentee = side({ role: 'mentee', capacity: null, subjects: [], focus: ['behaviour'], notes: 'keen' }, 1, 9, '2026-10-03T09:00:00');
    const { kept, duplicates } = dedupe([mentor, mentee]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.person).toMatchObject({ role: 'both', capacity: 2, subjects: ['mathematics'], focus: ['behaviour'], notes: 'keen', extra: { Years: '12' } });
    expect(kept[0]?.line).toBe(9);
    expect(kept[0]?.warnings.map((w) => [w.kind, w.file, w.row, w.message])).toEqual([
      [
        'both-sides',
        'mentees.csv',
        9,
        'signed up as a mentee here and as a mentor in mentors.csv (row 5): kept as both, offering 2 places; if one of the two was a mistake, delete that row and import again',
      ],
    ]);
    expect(duplicates.map((d) => [d.submission.line, d.keptBy.line])).toEqual([[5, 9]]);
  });

  it('gives consent only when both sides gave it, and lets a resubmission to the same form change the side', () => {
    const mentor = side({ role: 'mentor', consent: false }, 0, 5, '2026-10-01T09:00:00');
    const mentee = side({ role: 'mentee', capacity: null }, 1, 9, '2026-10-03T09:00:00');
    expect(dedupe([mentor, mentee]).kept[0]?.person).toMatchObject({ role: 'both', consent: false, capacity: 1 });
    const changedMind = dedupe([side({ role: 'mentor' }, 0, 5, '2026-10-01T09:00:00'), side({ role: 'mentee', capacity: null }, 0, 6, '2026-10-03T09:00:00')]);
    expect(changedMind.kept[0]?.person.role).toBe('mentee');
    expect(changedMind.kept[0]?.warnings).toEqual([]);
  });
});

describe('duplicateRecord', () => {
  it('says where the duplicate is and where the kept one is', () => {
    const kept = submission('a@x.example', '2020-05-16T02:20:25', 407);
    const old = submission('a@x.example', '2020-04-11T16:00:45', 6);
    expect(duplicateRecord(old, kept)).toEqual({
      file: 'a.csv', row: 6, email: 'a@x.example', name: 'row 6', submitted: '2020-04-11T16:00:45', kept_file: 'a.csv', kept_row: 407,
    });
  });
});
