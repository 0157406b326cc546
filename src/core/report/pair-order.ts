import { cell, type SheetRecord } from './input.js';

/** Pair ids in natural order: `2` before `10`. */
export const PAIR_ORDER = new Intl.Collator('en', { numeric: true }).compare;

/** A rota row's pair: its `pair_id`, or its mentor's and mentee's e-mails when it has none. */
export function pairIdOf(record: SheetRecord): string {
  return cell(record, 'pair_id') || `${cell(record, 'mentor_email')} & ${cell(record, 'mentee_email')}`;
}
