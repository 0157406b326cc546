import type { IntroPair } from './rows.js';

/**
 * The pairs of a match sheet's rows (column → cell text) for introductions; rows without a pair id or both
 * e-mail addresses are left out (the scheduler reports them). `groupOf` (pair id → group id), when given,
 * replaces the sheet's own `group_id` column.
 */
export function introPairsFromRecords(
  records: readonly Readonly<Record<string, string>>[],
  groupOf?: ReadonlyMap<string, string>,
): IntroPair[] {
  const text = (record: Readonly<Record<string, string>>, column: string) => (record[column] ?? '').trim();
  return records.flatMap((record) => {
    const pairId = text(record, 'pair_id');
    const mentorEmail = text(record, 'mentor_email').toLowerCase();
    const menteeEmail = text(record, 'mentee_email').toLowerCase();
    if (!pairId || !mentorEmail.includes('@') || !menteeEmail.includes('@')) return [];
    return [
      {
        pairId,
        groupId: groupOf ? (groupOf.get(pairId) ?? '') : text(record, 'group_id'),
        mentor: { name: text(record, 'mentor_name') || mentorEmail, email: mentorEmail },
        mentee: { name: text(record, 'mentee_name') || menteeEmail, email: menteeEmail },
        reasons: text(record, 'reasons'),
        kept: text(record, 'kept').toLowerCase() === 'true',
      },
    ];
  });
}
