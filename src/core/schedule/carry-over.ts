import { hasFeedback } from '../feedback/values.js';
import { MEETING_STATUSES, type RotaRow } from './rota.js';
import type { SchedulePair, ScheduleWarning } from './types.js';

/** The meetings of a previous rota that a re-run keeps, and what it said about the rest. */
export interface CarryOver {
  kept: RotaRow[];
  warnings: ScheduleWarning[];
}

/** Whether a previous rota row belongs to a pair of the current match sheet (same id, same people). */
export function belongsTo(row: RotaRow, pair: SchedulePair): boolean {
  return row.pair_id === pair.pairId && row.mentor_email === pair.mentor.email && row.mentee_email === pair.mentee.email;
}

/**
 * Keeps every held or cancelled meeting (history, even of pairs that are gone), every meeting with
 * a status edumentor does not know (an organiser wrote it), every scheduled or moved meeting from
 * `today` on of a pair that still exists, and every meeting with feedback (a rating or fit), so no
 * feedback is ever lost: a past one stays as it is, with a warning to mark it held, and a future one
 * of a pair that is gone is kept as cancelled. The rest is left out with a warning, to be planned
 * again when its pair still exists.
 */
export function carryOver(previous: readonly RotaRow[], pairs: readonly SchedulePair[], today: string): CarryOver {
  const byId = new Map(pairs.map((p) => [p.pairId, p]));
  const result: CarryOver = { kept: [], warnings: [] };
  const gone = new Map<string, string[]>();
  for (const row of previous) {
    const pair = byId.get(row.pair_id);
    if (row.status === 'held' || row.status === 'cancelled') result.kept.push(row);
    else if (!(MEETING_STATUSES as readonly string[]).includes(row.status)) {
      result.kept.push(row);
      result.warnings.push({
        pair_id: row.pair_id,
        message: `meeting ${row.meeting_id} has status "${row.status}", kept as it is; use one of ${MEETING_STATUSES.join(', ')}`,
      });
    } else if (hasFeedback(row.extra) && (row.date < today || !pair || !belongsTo(row, pair))) {
      result.kept.push(keptForFeedback(row, today, result));
    } else if (!pair || !belongsTo(row, pair)) gone.set(row.pair_id, [...(gone.get(row.pair_id) ?? []), row.date]);
    else if (row.date >= today) result.kept.push(row);
    else {
      result.warnings.push({
        pair_id: row.pair_id,
        message: `meeting ${row.meeting_id} on ${row.date} is still "${row.status}" though its date has passed, so it is planned again; mark it held if it took place`,
      });
    }
  }
  for (const [pairId, dates] of gone) {
    result.warnings.push({
      pair_id: pairId,
      message: `${dates.length} planned meeting${dates.length > 1 ? 's' : ''} (${dates.join(', ')}) left out: the pair is no longer in the match sheet`,
    });
  }
  return result;
}

/** A scheduled meeting kept for its feedback: as it is when its date has passed, cancelled when it is to come (its pair is gone). */
function keptForFeedback(row: RotaRow, today: string, result: CarryOver): RotaRow {
  if (row.date < today) {
    result.warnings.push({
      pair_id: row.pair_id,
      message: `meeting ${row.meeting_id} on ${row.date} is still "${row.status}" though its date has passed; kept as it is because it has feedback: mark it held if it took place`,
    });
    return row;
  }
  const why = 'cancelled: the pair is no longer in the match sheet (kept for its feedback)';
  result.warnings.push({ pair_id: row.pair_id, message: `meeting ${row.meeting_id} on ${row.date} is ${why}` });
  return { ...row, status: 'cancelled', note: row.note ? `${row.note}; ${why}` : why };
}
