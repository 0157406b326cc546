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
 * feedback is ever lost: a past one stays as it is, with a warning to mark it held. A meeting from `today`
 * on of a pair no longer in the match sheet is kept as cancelled, so that calendars made from the earlier rota
 * drop it. The rest is left out with a warning, to be planned again when its pair still exists.
 */
export function carryOver(previous: readonly RotaRow[], pairs: readonly SchedulePair[], today: string): CarryOver {
  const byId = new Map(pairs.map((p) => [p.pairId, p]));
  const result: CarryOver = { kept: [], warnings: [] };
  const gone = new Map<string, string[]>();
  const cancelled = new Map<string, string[]>();
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
    } else if (!pair || !belongsTo(row, pair)) {
      // A pair id now given to other people is left out instead: its meetings' ids are the new pair's.
      const cancel = !pair && row.date >= today;
      if (cancel) result.kept.push(cancelledAsGone(row, GONE));
      const dates = cancel ? cancelled : gone;
      dates.set(row.pair_id, [...(dates.get(row.pair_id) ?? []), row.date]);
    } else if (row.date >= today) result.kept.push(row);
    else {
      result.warnings.push({
        pair_id: row.pair_id,
        message: `meeting ${row.meeting_id} on ${row.date} is still "${row.status}" though its date has passed, so it is planned again; mark it held if it took place`,
      });
    }
  }
  for (const [pairId, dates] of cancelled) {
    result.warnings.push({ pair_id: pairId, message: `${meetings(dates, 'planned')} cancelled: ${GONE}` });
  }
  for (const [pairId, dates] of gone) {
    result.warnings.push({ pair_id: pairId, message: `${meetings(dates, 'planned')} left out: ${GONE}` });
  }
  return result;
}

const GONE = 'the pair is no longer in the match sheet';

/** `2 planned meetings (2027-02-02, 2027-02-16)`. */
function meetings(dates: readonly string[], kind: string): string {
  return `${dates.length} ${kind} meeting${dates.length > 1 ? 's' : ''} (${dates.join(', ')})`;
}

/** A meeting to come of a pair that is gone, kept as cancelled (with why in its note) so calendars drop it. */
function cancelledAsGone(row: RotaRow, why: string): RotaRow {
  const note = `cancelled: ${why}`;
  return { ...row, status: 'cancelled', note: row.note ? `${row.note}; ${note}` : note };
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
  const why = `${GONE} (kept for its feedback)`;
  result.warnings.push({ pair_id: row.pair_id, message: `meeting ${row.meeting_id} on ${row.date} is cancelled: ${why}` });
  return cancelledAsGone(row, why);
}
